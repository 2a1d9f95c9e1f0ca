package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.order;
import static org.memoryjpa.internal.store.Shop.product;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexLookupTest extends ShopTest {

  private IndexDefinition score;
  private IndexDefinition city;
  private IndexDefinition nameCity;

  @BeforeEach
  void customers() {
    shop.insertCustomers(
        customer(1, "Ann", "a@", 0, 30, "Oslo"),
        customer(2, "Bob", "b@", 0, 10, "Rome"),
        customer(3, "Cid", "c@", 0, 20, "Oslo"),
        customer(4, "Dan", "d@", 0, 20, null),
        customer(5, "Eve", "e@", 0, null, "Rome"));
    score = shop.customer.requireIndex("IX_customer_score");
    city = shop.customer.requireIndex("IX_customer_city");
    nameCity = shop.customer.requireIndex("UK_customer_name_city");
  }

  private List<Object> keys(Function<ReadView, Stream<RowSnapshot>> query) {
    StoreTransaction tx = database.begin();
    try (ReadView view = tx.readView()) {
      return query.apply(view).map(RowSnapshot::key).toList();
    } finally {
      tx.rollback();
    }
  }

  @Test
  void lookup_hashIndex_returnsMatchingRows() {
    assertThat(keys(view -> view.lookup(shop.customer, city, "Oslo")))
        .containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void lookup_nullValue_matchesNothing() {
    assertThat(keys(view -> view.lookup(shop.customer, city, (Object) null))).isEmpty();
  }

  @Test
  void lookup_compositeUniqueKey_matchesAllComponents() {
    assertThat(keys(view -> view.lookup(shop.customer, nameCity, "Cid", "Oslo")))
        .containsExactly(3L);
    assertThat(keys(view -> view.lookup(shop.customer, nameCity, "Cid", "Rome"))).isEmpty();
  }

  @Test
  void lookup_wrongNumberOfValues_throwsIllegalArgument() {
    assertThatThrownBy(() -> keys(view -> view.lookup(shop.customer, nameCity, "Cid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UK_customer_name_city' covers 2 slot(s)");
  }

  @Test
  void lookup_sortedIndexWithOtherNumberType_comparesByValue() {
    assertThat(keys(view -> view.lookup(shop.customer, score, 20L)))
        .containsExactlyInAnyOrder(3L, 4L);
  }

  @Test
  void range_boundsInclusiveAndExclusive_inIndexOrder() {
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.atLeast(20))))
        .containsExactlyInAnyOrder(3L, 4L, 1L)
        .endsWith(1L);
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.greaterThan(20))))
        .containsExactly(1L);
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.lessThan(20))))
        .containsExactly(2L);
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.between(10, false, 30, true))))
        .containsExactlyInAnyOrder(3L, 4L, 1L);
  }

  @Test
  void range_all_skipsNullsAndOrdersAscending() {
    List<Object> keys = keys(view -> view.range(shop.customer, score, KeyRange.all()));

    assertThat(keys).hasSize(4).doesNotContain(5L);
    assertThat(keys.get(0)).isEqualTo(2L);
    assertThat(keys.get(3)).isEqualTo(1L);
  }

  @Test
  void range_descending_ordersDescending() {
    List<Object> keys =
        keys(view -> view.range(shop.customer, score, KeyRange.atMost(30).descending()));

    assertThat(keys.get(0)).isEqualTo(1L);
    assertThat(keys.get(3)).isEqualTo(2L);
  }

  @Test
  void range_emptyInterval_returnsNothing() {
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.between(30, true, 10, true))))
        .isEmpty();
  }

  @Test
  void range_hashIndex_throwsIllegalArgument() {
    assertThatThrownBy(() -> keys(view -> view.range(shop.customer, city, KeyRange.all())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HASH index and cannot scan ranges");
  }

  @Test
  void range_ownWrites_mergedInOrder() {
    StoreTransaction tx = database.begin();
    tx.insert(shop.customer, customer(6, "Fay", "f@", 0, 15, null));
    tx.insert(shop.customer, customer(7, "Gus", "g@", 0, 40, null));
    tx.update(shop.customer, customer(2, "Bob", "b@", 1, 35, "Rome"), 0);

    try (ReadView view = tx.readView()) {
      assertThat(view.range(shop.customer, score, KeyRange.all()).map(row -> row.value(Shop.SCORE)))
          .containsExactly(15, 20, 20, 30, 35, 40);
      assertThat(
              view.range(shop.customer, score, KeyRange.all().descending())
                  .map(row -> row.value(Shop.SCORE)))
          .containsExactly(40, 35, 30, 20, 20, 15);
    }
    tx.rollback();
  }

  @Test
  void lookup_afterValueChanged_oldViewFindsOldValueAndNewViewNewValue() {
    StoreTransaction reader = database.begin();
    ReadView old = reader.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 99, "Bergen"), 0));

    assertThat(old.lookup(shop.customer, city, "Oslo").map(RowSnapshot::key))
        .containsExactlyInAnyOrder(1L, 3L);
    assertThat(old.lookup(shop.customer, city, "Bergen")).isEmpty();
    assertThat(old.range(shop.customer, score, KeyRange.atLeast(99))).isEmpty();
    old.close();
    assertThat(keys(view -> view.lookup(shop.customer, city, "Oslo"))).containsExactly(3L);
    assertThat(keys(view -> view.lookup(shop.customer, city, "Bergen"))).containsExactly(1L);
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.atLeast(99))))
        .containsExactly(1L);
    reader.rollback();
  }

  // an index entry carries the version that made it; these check that readers never take it for a
  // version they do not see: updates that keep the indexed value, deletes, a value that comes back

  @Test
  void lookup_afterUpdateKeepingIndexedValue_eachViewSeesItsOwnVersion() {
    StoreTransaction reader = database.begin();
    ReadView old = reader.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Anne", "a@", 1, 30, "Oslo"), 0));
    shop.commit(tx -> tx.update(shop.customer, customer(3, "Cy", "c@", 1, 20, "Oslo"), 0));

    assertThat(old.lookup(shop.customer, city, "Oslo").map(row -> row.value(Shop.NAME)))
        .containsExactlyInAnyOrder("Ann", "Cid");
    assertThat(old.range(shop.customer, score, KeyRange.atLeast(20)).map(row -> row.value(Shop.NAME)))
        .containsExactlyInAnyOrder("Ann", "Cid", "Dan");
    old.close();
    reader.rollback();
    assertThat(names(view -> view.lookup(shop.customer, city, "Oslo")))
        .containsExactlyInAnyOrder("Anne", "Cy");
    assertThat(names(view -> view.range(shop.customer, score, KeyRange.atLeast(20))))
        .containsExactlyInAnyOrder("Anne", "Cy", "Dan");
  }

  @Test
  void lookup_afterDelete_oldViewStillSeesRowAndNewViewDoesNot() {
    StoreTransaction reader = database.begin();
    ReadView old = reader.readView();
    shop.commit(tx -> tx.delete(shop.customer, 3L, 0));

    assertThat(old.lookup(shop.customer, city, "Oslo").map(RowSnapshot::key))
        .containsExactlyInAnyOrder(1L, 3L);
    old.close();
    reader.rollback();
    assertThat(keys(view -> view.lookup(shop.customer, city, "Oslo"))).containsExactly(1L);
    assertThat(keys(view -> view.range(shop.customer, score, KeyRange.atLeast(20))))
        .containsExactly(4L, 1L);
  }

  @Test
  void lookup_valueLeavesAndComesBack_viewsBetweenSeeTheirVersion() {
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Rome"), 0));
    StoreTransaction reader = database.begin();
    ReadView between = reader.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann2", "a@", 2, 30, "Oslo"), 1));

    assertThat(between.lookup(shop.customer, city, "Oslo").map(RowSnapshot::key))
        .containsExactly(3L);
    assertThat(between.lookup(shop.customer, city, "Rome").map(RowSnapshot::key))
        .containsExactlyInAnyOrder(1L, 2L, 5L);
    between.close();
    reader.rollback();
    assertThat(names(view -> view.lookup(shop.customer, city, "Oslo")))
        .containsExactlyInAnyOrder("Ann2", "Cid");
    assertThat(keys(view -> view.lookup(shop.customer, city, "Rome")))
        .containsExactlyInAnyOrder(2L, 5L);
  }

  private List<Object> names(Function<ReadView, Stream<RowSnapshot>> query) {
    StoreTransaction tx = database.begin();
    try (ReadView view = tx.readView()) {
      return query.apply(view).map(row -> row.value(Shop.NAME)).toList();
    } finally {
      tx.rollback();
    }
  }

  @Test
  void findByReference_toOneAndToMany_findsReferencingRows() {
    shop.commit(
        tx -> {
          tx.insert(shop.product, product(10, "P-10"));
          tx.insert(shop.product, product(11, "P-11"));
          tx.insert(shop.order, order(100, 1L, 5, List.of(10L, 11L)));
          tx.insert(shop.order, order(101, 1L, 6, List.of(11L)));
          tx.insert(shop.order, order(102, 2L, 7, null));
        });

    assertThat(keys(view -> view.findByReference(shop.order, Shop.ORDER_CUSTOMER, 1L)))
        .containsExactlyInAnyOrder(100L, 101L);
    assertThat(keys(view -> view.findByReference(shop.order, Shop.ORDER_PRODUCTS, 11L)))
        .containsExactlyInAnyOrder(100L, 101L);
    assertThat(keys(view -> view.findByReference(shop.order, Shop.ORDER_PRODUCTS, 10L)))
        .containsExactly(100L);
  }

  @Test
  void findByReference_ownWrites_seesNewAndHidesMoved() {
    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));
    StoreTransaction tx = database.begin();
    tx.update(shop.order, order(100, 2L, 5, null), StoreTransaction.NO_VERSION_CHECK);
    tx.insert(shop.order, order(101, 1L, 6, null));

    try (ReadView view = tx.readView()) {
      assertThat(view.findByReference(shop.order, Shop.ORDER_CUSTOMER, 1L).map(RowSnapshot::key))
          .containsExactly(101L);
      assertThat(view.findByReference(shop.order, Shop.ORDER_CUSTOMER, 2L).map(RowSnapshot::key))
          .containsExactly(100L);
    }
    tx.rollback();
  }

  @Test
  void findByReference_valueSlot_throwsIllegalArgument() {
    assertThatThrownBy(() -> keys(view -> view.findByReference(shop.order, Shop.ORDER_TOTAL, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Slot 1 of table 'PurchaseOrder' holds no reference");
  }

  @Test
  void insert_nonComparableValueInSortedIndex_throwsBeforeCommit() {
    StoreTransaction tx = database.begin();

    assertThatThrownBy(
            () ->
                tx.insert(
                    shop.customer,
                    RowSnapshot.of(9L, 0, new Object[] {"X", "x@", 0, new Object(), null})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sorted index 'IX_customer_score'")
        .hasMessageContaining("not Comparable");
    tx.rollback();
  }
  private static List<Object> keysOf(Iterator<RowSnapshot> rows) {
    List<Object> keys = new ArrayList<>();
    rows.forEachRemaining(row -> keys.add(row.key()));
    return keys;
  }

  @Test
  void lookupRows_committedView_findsWhatLookupFinds() {
    IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
    try (ReadView view = database.readView()) {
      assertThat(keysOf(view.lookupRows(shop.customer, city, "Oslo"))).containsExactlyInAnyOrder(1L, 3L);
      assertThat(keysOf(view.lookupRows(shop.customer, email, "b@"))).containsExactly(2L);
      assertThat(keysOf(view.lookupRows(shop.customer, email, "x@"))).isEmpty();
      assertThat(keysOf(view.lookupRows(shop.customer, city, null))).isEmpty();
    }
  }

  @Test
  void lookupRows_afterACommitMovedTheValue_seesTheViewsCommitOnly() {
    IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
    try (ReadView before = database.readView()) {
      // the index keeps the old entry while the older view may read it: the re-check sorts it out
      shop.commit(tx -> {
        tx.update(shop.customer, customer(1, "Ann", "z@", 1, 30, "Rome"), StoreTransaction.NO_VERSION_CHECK);
        tx.update(shop.customer, customer(2, "Bob", "a@", 1, 10, "Rome"), StoreTransaction.NO_VERSION_CHECK);
      });
      try (ReadView after = database.readView()) {
        assertThat(keysOf(after.lookupRows(shop.customer, email, "a@"))).containsExactly(2L);
        assertThat(keysOf(after.lookupRows(shop.customer, city, "Oslo"))).containsExactly(3L);
      }
      assertThat(keysOf(before.lookupRows(shop.customer, email, "a@"))).containsExactly(1L);
      assertThat(keysOf(before.lookupRows(shop.customer, city, "Oslo"))).containsExactlyInAnyOrder(1L, 3L);
    }
  }

  @Test
  void lookupRows_withOwnWrites_mergesThemAsLookupDoes() {
    StoreTransaction tx = database.begin();
    tx.update(shop.customer, customer(1, "Ann", "a@", 1, 30, "Rome"), StoreTransaction.NO_VERSION_CHECK);
    tx.insert(shop.customer, customer(6, "Fay", "f@", 0, 5, "Oslo"));
    try (ReadView view = tx.readView()) {
      assertThat(keysOf(view.lookupRows(shop.customer, city, "Oslo"))).containsExactlyInAnyOrder(3L, 6L);
      assertThat(keysOf(view.lookupRows(shop.customer, city, "Rome"))).containsExactlyInAnyOrder(1L, 2L, 5L);
    } finally {
      tx.rollback();
    }
  }

  @Test
  void lookupRows_readAfterTheViewClosed_throws() {
    ReadView view = database.readView();
    Iterator<RowSnapshot> rows = view.lookupRows(shop.customer, city, "Oslo");
    view.close();
    assertThatThrownBy(rows::hasNext).isInstanceOf(IllegalStateException.class);
  }

  // a unique bucket of one row holds the version that made it: views pinned across updates, deletes
  // and re-inserts of the same e-mail must still see exactly their own version through it

  private List<Object> namesOf(ReadView view, String email) {
    List<Object> names = new ArrayList<>();
    view.lookupRows(shop.customer, shop.customer.requireIndex("UK_customer_email"), email)
        .forEachRemaining(row -> names.add(row.value(Shop.NAME)));
    return names;
  }

  @Test
  void lookupRows_uniqueBucketAcrossUpdatesKeepingTheValue_eachViewSeesItsVersion() {
    ReadView first = database.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Anne", "a@", 1, 30, "Oslo"), 0));
    ReadView second = database.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Annie", "a@", 2, 30, "Oslo"), 1));

    assertThat(namesOf(first, "a@")).containsExactly("Ann");
    assertThat(namesOf(second, "a@")).containsExactly("Anne");
    first.close();
    second.close();
    try (ReadView now = database.readView()) {
      assertThat(namesOf(now, "a@")).containsExactly("Annie");
    }
  }

  @Test
  void lookupRows_uniqueValueDeletedAndReinsertedByAnotherRow_eachViewSeesItsRow() {
    ReadView before = database.readView();
    shop.commit(tx -> tx.delete(shop.customer, 1L, 0));
    ReadView deleted = database.readView();
    shop.commit(tx -> tx.insert(shop.customer, customer(9, "Ivy", "a@", 0, 1, "Rome")));
    ReadView reinserted = database.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(9, "Ivy", "i@", 1, 1, "Rome"), 0));

    assertThat(namesOf(before, "a@")).containsExactly("Ann");
    assertThat(namesOf(deleted, "a@")).isEmpty();
    assertThat(namesOf(reinserted, "a@")).containsExactly("Ivy");
    assertThat(namesOf(reinserted, "i@")).isEmpty();
    before.close();
    deleted.close();
    reinserted.close();
    try (ReadView now = database.readView()) {
      assertThat(namesOf(now, "a@")).isEmpty();
      assertThat(namesOf(now, "i@")).containsExactly("Ivy");
    }
    shop.commit(tx -> tx.insert(shop.customer, customer(1, "Ann", "a@", 0, 30, "Oslo")));
    try (ReadView now = database.readView()) {
      assertThat(namesOf(now, "a@")).containsExactly("Ann");
    }
  }

  @Test
  void lookupRows_uniqueValueLeavesAndComesBack_viewBetweenSeesNoRow() {
    shop.commit(tx -> tx.update(shop.customer, customer(2, "Bob", "x@", 1, 10, "Rome"), 0));
    ReadView between = database.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(2, "Bob2", "b@", 2, 10, "Rome"), 1));

    assertThat(namesOf(between, "b@")).isEmpty();
    assertThat(namesOf(between, "x@")).containsExactly("Bob");
    between.close();
    try (ReadView now = database.readView()) {
      assertThat(namesOf(now, "b@")).containsExactly("Bob2");
      assertThat(namesOf(now, "x@")).isEmpty();
    }
  }
}
