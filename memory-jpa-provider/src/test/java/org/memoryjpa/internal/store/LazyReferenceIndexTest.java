package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.order;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.ConstraintViolationException;
import org.memoryjpa.testing.WhileWriting;

/**
 * Reference indexes built on first need: commits leave them empty until a {@code findByReference},
 * a delete's foreign-key check or an exclusive list's check needs them; then they cover every version
 * a pinned reader may still see, are maintained by later commits and pruning, and a truncate drops
 * them again.
 */
class LazyReferenceIndexTest extends ShopTest {

  private RowIndex byCustomer() {
    return shop.order.referenceIndex(Shop.ORDER_CUSTOMER);
  }

  private List<Object> ordersOf(ReadView view, long customerId) {
    return view.findByReference(shop.order, Shop.ORDER_CUSTOMER, customerId)
        .map(RowSnapshot::key)
        .toList();
  }

  private List<Object> ordersOf(long customerId) {
    StoreTransaction tx = database.begin();
    try (ReadView view = tx.readView()) {
      return ordersOf(view, customerId);
    } finally {
      tx.rollback();
    }
  }

  private void insertOrders(long customerId, long firstId, long lastId) {
    shop.commit(
        tx -> {
          for (long id = firstId; id <= lastId; id++) {
            tx.insert(shop.order, order(id, customerId, 5, null));
          }
        });
  }

  @Test
  void commit_insertingChildren_leavesReferenceIndexUnbuilt() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    insertOrders(1L, 1, 50);

    assertThat(byCustomer().isBuilt()).isFalse();
    assertThat(byCustomer().entries.valueCount()).isZero();
    // other indexes are kept at every commit
    assertThat(shop.order.runtimeIndex(shop.order.requireIndex("IX_order_total")).entries.valueCount())
        .isEqualTo(1);
  }

  @Test
  void findByReference_firstCall_buildsIndexThatLaterCommitsMaintain() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    insertOrders(1L, 1, 3);

    assertThat(ordersOf(1L)).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(byCustomer().isBuilt()).isTrue();

    insertOrders(2L, 4, 5);
    shop.commit(tx -> tx.update(shop.order, order(1, 2L, 5, null), StoreTransaction.NO_VERSION_CHECK));
    assertThat(ordersOf(1L)).containsExactlyInAnyOrder(2L, 3L);
    assertThat(ordersOf(2L)).containsExactlyInAnyOrder(1L, 4L, 5L);
    assertThat(byCustomer().entries.contains(1L, 1L)).isFalse();
  }

  @Test
  void findByReference_buildWhileOlderViewPinned_olderViewStillSeesItsVersions() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    insertOrders(1L, 1, 2);
    StoreTransaction reader = database.begin();
    ReadView before = reader.readView();
    // the older versions stay in the chains while the view is open; the build must index them too
    shop.commit(tx -> tx.update(shop.order, order(1, 2L, 5, null), StoreTransaction.NO_VERSION_CHECK));
    shop.commit(tx -> tx.delete(shop.order, 2L, StoreTransaction.NO_VERSION_CHECK));

    assertThat(ordersOf(2L)).containsExactly(1L);
    assertThat(ordersOf(1L)).isEmpty();
    assertThat(ordersOf(before, 1L)).containsExactlyInAnyOrder(1L, 2L);
    assertThat(ordersOf(before, 2L)).isEmpty();
    database.checkInvariants();

    reader.rollback();
    assertThat(byCustomer().entries.contains(1L, 1L)).isFalse();
    assertThat(byCustomer().entries.contains(1L, 2L)).isFalse();
    assertThat(byCustomer().entries.contains(2L, 1L)).isTrue();
  }

  @Test
  void findByReference_ownUncommittedChildrenThenRollback_indexHoldsCommittedOnly() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    insertOrders(1L, 1, 1);
    StoreTransaction tx = database.begin();
    tx.insert(shop.order, order(2, 1L, 5, null));
    try (ReadView view = tx.readView()) {
      assertThat(ordersOf(view, 1L)).containsExactlyInAnyOrder(1L, 2L);
    }

    tx.rollback();

    assertThat(ordersOf(1L)).containsExactly(1L);
    assertThat(byCustomer().entries.contains(1L, 2L)).isFalse();
  }

  @Test
  void commit_deletingReferencedParentBeforeAnyLookup_failsWithForeignKeyViolation() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    insertOrders(1L, 1, 1);

    StoreTransaction tx = database.begin();
    tx.delete(shop.customer, 1L, StoreTransaction.NO_VERSION_CHECK);
    assertThatThrownBy(tx::commit)
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("Customer#1");
    tx.rollback();
    shop.commit(t -> t.delete(shop.customer, 2L, StoreTransaction.NO_VERSION_CHECK));

    assertThat(shop.committed(shop.customer, 1L)).isNotNull();
    assertThat(shop.committed(shop.customer, 2L)).isNull();
  }

  @Test
  void clear_withNoReaderPinned_dropsRowsAndIndexesWholesale() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, 30, "Oslo"));
    insertOrders(1L, 1, 20);
    assertThat(ordersOf(1L)).hasSize(20);

    database.clear();

    assertThat(shop.order.rows.values()).isEmpty();
    assertThat(shop.customer.rows.values()).isEmpty();
    assertThat(byCustomer().isBuilt()).isFalse();
    for (Table table : database.tables()) {
      for (RowIndex index : table.indexes) {
        assertThat(index.entries.valueCount()).as(index.definition().name()).isZero();
      }
    }
    shop.insertCustomers(customer(1, "Ann", "a@", 0, 30, "Oslo"));
    insertOrders(1L, 21, 22);
    assertThat(ordersOf(1L)).containsExactlyInAnyOrder(21L, 22L);
  }

  @Test
  void clear_withReaderPinnedBefore_readerKeepsItsRowsUntilItEnds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    insertOrders(1L, 1, 3);
    assertThat(ordersOf(1L)).hasSize(3);
    StoreTransaction reader = database.begin();
    ReadView before = reader.readView();

    database.clear(shop.order);

    assertThat(ordersOf(before, 1L)).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(ordersOf(1L)).isEmpty();
    assertThat(byCustomer().isBuilt()).isTrue();
    database.checkInvariants();
    reader.rollback();
    assertThat(shop.order.rows.values()).isEmpty();
    assertThat(byCustomer().entries.valueCount()).isZero();
  }

  @Test
  void findByReference_whileChildrenCommittedAndTableTruncated_seesEachCommitWhole()
      throws Exception {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    // rounds of one child per commit in id order, each round ended by a truncate that drops the
    // index (or prunes it, when the reader is pinned before it): every commit point sees 1..k
    Runnable writer =
        () -> {
          for (int round = 0; round < 40; round++) {
            for (long id = 1; id <= 50; id++) {
              insertOrders(1L, id, id);
            }
            database.clear(shop.order);
          }
        };
    Runnable reader =
        () -> {
          List<Object> seen = ordersOf(1L);
          assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
          long max = seen.stream().mapToLong(key -> (Long) key).max().orElse(0);
          assertThat(max).isEqualTo(seen.size());
        };

    assertThat(WhileWriting.read(writer, reader)).isPositive();
    assertThat(ordersOf(1L)).isEmpty();
  }
}
