package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Pessimistic row locks. Waits use generous margins: a waiter that must succeed gets 30 s, and only
 * the lower bound of a timeout is asserted.
 */
class RowLockTest extends ShopTest {

  private static final long LONG_WAIT = 30_000;

  @Test
  void lock_readByTwoTransactions_bothGranted() {
    StoreTransaction first = database.begin();
    StoreTransaction second = database.begin();

    first.lock(shop.customer, 1L, LockKind.READ, 0);
    second.lock(shop.customer, 1L, LockKind.READ, 0);

    assertThat(shop.customer.locks.get(1L).isHeldBy(first, LockKind.READ)).isTrue();
    assertThat(shop.customer.locks.get(1L).isHeldBy(second, LockKind.READ)).isTrue();
    first.rollback();
    second.rollback();
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_writeHeldByOther_noWaitFailsAtOnce() {
    StoreTransaction holder = database.begin();
    holder.lock(shop.customer, 1L, LockKind.WRITE, 0);
    StoreTransaction other = database.begin();

    assertThatThrownBy(() -> other.lock(shop.customer, 1L, LockKind.READ, 0))
        .isInstanceOf(LockTimeoutException.class)
        .hasMessage(
            "Lock READ on 'Customer#1' not granted: another transaction holds a WRITE lock on it"
                + " and the lock timeout is 0 (no wait); commit or roll back that transaction"
                + " first, or raise the lock timeout (jakarta.persistence.lock.timeout)");
    holder.rollback();
    other.rollback();
  }

  @Test
  void lock_writeWhileOtherReads_timesOutAfterTimeout() {
    StoreTransaction reader = database.begin();
    reader.lock(shop.customer, 1L, LockKind.READ, 0);
    StoreTransaction writer = database.begin();
    long start = System.nanoTime();

    assertThatThrownBy(() -> writer.lock(shop.customer, 1L, LockKind.WRITE, 200))
        .isInstanceOf(LockTimeoutException.class)
        .hasMessageContaining("holds 1 READ lock(s)")
        .hasMessageContaining("it waited 200 ms");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(199);
    reader.rollback();
    writer.rollback();
    assertThat(shop.customer.locks).isEmpty();
  }

  @Test
  void lock_sameTransactionTwice_isReentrant() {
    StoreTransaction tx = database.begin();
    tx.lock(shop.customer, 1L, LockKind.WRITE, 0);
    tx.lock(shop.customer, 1L, LockKind.WRITE, 0);
    tx.lock(shop.customer, 1L, LockKind.READ, 0);

    tx.commit();

    assertThat(shop.customer.locks).isEmpty();
    StoreTransaction next = database.begin();
    next.lock(shop.customer, 1L, LockKind.WRITE, 0);
    next.rollback();
  }

  @Test
  void lock_upgradeAsOnlyReader_grantsWrite() {
    StoreTransaction tx = database.begin();
    tx.lock(shop.customer, 1L, LockKind.READ, 0);

    tx.lock(shop.customer, 1L, LockKind.WRITE, 0);

    assertThat(shop.customer.locks.get(1L).isHeldBy(tx, LockKind.WRITE)).isTrue();
    StoreTransaction other = database.begin();
    assertThatThrownBy(() -> other.lock(shop.customer, 1L, LockKind.READ, 0))
        .isInstanceOf(LockTimeoutException.class);
    tx.rollback();
    other.rollback();
  }

  @Test
  void lock_upgradeWithOtherReader_timesOut() {
    StoreTransaction tx = database.begin();
    StoreTransaction other = database.begin();
    tx.lock(shop.customer, 1L, LockKind.READ, 0);
    other.lock(shop.customer, 1L, LockKind.READ, 0);

    assertThatThrownBy(() -> tx.lock(shop.customer, 1L, LockKind.WRITE, 50))
        .isInstanceOf(LockTimeoutException.class);
    assertThat(shop.customer.locks.get(1L).isHeldBy(tx, LockKind.READ)).isTrue();
    tx.rollback();
    other.rollback();
  }

  @Test
  void lock_holderCommits_waiterProceeds() throws Exception {
    assertWaiterProceedsWhen(StoreTransaction::commit);
  }

  @Test
  void lock_holderRollsBack_waiterProceeds() throws Exception {
    assertWaiterProceedsWhen(StoreTransaction::rollback);
  }

  private void assertWaiterProceedsWhen(java.util.function.Consumer<StoreTransaction> end)
      throws Exception {
    StoreTransaction holder = database.begin();
    holder.lock(shop.customer, 1L, LockKind.WRITE, 0);
    StoreTransaction waiter = database.begin();
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(
            () -> waiter.lock(shop.customer, 1L, LockKind.WRITE, LONG_WAIT));
    awaitWaiter(shop.customer.locks.get(1L));
    assertThat(waiting).isNotDone();

    end.accept(holder);

    waiting.get(LONG_WAIT * 2, TimeUnit.MILLISECONDS);
    assertThat(shop.customer.locks.get(1L).isHeldBy(waiter, LockKind.WRITE)).isTrue();
    waiter.rollback();
  }

  /** Blocks until a transaction waits for {@code lock}; the waiter's own 30 s bound the test. */
  private static void awaitWaiter(RowLock lock) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONG_WAIT);
    while (lock.waiterCount() == 0) {
      assertThat(System.nanoTime()).as("a waiter within 30 s").isLessThan(deadline);
      Thread.sleep(1);
    }
  }

  @Test
  void update_rowReadLockedByOther_waitsThenTimesOut() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction reader = database.begin();
    reader.lock(shop.customer, 1L, LockKind.READ, 0);
    StoreTransaction writer = database.begin();
    writer.setLockTimeout(0);

    assertThatThrownBy(() -> writer.update(shop.customer, customer(1, "Anna", "a@", 1), 0))
        .isInstanceOf(LockTimeoutException.class);
    assertThat(writer.hasWrites()).isFalse();
    reader.rollback();
    writer.rollback();
  }

  @Test
  void update_takesWriteLockUntilCommit() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction writer = database.begin();
    writer.update(shop.customer, customer(1, "Anna", "a@", 1), 0);
    StoreTransaction other = database.begin();

    assertThatThrownBy(() -> other.lock(shop.customer, 1L, LockKind.READ, 0))
        .isInstanceOf(LockTimeoutException.class);
    writer.commit();
    other.lock(shop.customer, 1L, LockKind.READ, 0);
    other.rollback();
  }

  @Test
  void update_waitingForConcurrentWriter_failsVersionCheckAfterItCommits() throws Exception {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction first = database.begin();
    first.update(shop.customer, customer(1, "First", "a@", 1), 0);
    StoreTransaction second = database.begin();
    second.setLockTimeout(LONG_WAIT);
    CompletableFuture<Void> secondUpdate =
        CompletableFuture.runAsync(
            () -> second.update(shop.customer, customer(1, "Second", "a@", 1), 0));
    awaitWaiter(shop.customer.locks.get(1L));
    first.commit();

    assertThatThrownBy(() -> secondUpdate.get(LONG_WAIT * 2, TimeUnit.MILLISECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(OptimisticLockException.class);
    second.rollback();
    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("First");
  }

  @Test
  void lock_negativeTimeout_waitsUpToDatabaseCap() {
    database.setLockWaitCapMillis(100);
    StoreTransaction holder = database.begin();
    holder.lock(shop.customer, 1L, LockKind.WRITE, 0);
    StoreTransaction waiter = database.begin();
    long start = System.nanoTime();

    assertThatThrownBy(() -> waiter.lock(shop.customer, 1L, LockKind.WRITE, -1))
        .isInstanceOf(LockTimeoutException.class)
        .hasMessageContaining("it waited 100 ms");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(99);
    holder.rollback();
    waiter.rollback();
  }
}
