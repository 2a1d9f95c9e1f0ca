package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.product;

import jakarta.persistence.OptimisticLockException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimisticVersionTest extends ShopTest {

  @Test
  void update_expectedVersionMatches_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Anna", "a@", 1), 0));

    assertThat(shop.committed(shop.customer, 1L).value(Shop.VERSION)).isEqualTo(1);
  }

  @Test
  void update_staleExpectedVersion_throwsOptimisticLock() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Anna", "a@", 1), 0));
    StoreTransaction stale = database.begin();

    assertThatThrownBy(() -> stale.update(shop.customer, customer(1, "Annie", "a@", 1), 0))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessage(
            "Row 'Customer#1' has version '1' but the write expected version '0': another"
                + " transaction changed it; reload it and retry");
    assertThat(stale.hasWrites()).isFalse();
    stale.rollback();
  }

  @Test
  void update_versionOfOtherNumberType_comparesByValue() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Anna", "a@", 1), 0L));

    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Anna");
  }

  @Test
  void delete_staleExpectedVersion_throwsOptimisticLock() {
    shop.insertCustomers(customer(1, "Ann", "a@", 3));
    StoreTransaction tx = database.begin();

    assertThatThrownBy(() -> tx.delete(shop.customer, 1L, 2))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("'Customer#1' has version '3'");
    tx.rollback();
  }

  @Test
  void update_rowDeletedByAnotherTransaction_throwsOptimisticLock() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.delete(shop.customer, 1L, 0));
    StoreTransaction tx = database.begin();

    assertThatThrownBy(
            () ->
                tx.update(
                    shop.customer,
                    customer(1, "Anna", "a@", 1),
                    StoreTransaction.NO_VERSION_CHECK))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageStartingWith(
            "Row 'Customer#1' does not exist: another transaction deleted it, or it was never"
                + " committed");
    tx.rollback();
  }

  @Test
  void delete_rowDeletedByAnotherTransaction_throwsOptimisticLock() {
    shop.commit(tx -> tx.insert(shop.product, product(1, "P")));
    shop.commit(tx -> tx.delete(shop.product, 1L, StoreTransaction.NO_VERSION_CHECK));
    StoreTransaction tx = database.begin();

    assertThatThrownBy(() -> tx.delete(shop.product, 1L, StoreTransaction.NO_VERSION_CHECK))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("'Product#1' does not exist");
    tx.rollback();
  }

  @Test
  void update_ownPendingRowWithStaleVersion_throwsOptimisticLock() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction tx = database.begin();
    tx.update(shop.customer, customer(1, "Anna", "a@", 1), 0);

    assertThatThrownBy(() -> tx.update(shop.customer, customer(1, "Annie", "a@", 2), 0))
        .isInstanceOf(OptimisticLockException.class);
    tx.update(shop.customer, customer(1, "Annie", "a@", 2), 1);
    tx.commit();
    assertThat(shop.committed(shop.customer, 1L).value(Shop.VERSION)).isEqualTo(2);
  }

  @Test
  void update_versionOnUnversionedTable_throwsIllegalArgument() {
    shop.commit(tx -> tx.insert(shop.product, product(1, "P")));
    StoreTransaction tx = database.begin();

    assertThatThrownBy(() -> tx.update(shop.product, product(1, "Q"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Product' has no version column")
        .hasMessageContaining("NO_VERSION_CHECK");
    tx.rollback();
  }

  @Test
  void commit_rowClearedAfterUpdate_throwsOptimisticLockAndPublishesNothing() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction tx = database.begin();
    tx.update(shop.customer, customer(1, "Anna", "a@", 1), 0);
    tx.insert(shop.customer, customer(2, "Bob", "b@", 0));
    database.clear();
    Map<String, Object> before = StoreDump.of(database);

    assertThatThrownBy(tx::commit)
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageStartingWith(
            "Row 'Customer#1' was updated or deleted by another transaction after this"
                + " transaction read it");
    assertThat(StoreDump.of(database)).isEqualTo(before);
    assertThat(tx.isActive()).isTrue();
    tx.rollback();
    assertThat(database.count(shop.customer)).isZero();
  }

  @Test
  void update_concurrentUpdateCommittedFirst_secondUpdateThrowsOptimisticLock() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction first = database.begin();
    StoreTransaction second = database.begin();
    RowSnapshot seenBySecond = second.read(shop.customer, 1L);
    first.update(shop.customer, customer(1, "First", "a@", 1), 0);
    first.commit();

    Object expected = seenBySecond.value(Shop.VERSION);
    assertThatThrownBy(
            () -> second.update(shop.customer, customer(1, "Second", "a@", 1), expected))
        .isInstanceOf(OptimisticLockException.class);
    second.rollback();
    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("First");
  }
}
