package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rows of one entity hierarchy in a {@link Database}: a map from key to the newest version of
 * the row, each version linking to the next older one while a reader may still need it, plus the
 * table's indexes, its row locks and its identity counter. Callers obtain a table from {@link
 * Database#defineTable} once and pass it to every transaction and read view; it lives as long as its
 * database, {@link Database#clear} included.
 *
 * <p>Threading: any number of threads read; only the committer, holding the database's commit lock,
 * installs versions and prunes them. A key maps to its newest installed version, which a reader uses
 * when its stamp is at most the reader's commit point, and otherwise walks the chain to an older one:
 * the latest committed row therefore costs one map lookup and one volatile read.
 */
public final class Table {

  private final Database database;
  private final VersionClock clock;
  private final TableSchema schema;
  final RowHeads rows = new RowHeads();
  final ConcurrentHashMap<Object, RowLock> locks = new ConcurrentHashMap<>();
  // unique keys first, then declared indexes, then one per reference slot
  final RowIndex[] indexes;
  private final RowIndex[] referenceIndexBySlot;
  final int[] requiredSlots;
  final int[] referenceSlots;
  // the table each reference slot points into; filled by Database before the table is published
  final Table[] targets;
  // the reference slots of any table that point into this one; copy on write
  private volatile List<Reference> incoming = List.of();
  private final AtomicLong identity = new AtomicLong(1);

  Table(Database database, TableSchema schema) {
    this.database = database;
    this.clock = database.clock;
    this.schema = schema;
    int slotCount = schema.slotCount();
    this.targets = new Table[slotCount];
    this.referenceIndexBySlot = new RowIndex[slotCount];
    List<RowIndex> all = new ArrayList<>();
    // loops, not lambdas, on the bootstrap path: each lambda met first costs a bootstrap at cold start
    for (var key : schema.uniqueKeys()) {
      all.add(RowIndex.forUniqueKey(key));
    }
    for (var index : schema.indexes()) {
      all.add(RowIndex.forDefinition(index));
    }
    List<Integer> required = new ArrayList<>();
    for (int slot = 0; slot < slotCount; slot++) {
      ColumnSchema column = schema.column(slot);
      if (column.kind().isReference()) {
        referenceIndexBySlot[slot] = RowIndex.forReference(column, slot);
        all.add(referenceIndexBySlot[slot]);
      }
      if (!column.nullable()) {
        required.add(slot);
      }
    }
    this.indexes = all.toArray(new RowIndex[0]);
    this.requiredSlots = toArray(required);
    this.referenceSlots = toArray(referenceSlots());
  }

  private static int[] toArray(List<Integer> values) {
    int[] array = new int[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  /** The table's name in messages. */
  public String name() {
    return schema.name();
  }

  /** The schema the table was defined with. */
  public TableSchema schema() {
    return schema;
  }

  /** The database the table belongs to. */
  public Database database() {
    return database;
  }

  /**
   * The next value of the table's identity counter, starting at 1. Never handed out twice, rollbacks
   * included, until {@link Database#clear()} resets it.
   */
  public long nextIdentity() {
    return identity.getAndIncrement();
  }

  void resetIdentity() {
    identity.set(1);
  }

  /**
   * The index that lookups name {@code indexName}: a declared index, or the hash index of a unique
   * key.
   */
  public IndexDefinition requireIndex(String indexName) {
    for (RowIndex index : indexes) {
      if (index.definition().name().equals(indexName) && !isReferenceIndex(index)) {
        return index.definition();
      }
    }
    List<String> known = new ArrayList<>();
    for (RowIndex index : indexes) {
      if (!isReferenceIndex(index)) {
        known.add(index.definition().name());
      }
    }
    throw new IllegalArgumentException(
        "Unknown index '" + indexName + "' of table '" + name() + "'; it has " + known);
  }

  private boolean isReferenceIndex(RowIndex index) {
    int slot = index.definition().slots().get(0);
    return referenceIndexBySlot[slot] == index;
  }

  /** The index behind {@code definition}, which should come from {@link #requireIndex}. */
  RowIndex runtimeIndex(IndexDefinition definition) {
    for (RowIndex index : indexes) {
      if (index.definition() == definition) {
        return index;
      }
    }
    for (RowIndex index : indexes) {
      if (index.definition().equals(definition) && !isReferenceIndex(index)) {
        return index;
      }
    }
    throw new IllegalArgumentException(
        "Index '" + definition.name() + "' " + definition.kind() + " " + definition.slots()
            + " is not an index of table '" + name() + "'; obtain it from requireIndex(name)");
  }

  RowIndex referenceIndex(int slot) {
    RowIndex index = slot >= 0 && slot < referenceIndexBySlot.length ? referenceIndexBySlot[slot] : null;
    if (index == null) {
      throw new IllegalArgumentException(
          "Slot " + slot + " of table '" + name() + "' holds no reference; reference slots are "
              + referenceSlots());
    }
    return index;
  }

  /**
   * The reference index of {@code slot} with its entries: built first, from the version chains
   * under the commit lock, if nobody has needed it since the table was defined or truncated. Every
   * search of a reference index's entries goes through here; comparing values does not need them.
   */
  RowIndex usableReferenceIndex(int slot) {
    RowIndex index = referenceIndex(slot);
    if (!index.isBuilt()) {
      // re-entrant: the commit's own constraint check may get here holding the lock
      clock.lock();
      try {
        if (!index.isBuilt()) {
          index.build(rows.values());
        }
      } finally {
        clock.unlock();
      }
    }
    return index;
  }

  /**
   * Drops every row and index entry at once: a truncate's shortcut, for when every reader is pinned
   * at or after the commit that deleted all rows (so none can see one). Caller holds the commit lock.
   */
  void dropAll() {
    rows.clear();
    for (RowIndex index : indexes) {
      index.drop();
    }
  }

  private List<Integer> referenceSlots() {
    List<Integer> slots = new ArrayList<>();
    for (int slot = 0; slot < referenceIndexBySlot.length; slot++) {
      if (referenceIndexBySlot[slot] != null) {
        slots.add(slot);
      }
    }
    return slots;
  }

  List<Reference> incoming() {
    return incoming;
  }

  synchronized void addIncoming(Reference reference) {
    List<Reference> next = new ArrayList<>(incoming);
    next.add(reference);
    incoming = List.copyOf(next);
  }

  /**
   * The latest committed row {@code key}, or null: the read of an entity manager outside a
   * transaction, one map lookup and one volatile read, no transaction needed.
   */
  public RowSnapshot readCommitted(Object key) {
    return latest(key);
  }

  /** The latest committed version of the row {@code key}, or null if there is none. */
  RowSnapshot latest(Object key) {
    RowSnapshot head = rows.get(key);
    if (head == null) {
      return null;
    }
    if (head.stamp <= clock.lastCommitted()) {
      return head.isDeletion() ? null : head;
    }
    // a commit is between installing and publishing: read as of the published point, pinned so
    // that no pruning cuts the chain under us
    Pin pin = clock.pin();
    try {
      return at(key, pin.stamp);
    } finally {
      clock.unpin(pin);
    }
  }

  /** The version of the row {@code key} a reader pinned at {@code stamp} sees, or null. */
  RowSnapshot at(Object key, long stamp) {
    return visible(rows.get(key), stamp);
  }

  /** The version of the chain starting at {@code head} that a reader pinned at {@code stamp} sees. */
  static RowSnapshot visible(RowSnapshot head, long stamp) {
    for (RowSnapshot version = head; version != null; version = version.older) {
      if (version.stamp <= stamp) {
        return version.isDeletion() ? null : version;
      }
    }
    return null;
  }

  /** Throws unless {@code row} fits the schema; called by every write, before anything is kept. */
  void requireShape(RowSnapshot row) {
    if (row.size() != schema.slotCount()) {
      throw new IllegalArgumentException(
          "Row '" + ValueText.row(name(), row.key()) + "' has " + row.size()
              + " values but table '" + name() + "' has " + schema.slotCount() + " slots");
    }
    for (int slot : referenceSlots) {
      if (schema.column(slot).kind() == SlotKind.REFERENCE_LIST) {
        Object value = row.value(slot);
        if (value != null && !(value instanceof Collection<?>)) {
          throw new IllegalArgumentException(
              "Slot " + slot + " ('" + schema.column(slot).name() + "') of row '"
                  + ValueText.row(name(), row.key()) + "' must hold a List of keys, not a "
                  + value.getClass().getName());
        }
      }
    }
    for (RowIndex index : indexes) {
      index.requireOrderable(row, name());
    }
  }

  /**
   * Makes {@code write} the newest version of the row {@code key} as of commit {@code stamp}; the
   * caller holds the commit lock and publishes the stamp afterwards.
   */
  void install(Object key, Write write, long stamp, SupersededVersions superseded) {
    // the commit made sure a write's base is still the head: no second lookup for an update
    RowSnapshot old = write.base != null ? write.base : rows.get(key);
    RowSnapshot version;
    if (write.row == null) {
      version = RowSnapshot.deletion(key, stamp, old);
    } else {
      version = write.row.committed(stamp, old);
      RowSnapshot previous = old == null || old.isDeletion() ? null : old;
      for (RowIndex index : indexes) {
        index.add(version, previous);
      }
    }
    rows.put(key, version);
    if (old != null) {
      superseded.add(this, key);
    }
  }

  /**
   * Drops the versions of the row {@code key} that no reader pinned at {@code oldestPin} or later can
   * see, with their index entries; drops the row itself once its deletion is visible to all. Caller
   * holds the commit lock.
   */
  void prune(Object key, long oldestPin) {
    RowSnapshot head = rows.get(key);
    RowSnapshot keep = head;
    while (keep != null && keep.stamp > oldestPin) {
      keep = keep.older;
    }
    if (keep == null) {
      return;
    }
    RowSnapshot cut = keep.older;
    boolean dropRow = keep == head && keep.isDeletion();
    if (cut == null && !dropRow) {
      return;
    }
    keep.older = null;
    if (dropRow) {
      rows.remove(key, head);
    }
    for (RowSnapshot version = cut; version != null; version = version.older) {
      if (!version.isDeletion()) {
        for (RowIndex index : indexes) {
          index.removeUnneeded(version, dropRow ? null : head, keep);
        }
      }
    }
  }

  /** The slots of rows that point into another table, with that table. */
  record Reference(Table source, int slot) {}

  @Override
  public String toString() {
    return "Table[" + name() + " in " + database.name() + "]";
  }
}
