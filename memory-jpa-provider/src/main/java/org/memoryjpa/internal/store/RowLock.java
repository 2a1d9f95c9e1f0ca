package org.memoryjpa.internal.store;

import jakarta.persistence.LockTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pessimistic lock on one row key: shared {@link LockKind#READ} holders or one {@link
 * LockKind#WRITE} holder, re-entrant per transaction, with an upgrade from read to write once the
 * transaction is the only reader. It exists in its table's lock map only while held or awaited, so
 * unlocked rows cost nothing.
 *
 * <p>Threading: all state is guarded by the object's monitor; waiters block on it with a deadline, so
 * no deadlock outlives the shortest timeout involved. A lock that falls idle is retired and removed
 * from the map under its monitor; an acquirer that finds a retired lock takes a fresh one from the
 * map.
 */
final class RowLock {

  private final Table table;
  private final Object key;
  private StoreTransaction writer;
  private final List<StoreTransaction> readers = new ArrayList<>(2);
  private int waiters;
  private boolean retired;

  private RowLock(Table table, Object key) {
    this.table = table;
    this.key = key;
  }

  /**
   * Acquires {@code kind} on the row {@code key} for {@code tx}, waiting at most {@code timeoutMillis}
   * (0: not at all). Returns the lock when the transaction did not hold it before (so that it records
   * it for release), or null when it already held it.
   */
  static RowLock acquire(
      Table table, Object key, StoreTransaction tx, LockKind kind, long timeoutMillis) {
    while (true) {
      RowLock lock = table.locks.computeIfAbsent(key, k -> new RowLock(table, k));
      synchronized (lock) {
        if (!lock.retired) {
          return lock.acquire(tx, kind, timeoutMillis) ? lock : null;
        }
      }
    }
  }

  /** Whether {@code tx} holds at least {@code kind}; for tests and assertions. */
  synchronized boolean isHeldBy(StoreTransaction tx, LockKind kind) {
    return writer == tx || kind == LockKind.READ && readers.contains(tx);
  }

  /** The number of transactions waiting for the lock; for tests. */
  synchronized int waiterCount() {
    return waiters;
  }

  // caller holds the monitor; true when tx is a new holder
  private boolean acquire(StoreTransaction tx, LockKind kind, long timeoutMillis) {
    boolean newHolder = writer != tx && !readers.contains(tx);
    if (!isGrantable(tx, kind)) {
      await(tx, kind, timeoutMillis);
    }
    if (kind == LockKind.WRITE) {
      readers.remove(tx);
      writer = tx;
    } else if (newHolder) {
      readers.add(tx);
    }
    return newHolder;
  }

  private boolean isGrantable(StoreTransaction tx, LockKind kind) {
    if (writer != null && writer != tx) {
      return false;
    }
    if (kind == LockKind.READ) {
      return true;
    }
    return readers.isEmpty() || readers.size() == 1 && readers.get(0) == tx;
  }

  private void await(StoreTransaction tx, LockKind kind, long timeoutMillis) {
    if (timeoutMillis <= 0) {
      throw timeout(kind, timeoutMillis, "the lock timeout is 0 (no wait)");
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    boolean grantable = false;
    waiters++;
    try {
      while (!isGrantable(tx, kind)) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw timeout(kind, timeoutMillis, "it waited " + timeoutMillis + " ms");
        }
        TimeUnit.NANOSECONDS.timedWait(this, remaining);
      }
      grantable = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LockTimeoutException timeout = timeout(kind, timeoutMillis, "the thread was interrupted");
      timeout.initCause(e);
      throw timeout;
    } finally {
      waiters--;
      if (!grantable) {
        // a waiter that gives up may leave the lock idle; one that proceeds is about to hold it
        retireIfIdle();
      }
    }
  }

  private LockTimeoutException timeout(LockKind kind, long timeoutMillis, String why) {
    String held = writer != null ? "a WRITE lock" : readers.size() + " READ lock(s)";
    return new LockTimeoutException(
        "Lock " + kind + " on '" + ValueText.row(table.name(), key) + "' not granted: another"
            + " transaction holds " + held + " on it and " + why + "; commit or roll back that"
            + " transaction first, or raise the lock timeout (jakarta.persistence.lock.timeout)");
  }

  /** Releases whatever {@code tx} holds and wakes the waiters. */
  synchronized void release(StoreTransaction tx) {
    if (writer == tx) {
      writer = null;
    }
    readers.remove(tx);
    notifyAll();
    retireIfIdle();
  }

  private void retireIfIdle() {
    if (writer == null && readers.isEmpty() && waiters == 0 && !retired) {
      retired = true;
      table.locks.remove(key, this);
    }
  }
}
