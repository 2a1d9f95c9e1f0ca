package org.memoryjpa.internal.store;

import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One in-memory database: tables (one per entity hierarchy), sequences, and the commit clock that
 * gives transactions their isolation. Obtained from {@link Databases}; shared by every factory that
 * names its store, private otherwise.
 *
 * <p>Concurrency model (MVCC): each row is a chain of immutable versions stamped with the commit that
 * made them; a commit installs its versions under one lock and then publishes its stamp with a single
 * volatile write, so a reader that pinned the previous stamp ignores all of them and a reader that
 * pins the new one sees all of them. Superseded versions are pruned once no open reader is pinned
 * before the commit that superseded them. Management operations ({@link #clear()}) are commits too,
 * so they never tear a reader's view or corrupt an open transaction; a transaction that based a write
 * on a cleared row fails its commit with an optimistic lock conflict.
 *
 * <p>Thread-safe. Table definition is serialised; everything else runs concurrently.
 */
public final class Database {

  /** How long a lock request without a finite timeout waits at most, unless configured. */
  public static final long DEFAULT_LOCK_WAIT_CAP_MILLIS = 10_000;

  private final String name;
  final VersionClock clock = new VersionClock();
  final WaitForGraph waits = new WaitForGraph();
  private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();
  private final List<Table> tableOrder = new CopyOnWriteArrayList<>();
  private final ConcurrentHashMap<String, Sequence> sequences = new ConcurrentHashMap<>();
  private volatile long lockWaitCapMillis = DEFAULT_LOCK_WAIT_CAP_MILLIS;

  Database(String name) {
    this.name = name;
  }

  /** The store's name in messages. */
  public String name() {
    return name;
  }

  /** Defines one table; see {@link #defineTables}. */
  public Table defineTable(TableSchema schema) {
    return defineTables(List.of(schema)).get(0);
  }

  /**
   * Defines tables, returning them in the order given. A table already defined with an equal schema
   * is returned as it is, so that factories sharing the store can each define what they map. Every
   * reference must point at a table of the batch or one defined before; tables that reference each
   * other are defined together.
   *
   * @throws PersistenceException if a table exists with another schema
   * @throws IllegalArgumentException if a reference points at an undefined table
   */
  public synchronized List<Table> defineTables(Collection<TableSchema> schemas) {
    Map<String, Table> batch = new LinkedHashMap<>();
    List<Table> created = new ArrayList<>();
    for (TableSchema schema : schemas) {
      Table existing = tables.get(schema.name());
      if (existing != null && !existing.schema().equals(schema)) {
        throw new PersistenceException(
            "Table '" + schema.name() + "' is already defined in store '" + name
                + "' with another schema; factories sharing a store must map its entities alike,"
                + " or use distinct store names (memoryjpa.store)");
      }
      Table table = existing != null ? existing : new Table(this, schema);
      if (existing == null) {
        created.add(table);
      }
      batch.put(schema.name(), table);
    }
    for (Table table : created) {
      wire(table, batch);
    }
    for (Table table : created) {
      tables.put(table.name(), table);
      tableOrder.add(table);
    }
    List<Table> result = new ArrayList<>();
    for (TableSchema schema : schemas) {
      result.add(batch.get(schema.name()));
    }
    return result;
  }

  private void wire(Table table, Map<String, Table> batch) {
    for (int slot : table.referenceSlots) {
      String targetName = table.schema().column(slot).targetTable();
      Table target = batch.containsKey(targetName) ? batch.get(targetName) : tables.get(targetName);
      if (target == null) {
        throw new IllegalArgumentException(
            "Column '" + table.schema().column(slot).name() + "' of table '" + table.name()
                + "' references table '" + targetName + "', which store '" + name
                + "' does not define; define both in one defineTables call");
      }
      table.targets[slot] = target;
    }
    for (int slot : table.referenceSlots) {
      table.targets[slot].addIncoming(new Table.Reference(table, slot));
    }
  }

  /** The table named {@code tableName}, if defined. */
  public Optional<Table> findTable(String tableName) {
    return Optional.ofNullable(tables.get(tableName));
  }

  /** The table named {@code tableName}. */
  public Table requireTable(String tableName) {
    Table table = tables.get(tableName);
    if (table == null) {
      throw new IllegalArgumentException(
          "Unknown table '" + tableName + "' in store '" + name + "'; it has "
              + tableOrder.stream().map(Table::name).toList());
    }
    return table;
  }

  /** The defined tables, in definition order. */
  public List<Table> tables() {
    return List.copyOf(tableOrder);
  }

  /**
   * Opens a read view pinned at the latest commit, with no transaction: what a query outside a
   * transaction reads, without the write set and bookkeeping of {@link #begin}. Close it when the
   * statement is done.
   */
  public ReadView readView() {
    return new ReadView(this, null, NO_WRITES, clock);
  }

  // the write set of every view without a transaction: nothing ever writes to it, so one is shared
  private static final WriteSet NO_WRITES = new WriteSet();

  /** Begins a transaction. */
  public StoreTransaction begin() {
    return new StoreTransaction(this);
  }

  /**
   * The sequence named {@code sequenceName}, declared on first use with the given initial value and
   * allocation size; later declarations get the existing sequence.
   */
  public Sequence sequence(String sequenceName, long initialValue, int allocationSize) {
    SchemaChecks.requireName(sequenceName, "sequence");
    if (allocationSize < 1) {
      throw new IllegalArgumentException(
          "Sequence '" + sequenceName + "' needs an allocation size of at least 1, got "
              + allocationSize);
    }
    return sequences.computeIfAbsent(
        sequenceName, n -> new Sequence(n, initialValue, allocationSize));
  }

  /** The longest a lock request with a negative ("wait as long as needed") timeout waits. */
  public long lockWaitCapMillis() {
    return lockWaitCapMillis;
  }

  /** Sets {@link #lockWaitCapMillis}; at least 0. */
  public void setLockWaitCapMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("Lock wait cap must be at least 0 ms, got " + millis);
    }
    this.lockWaitCapMillis = millis;
  }

  /**
   * Deletes every row of every table and resets every sequence and identity counter, in one commit.
   * Table definitions stay; reference indexes wait again to be needed (see {@link RowIndex}).
   */
  public void clear() {
    deleteAll(tableOrder);
    // loops, not method references: a bootstrap that drops and creates the schema comes here
    for (Sequence sequence : sequences.values()) {
      sequence.reset();
    }
    for (Table table : tableOrder) {
      table.resetIdentity();
    }
  }

  /**
   * Deletes every row of {@code table} in one commit, without foreign key checks: rows of other
   * tables that referenced them now dangle, as after a TRUNCATE with referential integrity off. The
   * identity counter is kept.
   */
  public void clear(Table table) {
    requireOwn(table);
    deleteAll(List.of(table));
  }

  private void deleteAll(List<Table> targets) {
    clock.lock();
    try {
      long stamp = clock.lastCommitted() + 1;
      SupersededVersions superseded = new SupersededVersions(stamp);
      Write deletion = new Write(null, null);
      for (Table table : targets) {
        for (RowSnapshot head : table.rows.values()) {
          if (!head.isDeletion()) {
            table.install(head.key(), deletion, stamp, superseded);
          }
        }
      }
      clock.publish(stamp);
      clock.prune();
      if (clock.oldestPin() >= stamp) {
        // no reader can see a row the clear deleted, nor anything older (the prune above emptied
        // the queue): drop rows and index entries wholesale instead of pruning them one by one
        for (Table table : targets) {
          table.dropAll();
        }
      } else {
        clock.supersede(superseded);
      }
    } finally {
      clock.unlock();
    }
  }

  /** The number of committed rows of {@code table}; counts them, for tests and tools. */
  public long count(Table table) {
    requireOwn(table);
    Pin pin = clock.pin();
    try {
      long count = 0;
      for (RowSnapshot head : table.rows.values()) {
        if (Table.visible(head, pin.stamp) != null) {
          count++;
        }
      }
      return count;
    } finally {
      clock.unpin(pin);
    }
  }

  /**
   * Verifies the store's internal consistency: version chains, every index against the rows, and
   * the committed rows against their constraints. Holds the commit lock meanwhile; for tests and
   * tools.
   *
   * @throws IllegalStateException listing what is inconsistent
   */
  public void checkInvariants() {
    clock.lock();
    try {
      List<String> problems = new InvariantCheck(clock).run(tableOrder);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Store '" + name + "' is inconsistent (" + problems.size() + " problem(s)):\n  "
                + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
      }
    } finally {
      clock.unlock();
    }
  }

  /** The stamp of the newest commit; for tests. */
  long lastCommitted() {
    return clock.lastCommitted();
  }

  void requireOwn(Table table) {
    if (table.database() != this) {
      throw new IllegalArgumentException(
          "Table '" + table.name() + "' belongs to store '" + table.database().name()
              + "', not to '" + name + "'");
    }
  }

  @Override
  public String toString() {
    return "Database[" + name + "]";
  }
}
