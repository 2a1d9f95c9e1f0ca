package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.order;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memoryjpa.testing.WhileWriting;

/**
 * Index entries as commits change rows: an update that keeps a row's indexed values leaves its entry
 * alone, one that changes them moves it, and large foreign-key buckets stay right for readers pinned
 * before and after.
 */
class IndexMaintenanceTest extends ShopTest {

  private List<Object> keys(ReadView view, Function<ReadView, Stream<RowSnapshot>> query) {
    return query.apply(view).map(RowSnapshot::key).toList();
  }

  private List<Object> keys(Function<ReadView, Stream<RowSnapshot>> query) {
    StoreTransaction tx = database.begin();
    try (ReadView view = tx.readView()) {
      return keys(view, query);
    } finally {
      tx.rollback();
    }
  }

  private List<Object> byCity(String city) {
    IndexDefinition index = shop.customer.requireIndex("IX_customer_city");
    return keys(view -> view.lookup(shop.customer, index, city));
  }

  private List<Object> ordersOf(ReadView view, long customerId) {
    return keys(view, v -> v.findByReference(shop.order, Shop.ORDER_CUSTOMER, customerId));
  }

  private List<Object> ordersOf(long customerId) {
    return keys(view -> view.findByReference(shop.order, Shop.ORDER_CUSTOMER, customerId));
  }

