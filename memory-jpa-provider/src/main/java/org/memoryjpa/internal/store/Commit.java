package org.memoryjpa.internal.store;

import java.util.Map;

/**
 * The locked part of a commit: check, install, publish. Everything that can fail runs before the
 * first version is installed, so a failed commit changes nothing; installing cannot fail on a valid
 * write set (every value was checked when it was written), and publishing is one volatile write.
 * Stateless; never instantiated.
 */
final class Commit {

  private Commit() {}

  /**
   * Commits {@code writes}; the caller holds the commit lock.
   *
   * @param validated whether the write set was validated at the current commit point and unchanged
   *     since, so that the constraint check can be skipped
   */
  static void apply(VersionClock clock, WriteSet writes, boolean validated) {
    requireBases(writes);
    if (!validated) {
      new ConstraintCheck(writes).run();
    }
    long stamp = clock.lastCommitted() + 1;
    SupersededVersions superseded = new SupersededVersions(stamp);
    for (int t = 0; t < writes.tableCount(); t++) {
      WriteSet.TableWrites table = writes.tableAt(t);
      for (Map.Entry<Object, Write> write : table.rows.entrySet()) {
        table.table.install(write.getKey(), write.getValue(), stamp, superseded);
      }
    }
    clock.publish(stamp);
    clock.supersede(superseded);
    clock.prune();
  }

  /**
   * Throws unless every row the transaction updates or deletes is still the committed version the
   * write was based on. Row locks make a change in between rare ({@link Database#clear} is one), so
   * this is the safety net of the optimistic check, not its main line.
   */
  private static void requireBases(WriteSet writes) {
    for (int t = 0; t < writes.tableCount(); t++) {
      Table table = writes.tableAt(t).table;
      for (Map.Entry<Object, Write> write : writes.tableAt(t).rows.entrySet()) {
        RowSnapshot base = write.getValue().base;
        if (base != null && table.rows.get(write.getKey()) != base) {
          throw Violations.changedSinceRead(table, write.getKey());
        }
      }
    }
  }
}
