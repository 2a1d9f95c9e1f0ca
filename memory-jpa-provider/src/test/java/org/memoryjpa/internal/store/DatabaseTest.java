package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.order;

import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Management operations, table definition and the registry of shared stores. */
class DatabaseTest extends ShopTest {

  @Test
  void count_committedRowsOnly() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    StoreTransaction pending = database.begin();
    pending.insert(shop.customer, customer(3, "Cid", "c@", 0));

    assertThat(database.count(shop.customer)).isEqualTo(2);
    assertThat(database.count(shop.order)).isZero();
    pending.rollback();
  }

  @Test
  void clear_everything_emptiesAllTables() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));

    database.clear();

    assertThat(database.count(shop.customer)).isZero();
    assertThat(database.count(shop.order)).isZero();
    assertThat(shop.customer.rows.values()).isEmpty();
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    assertThat(database.count(shop.customer)).isEqualTo(1);
  }

  @Test
  void clear_oneTable_leavesOthers() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.insert(shop.product, Shop.product(1, "P")));

    database.clear(shop.product);

    assertThat(database.count(shop.product)).isZero();
    assertThat(database.count(shop.customer)).isEqualTo(1);
  }

  @Test
  void clear_whileReadViewOpen_viewKeepsItsSnapshot() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    StoreTransaction reader = database.begin();
    ReadView view = reader.readView();

    database.clear();

    assertThat(view.scan(shop.customer)).hasSize(2);
    IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
    assertThat(view.lookup(shop.customer, email, "b@")).hasSize(1);
    assertThat(database.count(shop.customer)).isZero();
    database.checkInvariants();
    reader.rollback();
    assertThat(shop.customer.rows.values()).as("pruned once the view let go").isEmpty();
  }

  @Test
  void clear_whileTransactionInserts_insertStillCommits() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    StoreTransaction tx = database.begin();
    tx.insert(shop.customer, customer(2, "Bob", "a@", 0));

    database.clear();
    tx.commit();

    assertThat(database.count(shop.customer)).isEqualTo(1);
    assertThat(shop.committed(shop.customer, 2L)).isNotNull();
  }

  @Test
  void defineTable_sameSchemaAgain_returnsExistingTable() {
    Table again = database.defineTable(Shop.customerSchema());

    assertThat(again).isSameAs(shop.customer);
  }

  @Test
  void defineTable_otherSchemaUnderSameName_throwsPersistenceException() {
    TableSchema other =
        TableSchema.builder("Customer").column(ColumnSchema.value("name")).build();

    assertThatThrownBy(() -> database.defineTable(other))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("Table 'Customer' is already defined in store '")
        .hasMessageContaining("memoryjpa.store");
  }

  @Test
  void defineTable_referenceToUndefinedTable_throwsIllegalArgument() {
    TableSchema orphan =
        TableSchema.builder("Line").column(ColumnSchema.reference("invoice", "Invoice")).build();

    assertThatThrownBy(() -> database.defineTable(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("references table 'Invoice'");
    assertThat(database.findTable("Line")).isEmpty();
  }

  @Test
  void defineTables_mutualReferences_wiredBothWays() {
    Database fresh = Databases.createPrivate();
    List<Table> tables =
        fresh.defineTables(
            List.of(
                TableSchema.builder("A").column(ColumnSchema.reference("b", "B")).build(),
                TableSchema.builder("B").column(ColumnSchema.reference("a", "A")).build()));

    assertThat(tables.get(0).targets[0]).isSameAs(tables.get(1));
    assertThat(tables.get(1).targets[0]).isSameAs(tables.get(0));
    assertThat(fresh.tables()).extracting(Table::name).containsExactly("A", "B");
  }

  @Test
  void requireTable_unknownName_listsKnownTables() {
    assertThatThrownBy(() -> database.requireTable("Custmer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown table 'Custmer'")
        .hasMessageContaining("Customer");
  }

  @Test
  void requireIndex_unknownName_listsKnownIndexes() {
    assertThatThrownBy(() -> shop.customer.requireIndex("IX_nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown index 'IX_nope' of table 'Customer'")
        .hasMessageContaining("UK_customer_email");
  }

  @Test
  void acquire_sameName_returnsSameDatabaseUntilDropped() {
    String name = "database-test-" + System.nanoTime();
    try {
      Database first = Databases.acquire(name);
      Shop shared = new Shop(first);
      shared.insertCustomers(customer(1, "Ann", "a@", 0));

      Database second = Databases.acquire(name);
      assertThat(second).isSameAs(first);
      assertThat(new Shop(second).committed(second.requireTable("Customer"), 1L)).isNotNull();

      assertThat(Databases.drop(name)).isTrue();
      Database third = Databases.acquire(name);
      assertThat(third).isNotSameAs(first);
      assertThat(third.tables()).isEmpty();
    } finally {
      Databases.drop(name);
    }
  }

  @Test
  void createPrivate_eachCall_newDatabaseOutsideRegistry() {
    Database first = Databases.createPrivate();
    Database second = Databases.createPrivate();

    assertThat(first).isNotSameAs(second);
    assertThat(first.name()).isNotEqualTo(second.name());
    assertThat(Databases.find(first.name())).isEmpty();
  }
}
