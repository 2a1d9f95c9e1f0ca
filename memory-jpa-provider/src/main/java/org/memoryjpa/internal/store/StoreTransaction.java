package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.memoryjpa.internal.store.index.ValueOrder;

/**
 * A unit of work against a {@link Database}: reads, a private write set, row locks, and an atomic
 * commit. Isolation is read committed with atomic visibility: {@link #read} sees the transaction's own
 * writes, then the latest committed row; a {@link ReadView} sees one commit point for a whole
 * statement; nobody else sees the write set before commit.
 *
 * <p>Writes record the row's final state (see {@link Write}); {@link #update} and {@link #delete}
 * take the row's WRITE lock first, as a database locks a row at UPDATE time, and check the expected
 * version against the latest committed row. {@link #validate} checks constraints against the view of
 * the transaction; {@link #commit} does so again under the commit lock against the latest committed
 * state, checks that every updated or deleted row is still the version it was based on, then installs
 * everything and publishes it in one step. A commit that throws leaves the store as it was and the
 * transaction open, to be rolled back.
 *
 * <p>Threading: used by one thread at a time. Lifecycle: active until {@link #commit} succeeds or
 * {@link #rollback} is called; both end every read view and release every row lock.
 */
public final class StoreTransaction {

  /** The expected version that skips the optimistic version check. */
  public static final Object NO_VERSION_CHECK =
      new Object() {
        @Override
        public String toString() {
          return "NO_VERSION_CHECK";
        }
      };

  private enum State {
    ACTIVE,
    COMMITTED,
    ROLLED_BACK
  }

  private final Database database;
  private final VersionClock clock;
  private final WriteSet writes = new WriteSet();
  // the first lock held, then a list of the others, created on first use: most transactions hold
  // no lock or the one of the row they update
  private RowLock firstLock;
  private List<RowLock> moreLocks;
  // the lock this transaction waits for, and in which mode: written under that lock's monitor,
  // read by the deadlock detector (WaitForGraph) from other threads
  volatile RowLock awaited;
  LockKind awaitedKind;
  private List<ReadView> views;
  private State state = State.ACTIVE;
  private long lockTimeoutMillis = -1;
  // what the last successful validate() saw: the commit point and the write set's change count
  private long validatedAt = -1;
  private int validatedChanges = -1;

  StoreTransaction(Database database) {
    this.database = database;
    this.clock = database.clock;
  }

  /** The database this transaction works on. */
  public Database database() {
    return database;
  }

  /** Whether the transaction can still be used: neither committed nor rolled back. */
  public boolean isActive() {
    return state == State.ACTIVE;
  }

  /** Whether the transaction has pending writes. */
  public boolean hasWrites() {
    return !writes.isEmpty();
  }

  /**
   * Sets how long {@link #update} and {@link #delete} wait for a row lock another transaction holds:
   * milliseconds, 0 for no wait, negative for the database's {@link Database#lockWaitCapMillis cap}
   * (the default).
   */
  public void setLockTimeout(long timeoutMillis) {
    this.lockTimeoutMillis = timeoutMillis;
  }

  /** The row {@code key} as this transaction sees it: its own write, else the latest committed. */
  public RowSnapshot read(Table table, Object key) {
    requireActive();
    Write write = writes.find(table, key);
    if (write != null) {
      return write.row;
    }
    return table.latest(key);
  }

  /**
   * Inserts {@code row}; the array inside is taken over. Whether the key is free is checked by
   * {@link #validate} and {@link #commit}, except against this transaction's own live row, which
   * fails at once.
   *
   * @throws org.memoryjpa.ConstraintViolationException if this transaction already holds a row with
   *     that key
   */
  public void insert(Table table, RowSnapshot row) {
    requireWritable(table, row);
    Object key = row.key();
    Write pending = writes.find(table, key);
    if (pending != null && pending.row != null) {
      throw Violations.primaryKey(table, key);
    }
    writes.put(table, key, new Write(row, pending == null ? null : pending.base));
  }

