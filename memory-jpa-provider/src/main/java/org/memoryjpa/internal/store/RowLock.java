package org.memoryjpa.internal.store;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pessimistic lock on one row key: shared {@link LockKind#READ} holders or one {@link
 * LockKind#WRITE} holder, re-entrant per transaction, with an upgrade from read to write once the
 * transaction is the only reader. It exists in its table's lock map only while held or awaited, so
 * unlocked rows cost nothing.
 *
 * <p>Threading: all state is guarded by the object's monitor. A request that can be granted is
 * granted under the monitor alone. One that cannot registers as a waiter (the transaction's {@code
 * awaited} names this lock), leaves the monitor, asks the database's {@link WaitForGraph} whether
 * waiting would close a cycle (failing at once if so), then waits on the monitor with a deadline,
 * checking grantability before each wait, so no release between registration and sleep is missed.
 * A lock that falls idle is retired and removed from the map under its monitor; an acquirer that
 * finds a retired lock takes a fresh one from the map.
 */
final class RowLock {

  /** What one transaction waits for, and the holders that keep it waiting; a snapshot. */
  record Wait(RowLock lock, LockKind kind, List<StoreTransaction> blockers) {

    String rowText() {
      return ValueText.row(lock.table.name(), lock.key);
    }
  }

  private static final List<StoreTransaction> NO_READERS = List.of();

  private final Table table;
  private final Object key;
  private StoreTransaction writer;
  // created by the first READ grant: most locks are the WRITE lock of an update
  private List<StoreTransaction> readers = NO_READERS;
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
   *
   * @throws LockTimeoutException if the lock is not granted in time
   * @throws PessimisticLockException if waiting would close a cycle of transactions waiting for each
   *     other (a deadlock)
   */
  static RowLock acquire(
      Table table, Object key, StoreTransaction tx, LockKind kind, long timeoutMillis) {
    RowLock lock;
    while (true) {
      // get, then putIfAbsent: no capturing lambda and no bin lock when the row is locked already
      lock = table.locks.get(key);
      if (lock == null) {
        RowLock fresh = new RowLock(table, key);
        lock = table.locks.putIfAbsent(key, fresh);
        if (lock == null) {
          lock = fresh;
        }
      }
      synchronized (lock) {
        if (lock.retired) {
          continue;
        }
        if (lock.isGrantable(tx, kind)) {
          return lock.grant(tx, kind) ? lock : null;
        }
        if (timeoutMillis <= 0) {
          throw lock.timeout(kind, timeoutMillis, "the lock timeout is 0 (no wait)");
        }
        lock.waiters++;
        tx.awaited = lock;
        tx.awaitedKind = kind;
        break;
      }
    }
    return lock.await(tx, kind, timeoutMillis) ? lock : null;
  }

  /** Whether {@code tx} holds at least {@code kind}; for tests and assertions. */
  synchronized boolean isHeldBy(StoreTransaction tx, LockKind kind) {
    return writer == tx || kind == LockKind.READ && readers.contains(tx);
  }

  /** The number of transactions waiting for the lock; for tests. */
  synchronized int waiterCount() {
    return waiters;
  }

  /** What {@code tx} waits for here and who blocks it; null if it waits not here, or not at all. */
  synchronized Wait waitOf(StoreTransaction tx) {
    if (tx.awaited != this) {
      return null;
    }
    List<StoreTransaction> blockers = new ArrayList<>(readers.size() + 1);
    if (writer != null && writer != tx) {
      blockers.add(writer);
    }
    if (tx.awaitedKind == LockKind.WRITE) {
      for (StoreTransaction reader : readers) {
        if (reader != tx) {
          blockers.add(reader);
        }
      }
    }
    return blockers.isEmpty() ? null : new Wait(this, tx.awaitedKind, blockers);
  }

  // caller holds the monitor and has checked grantability; true when tx is a new holder
  private boolean grant(StoreTransaction tx, LockKind kind) {
    boolean newHolder = writer != tx && !readers.contains(tx);
    if (kind == LockKind.WRITE) {
      removeReader(tx);
      writer = tx;
    } else if (newHolder) {
      if (readers == NO_READERS) {
        readers = new ArrayList<>(2);
      }
      readers.add(tx);
    }
    return newHolder;
  }

  // the immutable NO_READERS refuses remove() even of what it does not hold
  private void removeReader(StoreTransaction tx) {
    if (readers != NO_READERS) {
      readers.remove(tx);
    }
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

  // tx is registered as a waiter; the caller holds no monitor
  private boolean await(StoreTransaction tx, LockKind kind, long timeoutMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    try {
      table.database().waits.failIfCycle(tx, this);
    } catch (RuntimeException | Error e) {
      if (tx.awaited == this) {
        withdraw(tx); // a deadlock victim is withdrawn already; anything else must not leak a waiter
      }
      throw e;
    }
    synchronized (this) {
      try {
        while (!isGrantable(tx, kind)) {
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            withdraw(tx);
            throw timeout(kind, timeoutMillis, "it waited " + timeoutMillis + " ms");
          }
          TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
      } catch (InterruptedException e) {
        withdraw(tx);
        Thread.currentThread().interrupt();
        LockTimeoutException timeout = timeout(kind, timeoutMillis, "the thread was interrupted");
        timeout.initCause(e);
        throw timeout;
      }
      waiters--;
      tx.awaited = null;
      return grant(tx, kind);
    }
  }

  /** Takes the waiter {@code tx} off the lock, which may leave it idle. */
  synchronized void withdraw(StoreTransaction tx) {
    waiters--;
    tx.awaited = null;
    retireIfIdle();
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
    removeReader(tx);
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
