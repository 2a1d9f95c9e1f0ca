package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.product;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TransactionTest extends ShopTest {

  @Test
  void read_ownInsert_seesIt() {
    StoreTransaction tx = database.begin();
    RowSnapshot row = customer(1, "Ann", "ann@x", 0);
    tx.insert(shop.customer, row);

    assertThat(tx.read(shop.customer, 1L)).isSameAs(row);
    tx.rollback();
  }

  @Test
  void read_otherTransactionsUncommittedInsert_returnsNull() {
    StoreTransaction writer = database.begin();
    writer.insert(shop.customer, customer(1, "Ann", "ann@x", 0));

    StoreTransaction reader = database.begin();
    assertThat(reader.read(shop.customer, 1L)).isNull();
    try (ReadView view = reader.readView()) {
      assertThat(view.read(shop.customer, 1L)).isNull();
      assertThat(view.scan(shop.customer)).isEmpty();
      IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
      assertThat(view.lookup(shop.customer, email, "ann@x")).isEmpty();
    }
    writer.rollback();
    reader.rollback();
  }

  @Test
  void read_otherTransactionsUncommittedUpdateAndDelete_seesCommittedState() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0), customer(2, "Bob", "bob@x", 0));
    StoreTransaction writer = database.begin();
    writer.update(shop.customer, customer(1, "Anna", "anna@x", 1), 0);
    writer.delete(shop.customer, 2L, 0);

    StoreTransaction reader = database.begin();
    assertThat(reader.read(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Ann");
    assertThat(reader.read(shop.customer, 2L)).isNotNull();
    writer.rollback();
    reader.rollback();
  }

  @Test
  void commit_insert_visibleToLaterTransactions() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));

    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Ann");
    assertThat(database.count(shop.customer)).isEqualTo(1);
  }

  @Test
  void read_ownDelete_returnsNull() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    StoreTransaction tx = database.begin();
    tx.delete(shop.customer, 1L, 0);

    assertThat(tx.read(shop.customer, 1L)).isNull();
    try (ReadView view = tx.readView()) {
      assertThat(view.read(shop.customer, 1L)).isNull();
      assertThat(view.scan(shop.customer)).isEmpty();
    }
    tx.rollback();
  }

  @Test
  void rollback_afterInsertsUpdatesDeletes_leavesNoTrace() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0), customer(2, "Bob", "bob@x", 0));
    Map<String, Object> before = StoreDump.of(database);
    StoreTransaction tx = database.begin();
    tx.insert(shop.customer, customer(3, "Cid", "cid@x", 0));
    tx.update(shop.customer, customer(1, "Anna", "ann@x", 1), 0);
    tx.delete(shop.customer, 2L, 0);
    tx.insert(shop.product, product(1, "P-1"));
    tx.validate();

    tx.rollback();

    assertThat(StoreDump.of(database)).isEqualTo(before);
    assertThat(tx.isActive()).isFalse();
    assertThat(shop.committed(shop.customer, 3L)).isNull();
    assertThat(database.begin().readView().scan(shop.product)).isEmpty();
  }

  @Test
  void readView_pinnedBeforeCommit_doesNotSeeIt() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    StoreTransaction reader = database.begin();
    ReadView view = reader.readView();

    shop.commit(
        tx -> {
          tx.update(shop.customer, customer(1, "Anna", "anna@x", 1), 0);
          tx.insert(shop.customer, customer(2, "Bob", "bob@x", 0));
        });

    assertThat(view.read(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Ann");
    assertThat(view.read(shop.customer, 2L)).isNull();
    assertThat(view.scan(shop.customer).map(RowSnapshot::key)).containsExactly(1L);
    IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
    assertThat(view.lookup(shop.customer, email, "ann@x")).hasSize(1);
    assertThat(view.lookup(shop.customer, email, "anna@x")).isEmpty();
    view.close();
    try (ReadView fresh = reader.readView()) {
      assertThat(fresh.read(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Anna");
      assertThat(fresh.lookup(shop.customer, email, "ann@x")).isEmpty();
      assertThat(fresh.lookup(shop.customer, email, "anna@x")).hasSize(1);
    }
    // read() is read committed: it sees the latest commit even in the older transaction
    assertThat(reader.read(shop.customer, 2L)).isNotNull();
    reader.rollback();
  }

  @Test
  void readView_ownWrites_mergedIntoScanAndLookups() {
    shop.insertCustomers(
        customer(1, "Ann", "ann@x", 0, 10, "Oslo"), customer(2, "Bob", "bob@x", 0, 20, "Rome"));
    StoreTransaction tx = database.begin();
    tx.insert(shop.customer, customer(3, "Cid", "cid@x", 0, 15, "Oslo"));
    tx.update(shop.customer, customer(2, "Bob", "bob@x", 1, 20, "Oslo"), 0);
    tx.delete(shop.customer, 1L, 0);

    try (ReadView view = tx.readView()) {
      assertThat(view.scan(shop.customer).map(RowSnapshot::key))
          .containsExactlyInAnyOrder(2L, 3L);
      IndexDefinition city = shop.customer.requireIndex("IX_customer_city");
      assertThat(view.lookup(shop.customer, city, "Oslo").map(RowSnapshot::key))
          .containsExactlyInAnyOrder(2L, 3L);
      assertThat(view.lookup(shop.customer, city, "Rome")).isEmpty();
      IndexDefinition score = shop.customer.requireIndex("IX_customer_score");
      assertThat(view.range(shop.customer, score, KeyRange.all()).map(RowSnapshot::key))
          .containsExactly(3L, 2L);
    }
    tx.rollback();
  }

  @Test
  void stream_consumedAfterViewClosed_throws() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    StoreTransaction tx = database.begin();
    ReadView view = tx.readView();
    Stream<RowSnapshot> rows = view.scan(shop.customer);
    view.close();

    assertThatThrownBy(() -> rows.collect(Collectors.toList()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    tx.rollback();
  }

  @Test
  void commit_transactionEnded_closesViewsAndRejectsUse() {
    StoreTransaction tx = database.begin();
    ReadView view = tx.readView();
    tx.commit();

    assertThat(view.isOpen()).isFalse();
    assertThat(database.clock.pinCount()).isZero();
    assertThatThrownBy(() -> tx.read(shop.customer, 1L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("committed");
    assertThatThrownBy(() -> tx.insert(shop.customer, customer(1, "Ann", "a", 0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commit_readOnly_publishesNothing() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    long before = database.lastCommitted();
    StoreTransaction tx = database.begin();
    tx.read(shop.customer, 1L);

    tx.commit();

    assertThat(database.lastCommitted()).isEqualTo(before);
  }

  @Test
  void delete_ownInsert_forgetsIt() {
    StoreTransaction tx = database.begin();
    tx.insert(shop.customer, customer(1, "Ann", "ann@x", 0));
    tx.delete(shop.customer, 1L, StoreTransaction.NO_VERSION_CHECK);

    assertThat(tx.hasWrites()).isFalse();
    tx.commit();
    assertThat(database.count(shop.customer)).isZero();
  }

  @Test
  void insert_afterOwnDelete_replacesRow() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    shop.commit(
        tx -> {
          tx.delete(shop.customer, 1L, 0);
          tx.insert(shop.customer, customer(1, "Ann2", "ann@x", 0));
        });

    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Ann2");
  }

  @Test
  void update_ownInsert_keepsItAnInsert() {
    shop.commit(
        tx -> {
          tx.insert(shop.customer, customer(1, "Ann", "ann@x", 0));
          tx.update(shop.customer, customer(1, "Anna", "ann@x", 1), 0);
        });

    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Anna");
  }

  @Test
  void insert_wrongSlotCount_throwsIllegalArgument() {
    StoreTransaction tx = database.begin();

    assertThatThrownBy(() -> tx.insert(shop.customer, RowSnapshot.of(1L, 0, new Object[] {"x"})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Customer#1' has 1 values")
        .hasMessageContaining("5 slots");
    assertThat(tx.hasWrites()).isFalse();
    tx.rollback();
  }

  @Test
  void insert_tableOfOtherDatabase_throwsIllegalArgument() {
    Shop other = new Shop();
    StoreTransaction tx = database.begin();

    assertThatThrownBy(() -> tx.insert(other.customer, customer(1, "Ann", "a", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to store");
    tx.rollback();
  }

  @Test
  void insert_orderReferencingProducts_readBackAsList() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    shop.commit(
        tx -> {
          tx.insert(shop.product, product(10, "P-10"));
          tx.insert(shop.product, product(11, "P-11"));
          tx.insert(shop.order, Shop.order(100, 1L, 5, List.of(10L, 11L)));
        });

    assertThat(shop.committed(shop.order, 100L).value(Shop.ORDER_PRODUCTS))
        .isEqualTo(List.of(10L, 11L));
  }
}