  /**
   * Replaces the row with {@code row}'s key by {@code row}, locking it for write first.
   *
   * @param expectedVersion the version slot value the committed row must have, or {@link
   *     #NO_VERSION_CHECK}
   * @throws jakarta.persistence.OptimisticLockException if the row does not exist or has another
   *     version
   * @throws jakarta.persistence.LockTimeoutException if another transaction holds the row's lock too
   *     long
   * @throws jakarta.persistence.PessimisticLockException if waiting for the row's lock would close a
   *     cycle of transactions waiting for each other (a deadlock); roll back and retry
   */
  public void update(Table table, RowSnapshot row, Object expectedVersion) {
    requireWritable(table, row);
    Object key = row.key();
    Write pending = writes.find(table, key);
    RowSnapshot base;
    if (pending != null) {
      if (pending.row == null) {
        throw Violations.missingRow(table, key, "this transaction deleted it");
      }
      requireVersion(table, pending.row, expectedVersion);
      base = pending.base;
    } else {
      base = lockLatest(table, key);
      requireVersion(table, base, expectedVersion);
    }
    writes.put(table, key, new Write(row, base));
  }

  /**
   * Deletes the row {@code key}, locking it for write first; deleting a row this transaction
   * inserted simply forgets the insert.
   *
   * @throws jakarta.persistence.OptimisticLockException if the row does not exist or has another
   *     version
   * @throws jakarta.persistence.LockTimeoutException if another transaction holds the row's lock too
   *     long
   * @throws jakarta.persistence.PessimisticLockException if waiting for the row's lock would close a
   *     cycle of transactions waiting for each other (a deadlock); roll back and retry
   */
  public void delete(Table table, Object key, Object expectedVersion) {
    requireActive();
    requireOwn(table);
    Objects.requireNonNull(key, "key");
    Write pending = writes.find(table, key);
    if (pending != null) {
      if (pending.row == null) {
        throw Violations.missingRow(table, key, "this transaction deleted it already");
      }
      requireVersion(table, pending.row, expectedVersion);
      if (pending.base == null) {
        writes.remove(table, key);
      } else {
        writes.put(table, key, new Write(null, pending.base));
      }
      return;
    }
    RowSnapshot base = lockLatest(table, key);
    requireVersion(table, base, expectedVersion);
    writes.put(table, key, new Write(null, base));
  }

  private RowSnapshot lockLatest(Table table, Object key) {
    lock(table, key, LockKind.WRITE, lockTimeoutMillis);
    RowSnapshot latest = table.latest(key);
    if (latest == null) {
      throw Violations.missingRow(
          table, key, "another transaction deleted it, or it was never committed");
    }
    return latest;
  }

  private static void requireVersion(Table table, RowSnapshot current, Object expected) {
    if (expected == NO_VERSION_CHECK) {
      return;
    }
    int slot = table.schema().versionSlot();
    if (slot < 0) {
      throw new IllegalArgumentException(
          "Table '" + table.name() + "' has no version column, but the write to '"
              + ValueText.row(table.name(), current.key()) + "' expected version '"
              + ValueText.of(expected) + "'; pass StoreTransaction.NO_VERSION_CHECK");
    }
    Object actual = current.value(slot);
    if (!sameVersion(actual, expected)) {
      throw Violations.versionMismatch(table, current.key(), expected, actual);
    }
  }

  // Integer 3 and Long 3 are one version: the session may widen the type it reads back
  private static boolean sameVersion(Object actual, Object expected) {
    if (Objects.equals(actual, expected)) {
      return true;
    }
    return actual instanceof Number
        && expected instanceof Number
        && ValueOrder.INSTANCE.compare(actual, expected) == 0;
  }

