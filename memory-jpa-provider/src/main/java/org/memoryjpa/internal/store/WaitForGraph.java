package org.memoryjpa.internal.store;

import jakarta.persistence.PessimisticLockException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadlock detector of one database's row locks. Its graph is implicit: a transaction that waits
 * for a {@link RowLock} points at that lock ({@code StoreTransaction.awaited}), and the lock's
 * holders that keep it from being granted are the transactions it waits for. Before a transaction
 * starts to wait, {@link #failIfCycle} follows those edges from the lock it wants; if they lead back
 * to the transaction itself, waiting would never end (until a timeout), so the transaction is failed
 * at once instead, as H2 fails the statement that closes a cycle.
 *
 * <p>Why no waiter can sleep through a cycle: holders keep a lock until their transaction ends, which
 * a waiting transaction cannot do, so every edge of a cycle stays while its transactions wait; an
 * edge appears either when a transaction registers as a waiter, or when a transaction that waits for
 * nothing takes a lock others wait for, which closes no cycle by itself. So the last transaction of a
 * cycle to register as a waiter is still to run its check, and finds the cycle. Checks run one at a
 * time, and a victim withdraws before the next check runs, so exactly one transaction of the cycle
 * fails.
 *
 * <p>Threading: thread-safe. Only the contended path comes here: a free lock is granted under its own
 * monitor alone. Lock order is this object's monitor, then row lock monitors, one at a time; no code
 * takes this monitor while holding a row lock monitor, so the lock manager cannot deadlock itself.
 */
final class WaitForGraph {

  /**
   * Checks whether {@code waiter}, registered as waiting for {@code lock} but not yet asleep, would
   * close a cycle; if so, withdraws it from the lock and throws. The caller holds no row lock monitor.
   *
   * @throws PessimisticLockException naming the cycle's rows; this transaction is the victim
   */
  synchronized void failIfCycle(StoreTransaction waiter, RowLock lock) {
    List<RowLock.Wait> cycle = findCycle(waiter);
    if (cycle != null) {
      // withdrawn before the next check may run, so that no other member of the cycle fails too:
      // they keep waiting, and one proceeds once this transaction rolls back
      lock.withdraw(waiter);
      throw deadlock(cycle);
    }
  }

  /**
   * The waits of a cycle through {@code start}, in order: what {@code start} waits for, then what a
   * transaction blocking it waits for, and so on to one that {@code start} blocks; null if none.
   */
  private static List<RowLock.Wait> findCycle(StoreTransaction start) {
    // breadth first, so that the cycle reported is a shortest one; each transaction once
    Map<StoreTransaction, StoreTransaction> reachedFrom = new HashMap<>();
    Map<StoreTransaction, RowLock.Wait> waits = new HashMap<>();
    ArrayDeque<StoreTransaction> queue = new ArrayDeque<>();
    reachedFrom.put(start, start);
    queue.add(start);
    while (!queue.isEmpty()) {
      StoreTransaction tx = queue.poll();
      RowLock lock = tx.awaited;
      RowLock.Wait wait = lock == null ? null : lock.waitOf(tx);
      if (wait == null) {
        continue; // not waiting, or about to be granted: no edges
      }
      waits.put(tx, wait);
      for (StoreTransaction blocker : wait.blockers()) {
        if (blocker == start) {
          return path(start, tx, reachedFrom, waits);
        }
        if (reachedFrom.putIfAbsent(blocker, tx) == null) {
          queue.add(blocker);
        }
      }
    }
    return null;
  }

  private static List<RowLock.Wait> path(
      StoreTransaction start,
      StoreTransaction last,
      Map<StoreTransaction, StoreTransaction> reachedFrom,
      Map<StoreTransaction, RowLock.Wait> waits) {
    ArrayDeque<RowLock.Wait> path = new ArrayDeque<>();
    for (StoreTransaction tx = last; ; tx = reachedFrom.get(tx)) {
      path.addFirst(waits.get(tx));
      if (tx == start) {
        return new ArrayList<>(path);
      }
    }
  }

  private static PessimisticLockException deadlock(List<RowLock.Wait> cycle) {
    RowLock.Wait own = cycle.get(0);
    StringBuilder message =
        new StringBuilder("Deadlock detected on '")
            .append(own.rowText())
            .append("': this transaction waits for a ")
            .append(own.kind())
            .append(" lock on it");
    for (RowLock.Wait wait : cycle.subList(1, cycle.size())) {
      message
          .append(", blocked by another transaction that waits for a ")
          .append(wait.kind())
          .append(" lock on '")
          .append(wait.rowText())
          .append('\'');
    }
    message.append(
        ", blocked by this one; roll back this transaction and retry it (it was chosen as the"
            + " victim, as it closed the cycle)");
    return new PessimisticLockException(message.toString());
  }
}
