package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.memoryjpa.ConstraintViolationException;
import org.memoryjpa.ConstraintViolationException.Kind;

/** Commits that race: the commit-time re-check against the latest committed state decides. */
class ConcurrentCommitTest extends ShopTest {

  @Test
  void commit_twoTransactionsInsertSameUniqueValue_secondFailsAndLeavesStoreUnchanged() {
    StoreTransaction first = database.begin();
    StoreTransaction second = database.begin();
    first.insert(shop.customer, customer(1, "Ann", "same@x", 0));
    second.insert(shop.customer, customer(2, "Bob", "same@x", 0));
    first.validate();
    second.validate();

    first.commit();
    Map<String, Object> before = StoreDump.of(database);

    assertThatThrownBy(second::commit)
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("'UK_customer_email'")
        .hasMessageContaining("'Customer#1'");
    assertThat(StoreDump.of(database)).isEqualTo(before);
    assertThat(second.isActive()).isTrue();
    second.rollback();
  }

  @Test
  void commit_twoTransactionsInsertSameKey_secondViolatesPrimaryKey() {
    StoreTransaction first = database.begin();
    StoreTransaction second = database.begin();
    first.insert(shop.customer, customer(1, "Ann", "a@", 0));
    second.insert(shop.customer, customer(1, "Bob", "b@", 0));
    second.validate();

    first.commit();

    assertThatThrownBy(second::commit)
        .isInstanceOf(ConstraintViolationException.class)
        .extracting(e -> ((ConstraintViolationException) e).getKind())
        .isEqualTo(Kind.PRIMARY_KEY);
    second.rollback();
  }

  @Test
  void commit_referenceToRowAnotherTransactionDeleted_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction child = database.begin();
    child.insert(shop.order, order(100, 1L, 5, null));
    child.validate();

    shop.commit(tx -> tx.delete(shop.customer, 1L, 0));

    assertThatThrownBy(child::commit)
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("references 'Customer#1', which does not exist");
    child.rollback();
    assertThat(database.count(shop.order)).isZero();
  }

  @Test
  void commit_deleteOfRowAnotherTransactionStartedReferencing_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction deleter = database.begin();
    deleter.delete(shop.customer, 1L, 0);
    deleter.validate();

    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));

    assertThatThrownBy(deleter::commit)
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("still references it");
    deleter.rollback();
    assertThat(database.count(shop.customer)).isEqualTo(1);
  }

  @Test
  void commit_manyThreadsInsertSameUniqueValue_exactlyOneWins() throws Exception {
    int threads = 8;
    int rounds = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String email = "race" + round + "@x";
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          long id = round * 100L + t;
          outcomes.add(pool.submit(insertAfter(start, customer(id, "N" + id, email, 0))));
        }
        int winners = 0;
        for (Future<Boolean> outcome : outcomes) {
          winners += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).as("winners of round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(database.count(shop.customer)).isEqualTo(rounds);
  }

  private Callable<Boolean> insertAfter(CyclicBarrier start, RowSnapshot row) {
    return () -> {
      StoreTransaction tx = database.begin();
      try {
        tx.insert(shop.customer, row);
        tx.validate();
        start.await(60, TimeUnit.SECONDS);
        tx.commit();
        return true;
      } catch (ConstraintViolationException e) {
        return false;
      } finally {
        tx.rollback();
      }
    };
  }
}
