package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.memoryjpa.internal.store.Shop.customer;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlock detection of the row locks. Every wait uses a 30 s timeout, so a test that ends within
 * its 10 s bound shows that a deadlock was detected rather than broken by a timeout: a liveness
 * check, not a speed claim.
 */
class DeadlockDetectionTest extends ShopTest {

  private static final long LONG_WAIT = 30_000;
  private static final Duration BOUND = Duration.ofSeconds(10);

  private final List<Thread> threads = new ArrayList<>();

  @AfterEach
  void stopWaiters() throws InterruptedException {
    for (Thread thread : threads) {
      thread.interrupt();
      thread.join(LONG_WAIT);
    }
  }

  @Test
  void lock_twoTransactionsInOppositeOrder_theOneClosingTheCycleFailsAtOnce() throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    a.lock(shop.customer, 1L, LockKind.WRITE, 0);
    b.lock(shop.customer, 2L, LockKind.WRITE, 0);
    Waiter aWaits = waitFor(a, tx -> tx.lock(shop.customer, 2L, LockKind.WRITE, LONG_WAIT));

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> b.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT))
                .isInstanceOf(PessimisticLockException.class)
                .hasMessage(
                    "Deadlock detected on 'Customer#1': this transaction waits for a WRITE lock on"
                        + " it, blocked by another transaction that waits for a WRITE lock on"
                        + " 'Customer#2', blocked by this one; roll back this transaction and retry"
                        + " it (it was chosen as the victim, as it closed the cycle)"));

    assertThat(b.awaited).isNull();
    assertThat(shop.customer.locks.get(1L).waiterCount()).isZero();
    assertThat(aWaits.done).isNotDone();
    b.rollback();
    aWaits.awaitDone();
    assertThat(shop.customer.locks.get(2L).isHeldBy(a, LockKind.WRITE)).isTrue();
    a.commit();
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void updateAndDelete_crossingRows_victimFailsAndTheOtherCommitsAfterItsRollback()
      throws Exception {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    a.setLockTimeout(LONG_WAIT);
    b.setLockTimeout(LONG_WAIT);
    a.update(shop.customer, customer(1, "Anna", "a@", 1), 0);
    b.delete(shop.customer, 2L, 0);
    Waiter aWaits = waitFor(a, tx -> tx.update(shop.customer, customer(2, "Bobby", "b@", 1), 0));

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> b.delete(shop.customer, 1L, 0))
                .isInstanceOf(PessimisticLockException.class)
                .hasMessageStartingWith("Deadlock detected on 'Customer#1'")
                .hasMessageContaining("retry"));
    b.rollback();
    aWaits.awaitDone();
    a.commit();

    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Anna");
    assertThat(shop.committed(shop.customer, 2L).value(Shop.NAME)).isEqualTo("Bobby");
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_cycleOfThree_failsTheTransactionClosingItAndNamesEveryRow() throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    StoreTransaction c = database.begin();
    a.lock(shop.customer, 1L, LockKind.WRITE, 0);
    b.lock(shop.customer, 2L, LockKind.WRITE, 0);
    c.lock(shop.customer, 3L, LockKind.WRITE, 0);
    Waiter aWaits = waitFor(a, tx -> tx.lock(shop.customer, 2L, LockKind.WRITE, LONG_WAIT));
    Waiter bWaits = waitFor(b, tx -> tx.lock(shop.customer, 3L, LockKind.WRITE, LONG_WAIT));

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> c.lock(shop.customer, 1L, LockKind.READ, LONG_WAIT))
                .isInstanceOf(PessimisticLockException.class)
                .hasMessageStartingWith(
                    "Deadlock detected on 'Customer#1': this transaction waits for a READ lock on"
                        + " it, blocked by another transaction that waits for a WRITE lock on"
                        + " 'Customer#2', blocked by another transaction that waits for a WRITE"
                        + " lock on 'Customer#3', blocked by this one; roll back"));

    assertThat(aWaits.done).isNotDone();
    assertThat(bWaits.done).isNotDone();
    c.rollback();
    bWaits.awaitDone();
    b.commit();
    aWaits.awaitDone();
    a.commit();
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_twoReadersBothUpgrading_secondUpgradeFailsAndFirstProceedsAfterRollback()
      throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    a.lock(shop.customer, 1L, LockKind.READ, 0);
    b.lock(shop.customer, 1L, LockKind.READ, 0);
    Waiter aUpgrades = waitFor(a, tx -> tx.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT));

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> b.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT))
                .isInstanceOf(PessimisticLockException.class)
                .hasMessageStartingWith(
                    "Deadlock detected on 'Customer#1': this transaction waits for a WRITE lock on"
                        + " it, blocked by another transaction that waits for a WRITE lock on"
                        + " 'Customer#1', blocked by this one;"));

    assertThat(shop.customer.locks.get(1L).isHeldBy(b, LockKind.READ)).isTrue();
    b.rollback();
    aUpgrades.awaitDone();
    assertThat(shop.customer.locks.get(1L).isHeldBy(a, LockKind.WRITE)).isTrue();
    a.rollback();
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_readHolderWaitingForTheRequester_isACycleThoughReadsShare() throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    a.lock(shop.customer, 1L, LockKind.READ, 0);
    b.lock(shop.customer, 2L, LockKind.WRITE, 0);
    Waiter aWaits = waitFor(a, tx -> tx.lock(shop.customer, 2L, LockKind.READ, LONG_WAIT));

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          // a shared lock is granted at once: waiting for nothing closes no cycle
          b.lock(shop.customer, 1L, LockKind.READ, LONG_WAIT);
          assertThatThrownBy(() -> b.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT))
              .isInstanceOf(PessimisticLockException.class)
              .hasMessageStartingWith(
                  "Deadlock detected on 'Customer#1': this transaction waits for a WRITE lock on"
                      + " it, blocked by another transaction that waits for a READ lock on"
                      + " 'Customer#2', blocked by this one;");
        });

    b.rollback();
    aWaits.awaitDone();
    a.rollback();
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_noWaitWhereWaitingWouldDeadlock_timesOutInsteadAsItDoesNotWait() throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    a.lock(shop.customer, 1L, LockKind.WRITE, 0);
    b.lock(shop.customer, 2L, LockKind.WRITE, 0);
    Waiter aWaits = waitFor(a, tx -> tx.lock(shop.customer, 2L, LockKind.WRITE, LONG_WAIT));

    assertThatThrownBy(() -> b.lock(shop.customer, 1L, LockKind.WRITE, 0))
        .isInstanceOf(LockTimeoutException.class);

    b.rollback();
    aWaits.awaitDone();
    a.rollback();
  }

  @Test
  void lock_chainWithoutCycle_everyoneWaitsAndProceedsInTurn() throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    StoreTransaction c = database.begin();
    a.lock(shop.customer, 1L, LockKind.WRITE, 0);
    b.lock(shop.customer, 2L, LockKind.WRITE, 0);
    Waiter bWaits = waitFor(b, tx -> tx.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT));
    Waiter cWaits = waitFor(c, tx -> tx.lock(shop.customer, 2L, LockKind.READ, LONG_WAIT));

    a.commit();
    bWaits.awaitDone();
    assertThat(cWaits.done).isNotDone();
    b.commit();
    cWaits.awaitDone();
    c.commit();

    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_sharedReadersAndWaitersWithoutCycle_noFalseDeadlock() throws Exception {
    StoreTransaction a = database.begin();
    StoreTransaction b = database.begin();
    StoreTransaction c = database.begin();
    StoreTransaction d = database.begin();
    a.lock(shop.customer, 1L, LockKind.READ, 0);
    b.lock(shop.customer, 1L, LockKind.READ, 0);
    d.lock(shop.customer, 2L, LockKind.WRITE, 0);
    // c waits for a and b; a waits for d; d waits for nothing
    Waiter cWaits = waitFor(c, tx -> tx.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT));
    Waiter aWaits = waitFor(a, tx -> tx.lock(shop.customer, 2L, LockKind.READ, LONG_WAIT));
    Waiter bWaits = waitFor(b, tx -> tx.lock(shop.customer, 2L, LockKind.READ, LONG_WAIT));

    d.lock(shop.customer, 1L, LockKind.READ, LONG_WAIT);
    d.commit();
    aWaits.awaitDone();
    bWaits.awaitDone();
    assertThat(cWaits.done).isNotDone();
    a.commit();
    b.commit();
    cWaits.awaitDone();
    c.commit();

    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_twoThreadsClosingTheCycleAtOnce_exactlyOneFailsEveryRound() throws Exception {
    int rounds = 200;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertTimeoutPreemptively(
          BOUND,
          () -> {
            for (int round = 0; round < rounds; round++) {
              CyclicBarrier bothHold = new CyclicBarrier(2);
              Future<Boolean> first = pool.submit(() -> crossLock(1L, 2L, bothHold));
              Future<Boolean> second = pool.submit(() -> crossLock(2L, 1L, bothHold));
              boolean firstFailed = first.get();
              boolean secondFailed = second.get();
              assertThat(firstFailed ^ secondFailed).as("exactly one victim in round %d", round)
                  .isTrue();
            }
          });
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(LONG_WAIT, TimeUnit.MILLISECONDS);
    }
    assertThat(shop.customer.locks).isEmpty();
  }

  // true when this transaction was the deadlock victim
  private boolean crossLock(long own, long other, CyclicBarrier bothHold) throws Exception {
    StoreTransaction tx = database.begin();
    tx.lock(shop.customer, own, LockKind.WRITE, 0);
    bothHold.await();
    try {
      tx.lock(shop.customer, other, LockKind.WRITE, LONG_WAIT);
      tx.commit();
      return false;
    } catch (PessimisticLockException e) {
      tx.rollback();
      return true;
    }
  }

  @Test
  void lock_manyTransactionsLockingRandomRowsInRandomOrder_allFinishByRetrying() throws Exception {
    int workers = 4;
    int transactionsEach = 150;
    AtomicInteger victims = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        Random random = new Random(w);
        running.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < transactionsEach; i++) {
                    while (!lockRandomRows(random)) {
                      victims.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      assertTimeoutPreemptively(
          BOUND,
          () -> {
            for (Future<?> worker : running) {
              worker.get();
            }
          });
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(LONG_WAIT, TimeUnit.MILLISECONDS);
    }
    assertThat(shop.customer.locks).isEmpty();
  }

  // false when the transaction was a deadlock victim and rolled back
  private boolean lockRandomRows(Random random) {
    StoreTransaction tx = database.begin();
    try {
      for (int n = 0; n < 3; n++) {
        LockKind kind = random.nextInt(3) == 0 ? LockKind.READ : LockKind.WRITE;
        tx.lock(shop.customer, (long) random.nextInt(5), kind, LONG_WAIT);
        LockSupport.parkNanos(20_000); // hold it a moment, so that transactions overlap
      }
      tx.commit();
      return true;
    } catch (PessimisticLockException e) {
      tx.rollback();
      return false;
    }
  }

  /** A lock or write request running on its own thread, asleep waiting for a row lock. */
  private final class Waiter {
    final StoreTransaction tx;
    final Thread thread;
    final CompletableFuture<Void> done = new CompletableFuture<>();

    Waiter(StoreTransaction tx, Consumer<StoreTransaction> request) {
      this.tx = tx;
      this.thread =
          new Thread(
              () -> {
                try {
                  request.accept(tx);
                  done.complete(null);
                } catch (Throwable e) {
                  done.completeExceptionally(e);
                }
              },
              "waiter");
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }

    /** Blocks until the request sleeps in the lock, past its deadlock check. */
    void awaitAsleep() throws Exception {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONG_WAIT);
      while (tx.awaited == null || thread.getState() != Thread.State.TIMED_WAITING) {
        if (done.isDone()) {
          done.get(); // rethrows what ended it
          fail("The request was granted at once; it should have waited");
        }
        assertThat(System.nanoTime()).as("asleep within 30 s").isLessThan(deadline);
        Thread.sleep(1);
      }
    }

    void awaitDone() throws Exception {
      done.get(LONG_WAIT * 2, TimeUnit.MILLISECONDS);
    }
  }

  private Waiter waitFor(StoreTransaction tx, Consumer<StoreTransaction> request)
      throws Exception {
    Waiter waiter = new Waiter(tx, request);
    waiter.awaitAsleep();
    return waiter;
  }
}