  /**
   * Locks the row {@code key} until this transaction ends; re-entrant, and READ then WRITE upgrades.
   * Locks name keys, not rows: whether the row exists is the caller's concern.
   *
   * @param timeoutMillis how long to wait for other holders: 0 not at all, negative up to the
   *     database's {@link Database#lockWaitCapMillis cap}
   * @throws jakarta.persistence.LockTimeoutException if the lock is not granted in time
   * @throws jakarta.persistence.PessimisticLockException if waiting would close a cycle of
   *     transactions waiting for each other's locks (a deadlock): this transaction fails at once,
   *     keeps its locks and should be rolled back and retried
   */
  public void lock(Table table, Object key, LockKind kind, long timeoutMillis) {
    requireActive();
    requireOwn(table);
    Objects.requireNonNull(key, "key");
    long timeout = timeoutMillis < 0 ? database.lockWaitCapMillis() : timeoutMillis;
    RowLock acquired = RowLock.acquire(table, key, this, kind, timeout);
    if (acquired != null) {
      if (firstLock == null) {
        firstLock = acquired;
      } else {
        if (moreLocks == null) {
          moreLocks = new ArrayList<>(4);
        }
        moreLocks.add(acquired);
      }
    }
  }

  /**
   * Opens a read view pinned at the latest commit, which also sees this transaction's writes. Close
   * it when the statement is done; ending the transaction closes it too.
   */
  public ReadView readView() {
    requireActive();
    ReadView view = new ReadView(database, this, writes, clock);
    if (views == null) {
      views = new ArrayList<>(2);
    }
    views.add(view);
    return view;
  }

  void forget(ReadView view) {
    if (views != null) {
      views.remove(view);
    }
  }

  /**
   * Checks the pending writes against the latest committed state overlaid with this transaction's
   * writes: not-null columns, primary key, unique keys and foreign keys.
   *
   * @throws org.memoryjpa.ConstraintViolationException naming the first violated constraint
   */
  public void validate() {
    requireActive();
    long at = clock.lastCommitted();
    new ConstraintCheck(writes).run();
    validatedAt = at;
    validatedChanges = writes.changes();
  }

  /**
   * Commits: checks everything again against the latest committed state under the commit lock,
   * then publishes all writes in one step and releases the row locks. A transaction without writes
   * commits without taking the lock.
   *
   * @throws org.memoryjpa.ConstraintViolationException if a constraint would break; nothing is
   *     published and the transaction stays active
   * @throws jakarta.persistence.OptimisticLockException if a row it updates or deletes changed since;
   *     nothing is published and the transaction stays active
   */
  public void commit() {
    requireActive();
    if (!writes.isEmpty()) {
      clock.lock();
      try {
        // a commit point and write set that validate() already saw need no second check
        boolean validated =
            validatedAt == clock.lastCommitted() && validatedChanges == writes.changes();
        Commit.apply(clock, writes, validated);
      } finally {
        clock.unlock();
      }
    }
    end(State.COMMITTED);
  }

  /** Discards the write set, ends the read views and releases the locks; a no-op once ended. */
  public void rollback() {
    if (state != State.ACTIVE) {
      return;
    }
    writes.clear();
    end(State.ROLLED_BACK);
  }

  private void end(State outcome) {
    state = outcome;
    if (views != null) {
      for (ReadView view : new ArrayList<>(views)) {
        view.close();
      }
      views = null;
    }
    if (firstLock != null) {
      firstLock.release(this);
      firstLock = null;
    }
    if (moreLocks != null) {
      for (RowLock lock : moreLocks) {
        lock.release(this);
      }
      moreLocks = null;
    }
  }

  void requireActive() {
    if (state != State.ACTIVE) {
      throw new IllegalStateException(
          "Store transaction on '" + database.name() + "' is " + state.name().toLowerCase()
              + "; begin a new one");
    }
  }

  private void requireWritable(Table table, RowSnapshot row) {
    requireActive();
    requireOwn(table);
    Objects.requireNonNull(row, "row");
    table.requireShape(row);
  }

  void requireOwn(Table table) {
    if (table.database() != database) {
      throw new IllegalArgumentException(
          "Table '" + table.name() + "' belongs to store '" + table.database().name()
              + "', not to '" + database.name() + "' of this transaction");
    }
  }
}
