package org.memoryjpa.internal.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * A small database for store tests: customers (versioned, with a unique email, a composite unique
 * key, a sorted and a hash index), products, orders that reference a customer and a list of products,
 * and a single-table animal hierarchy with a subtype-only not-null column and a self-reference.
 */
final class Shop {

  static final int NAME = 0;
  static final int EMAIL = 1;
  static final int VERSION = 2;
  static final int SCORE = 3;
  static final int CITY = 4;

  static final int ORDER_CUSTOMER = 0;
  static final int ORDER_TOTAL = 1;
  static final int ORDER_PRODUCTS = 2;

  static final int ANIMAL = 0;
  static final int DOG = 1;
  static final int CAT = 2;
  static final int ANIMAL_NAME = 0;
  static final int BARK_VOLUME = 1;
  static final int ANIMAL_PARENT = 2;

  final Database database;
  final Table customer;
  final Table product;
  final Table order;
  final Table animal;

  Shop() {
    this(Databases.createPrivate());
  }

  Shop(Database database) {
    this.database = database;
    List<Table> tables =
        database.defineTables(
            List.of(customerSchema(), productSchema(), orderSchema(), animalSchema()));
    customer = tables.get(0);
    product = tables.get(1);
    order = tables.get(2);
    animal = tables.get(3);
  }

  static TableSchema customerSchema() {
    return TableSchema.builder("Customer")
        .column(ColumnSchema.value("name").notNull())
        .column(ColumnSchema.value("email"))
        .column(ColumnSchema.value("version"))
        .column(ColumnSchema.value("score"))
        .column(ColumnSchema.value("city"))
        .version(VERSION)
        .unique("UK_customer_email", EMAIL)
        .unique("UK_customer_name_city", NAME, CITY)
        .index("IX_customer_score", IndexKind.SORTED, SCORE)
        .index("IX_customer_city", IndexKind.HASH, CITY)
        .build();
  }

  static TableSchema productSchema() {
    return TableSchema.builder("Product")
        .column(ColumnSchema.value("sku").notNull())
        .unique("UK_product_sku", 0)
        .build();
  }

  static TableSchema orderSchema() {
    return TableSchema.builder("PurchaseOrder")
        .column(ColumnSchema.reference("customer", "Customer").notNull())
        .column(ColumnSchema.value("total"))
        .column(ColumnSchema.referenceList("products", "Product").foreignKey("FK_order_products"))
        .index("IX_order_total", IndexKind.SORTED, ORDER_TOTAL)
        .build();
  }

  static TableSchema animalSchema() {
    return TableSchema.builder("Animal")
        .typeNames("Animal", "Dog", "Cat")
        .column(ColumnSchema.value("name").notNull())
        .column(ColumnSchema.value("barkVolume").notNullFor(DOG))
        .column(ColumnSchema.reference("parent", "Animal"))
        .build();
  }

  static RowSnapshot customer(long id, String name, String email, int version) {
    return customer(id, name, email, version, null, null);
  }

  static RowSnapshot customer(
      long id, String name, String email, int version, Integer score, String city) {
    return RowSnapshot.of(id, 0, new Object[] {name, email, version, score, city});
  }

  static RowSnapshot product(long id, String sku) {
    return RowSnapshot.of(id, 0, new Object[] {sku});
  }

  static RowSnapshot order(long id, Long customerId, Integer total, List<Long> products) {
    return RowSnapshot.of(id, 0, new Object[] {customerId, total, products});
  }

  static RowSnapshot animal(long id, int type, String name, Integer barkVolume, Long parent) {
    return RowSnapshot.of(id, type, new Object[] {name, barkVolume, parent});
  }

  /** Runs {@code work} in a transaction and commits it. */
  void commit(Consumer<StoreTransaction> work) {
    StoreTransaction tx = database.begin();
    try {
      work.accept(tx);
      tx.commit();
    } finally {
      tx.rollback();
    }
  }

  /** Commits the given customers. */
  void insertCustomers(RowSnapshot... rows) {
    commit(tx -> List.of(rows).forEach(row -> tx.insert(customer, row)));
  }

  /** The committed row, read in a fresh transaction. */
  RowSnapshot committed(Table table, Object key) {
    StoreTransaction tx = database.begin();
    try {
      return tx.read(table, key);
    } finally {
      tx.rollback();
    }
  }
}