  @Test
  void commit_updateKeepingIndexedValues_rowStillFoundByEveryIndex() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, 30, "Oslo"));

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Oslo"), 0));
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 2, 30, "Oslo"), 1));

    IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
    IndexDefinition nameCity = shop.customer.requireIndex("UK_customer_name_city");
    IndexDefinition score = shop.customer.requireIndex("IX_customer_score");
    assertThat(byCity("Oslo")).containsExactly(1L);
    assertThat(keys(view -> view.lookup(shop.customer, email, "a@"))).containsExactly(1L);
    assertThat(keys(view -> view.lookup(shop.customer, nameCity, "Ann", "Oslo")))
        .containsExactly(1L);
    assertThat(keys(view -> view.lookup(shop.customer, score, 30))).containsExactly(1L);
    assertThat(shop.customer.runtimeIndex(score).entries.valueCount()).isEqualTo(1);
  }

  @Test
  void commit_updateChangingIndexedValue_entryMoves() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, 30, "Oslo"));

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Rome"), 0));

    assertThat(byCity("Oslo")).isEmpty();
    assertThat(byCity("Rome")).containsExactly(1L);
    IndexDefinition city = shop.customer.requireIndex("IX_customer_city");
    assertThat(shop.customer.runtimeIndex(city).entries.contains("Oslo", 1L)).isFalse();
  }

  @Test
  void commit_valueKeptThenChangedThenRestoredWhileViewPinned_eachViewSeesItsVersion() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, 30, "Oslo"));
    StoreTransaction reader = database.begin();
    ReadView first = reader.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Oslo"), 0));
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 2, 30, "Rome"), 1));
    ReadView second = reader.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 3, 30, "Oslo"), 2));
    IndexDefinition city = shop.customer.requireIndex("IX_customer_city");

    assertThat(keys(first, view -> view.lookup(shop.customer, city, "Oslo"))).containsExactly(1L);
    assertThat(keys(first, view -> view.lookup(shop.customer, city, "Rome"))).isEmpty();
    assertThat(keys(second, view -> view.lookup(shop.customer, city, "Oslo"))).isEmpty();
    assertThat(keys(second, view -> view.lookup(shop.customer, city, "Rome")))
        .containsExactly(1L);
    assertThat(byCity("Oslo")).containsExactly(1L);
    database.checkInvariants();

    reader.rollback();
    assertThat(byCity("Oslo")).containsExactly(1L);
    assertThat(shop.customer.runtimeIndex(city).entries.contains("Rome", 1L)).isFalse();
    assertThat(shop.customer.runtimeIndex(city).entries.valueCount()).isEqualTo(1);
  }

  @Test
  void rollback_updateKeepingOrChangingIndexedValue_leavesEntries() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, 30, "Oslo"));
    StoreTransaction keeping = database.begin();
    keeping.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Oslo"), 0);
    keeping.validate();
    keeping.rollback();
    StoreTransaction changing = database.begin();
    changing.update(shop.customer, customer(1, "Ann", "a2@", 1, 30, "Rome"), 0);
    changing.validate();
    changing.rollback();

    assertThat(byCity("Oslo")).containsExactly(1L);
    assertThat(byCity("Rome")).isEmpty();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Oslo"), 0));
    assertThat(byCity("Oslo")).containsExactly(1L);
  }

  @Test
  void commit_updateKeepingReferences_childrenStillFoundByParent() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));

    shop.commit(
        tx -> tx.update(shop.order, order(100, 1L, 6, null), StoreTransaction.NO_VERSION_CHECK));

    assertThat(ordersOf(1L)).containsExactly(100L);
  }

  @Test
  void commit_manyChildrenAddedAndRemovedWhileViewPinned_eachViewSeesItsChildren() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    shop.commit(
        tx -> {
          for (long id = 1; id <= 200; id++) {
            tx.insert(shop.order, order(id, 1L, 5, null));
          }
        });
    StoreTransaction reader = database.begin();
    ReadView before = reader.readView();

    // delete most, move some to another parent, add new ones: the bucket shrinks and grows
    shop.commit(
        tx -> {
          for (long id = 1; id <= 190; id++) {
            if (id % 10 == 0) {
              tx.update(shop.order, order(id, 2L, 5, null), StoreTransaction.NO_VERSION_CHECK);
            } else {
              tx.delete(shop.order, id, StoreTransaction.NO_VERSION_CHECK);
            }
          }
          tx.insert(shop.order, order(500, 1L, 5, null));
        });

    List<Object> expected = new ArrayList<>();
    for (long id = 191; id <= 200; id++) {
      expected.add(id);
    }
    expected.add(500L);
    assertThat(ordersOf(before, 1L)).hasSize(200).doesNotHaveDuplicates().doesNotContain(500L);
    assertThat(ordersOf(before, 2L)).isEmpty();
    assertThat(ordersOf(1L)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ordersOf(2L)).hasSize(19);
    database.checkInvariants();

    reader.rollback();
    RowIndex byCustomer = shop.order.referenceIndex(Shop.ORDER_CUSTOMER);
    assertThat(byCustomer.entries.contains(1L, 1L)).isFalse();
    assertThat(byCustomer.entries.contains(1L, 10L)).isFalse();
    assertThat(byCustomer.entries.contains(2L, 10L)).isTrue();
    assertThat(ordersOf(1L)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void findByReference_whileChildrenCommittedAndDeleted_seesEachCommitWholeAndOnce()
      throws Exception {
    int children = 3_000;
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    // one child per commit, inserted in id order, then deleted in id order: every commit point
    // sees a contiguous range of ids
    Runnable writer =
        () -> {
          for (long id = 1; id <= children; id++) {
            long child = id;
            shop.commit(tx -> tx.insert(shop.order, order(child, 1L, 5, null)));
          }
          for (long id = 1; id <= children; id++) {
            long child = id;
            shop.commit(tx -> tx.delete(shop.order, child, StoreTransaction.NO_VERSION_CHECK));
          }
        };
    Runnable reader =
        () -> {
          List<Object> seen = ordersOf(1L);
          assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
          if (!seen.isEmpty()) {
            long min = seen.stream().mapToLong(key -> (Long) key).min().orElseThrow();
            long max = seen.stream().mapToLong(key -> (Long) key).max().orElseThrow();
            assertThat(max - min + 1).isEqualTo(seen.size());
          }
        };

    assertThat(WhileWriting.read(writer, reader)).isPositive();
    assertThat(ordersOf(1L)).isEmpty();
    assertThat(shop.order.referenceIndex(Shop.ORDER_CUSTOMER).entries.valueCount()).isZero();
  }
}
