package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.animal;
import static org.memoryjpa.internal.store.Shop.customer;
import static org.memoryjpa.internal.store.Shop.order;
import static org.memoryjpa.internal.store.Shop.product;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.memoryjpa.ConstraintViolationException;
import org.memoryjpa.ConstraintViolationException.Kind;

class ConstraintCheckTest extends ShopTest {

  /**
   * Asserts that the writes fail validate() and, in a second transaction that skips validate(),
   * commit(); that the failed commit changed nothing and left the transaction open; and returns the
   * commit's exception for further assertions.
   */
  private AbstractThrowableAssert<?, ? extends Throwable> assertViolation(
      Consumer<StoreTransaction> writes, Kind kind, String constraint) {
    StoreTransaction validating = database.begin();
    writes.accept(validating);
    assertThatThrownBy(validating::validate)
        .isInstanceOf(ConstraintViolationException.class)
        .extracting(e -> ((ConstraintViolationException) e).getKind())
        .isEqualTo(kind);
    validating.rollback();

    Map<String, Object> before = StoreDump.of(database);
    StoreTransaction committing = database.begin();
    writes.accept(committing);
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(committing::commit);
    assertThat(failure).isInstanceOf(ConstraintViolationException.class);
    ConstraintViolationException violation = (ConstraintViolationException) failure;
    assertThat(violation.getKind()).isEqualTo(kind);
    assertThat(violation.getConstraintName()).isEqualTo(constraint);
    assertThat(StoreDump.of(database)).isEqualTo(before);
    assertThat(committing.isActive()).isTrue();
    committing.rollback();
    return assertThat(failure);
  }

  @Test
  void commit_insertOfCommittedKey_violatesPrimaryKey() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));

    assertViolation(
            tx -> tx.insert(shop.customer, customer(1, "Bob", "bob@x", 0)),
            Kind.PRIMARY_KEY,
            "PK_Customer")
        .hasMessage(
            "Primary key 'PK_Customer' violated on 'Customer' (id) by value '1'; another row"
                + " already has it");
  }

  @Test
  void insert_keyAlreadyInsertedInThisTransaction_throwsAtOnce() {
    StoreTransaction tx = database.begin();
    tx.insert(shop.customer, customer(1, "Ann", "ann@x", 0));

    assertThatThrownBy(() -> tx.insert(shop.customer, customer(1, "Bob", "bob@x", 0)))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("'PK_Customer'");
    assertThat(tx.read(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Ann");
    tx.rollback();
  }

  @Test
  void commit_insertOfKeyDeletedInSameTransaction_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "ann@x", 0));
    shop.commit(
        tx -> {
          tx.delete(shop.customer, 1L, 0);
          tx.insert(shop.customer, customer(1, "Bob", "bob@x", 0));
        });

    assertThat(shop.committed(shop.customer, 1L).value(Shop.NAME)).isEqualTo("Bob");
  }

  @Test
  void commit_duplicateUniqueValueAgainstCommittedRow_violatesUniqueKey() {
    shop.insertCustomers(customer(1, "Ann", "a@b.c", 0));

    assertViolation(
            tx -> tx.insert(shop.customer, customer(2, "Bob", "a@b.c", 0)),
            Kind.UNIQUE,
            "UK_customer_email")
        .hasMessage(
            "Unique constraint 'UK_customer_email' violated on 'Customer' (email) by value"
                + " 'a@b.c'; another row already has it: 'Customer#1'")
        .satisfies(
            e -> {
              ConstraintViolationException violation = (ConstraintViolationException) e;
              assertThat(violation.getEntityName()).isEqualTo("Customer");
              assertThat(violation.getColumns()).containsExactly("email");
            });
  }

  @Test
  void commit_duplicateUniqueValueWithinTransaction_violatesUniqueKey() {
    assertViolation(
            tx -> {
              tx.insert(shop.customer, customer(1, "Ann", "a@b.c", 0));
              tx.insert(shop.customer, customer(2, "Bob", "a@b.c", 0));
            },
            Kind.UNIQUE,
            "UK_customer_email")
        .hasMessageContaining("another row already has it: 'Customer#1'");
  }

  @Test
  void commit_duplicateCompositeUniqueValue_violatesUniqueKey() {
    shop.insertCustomers(customer(1, "Ann", "a1", 0, null, "Oslo"));

    assertViolation(
            tx -> tx.insert(shop.customer, customer(2, "Ann", "a2", 0, null, "Oslo")),
            Kind.UNIQUE,
            "UK_customer_name_city")
        .hasMessageContaining("(name, city) by value '(Ann, Oslo)'");
  }

  @Test
  void commit_uniqueValuesWithNullComponents_allowsDuplicates() {
    shop.insertCustomers(
        customer(1, "Ann", null, 0, null, null), customer(2, "Ann", null, 0, null, null));
    shop.insertCustomers(customer(3, "Ann", null, 0, null, null));

    assertThat(database.count(shop.customer)).isEqualTo(3);
  }

  @Test
  void commit_swapOfUniqueValuesInOneTransaction_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "x@", 0), customer(2, "Bob", "y@", 0));

    shop.commit(
        tx -> {
          tx.update(shop.customer, customer(1, "Ann", "y@", 1), 0);
          tx.update(shop.customer, customer(2, "Bob", "x@", 1), 0);
        });

    assertThat(shop.committed(shop.customer, 1L).value(Shop.EMAIL)).isEqualTo("y@");
    assertThat(shop.committed(shop.customer, 2L).value(Shop.EMAIL)).isEqualTo("x@");
  }

  @Test
  void commit_uniqueValueFreedByDeleteInSameTransaction_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    shop.commit(
        tx -> {
          tx.delete(shop.customer, 1L, 0);
          tx.insert(shop.customer, customer(2, "Ann2", "a@", 0));
        });

    assertThat(database.count(shop.customer)).isEqualTo(1);
  }

  @Test
  void commit_uniqueValueTakenByUpdateOfOtherRow_violatesUniqueKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));

    assertViolation(
        tx -> tx.update(shop.customer, customer(2, "Bob", "a@", 1), 0),
        Kind.UNIQUE,
        "UK_customer_email");
  }

  @Test
  void commit_nullInNotNullColumn_violatesNotNull() {
    assertViolation(
            tx -> tx.insert(shop.customer, customer(1, null, "a@", 0)),
            Kind.NOT_NULL,
            "NN_Customer_name")
        .hasMessageStartingWith(
            "Not-null constraint 'NN_Customer_name' violated on 'Customer' (name) by row"
                + " 'Customer#1'; the column needs a value");
  }

  @Test
  void commit_subtypeColumnNullForOtherType_succeeds() {
    shop.commit(
        tx -> {
          tx.insert(shop.animal, animal(1, Shop.CAT, "Tom", null, null));
          tx.insert(shop.animal, animal(2, Shop.ANIMAL, "Generic", null, null));
        });

    assertThat(database.count(shop.animal)).isEqualTo(2);
  }

  @Test
  void commit_subtypeColumnNullForThatType_violatesNotNull() {
    assertViolation(
            tx -> tx.insert(shop.animal, animal(1, Shop.DOG, "Rex", null, null)),
            Kind.NOT_NULL,
            "NN_Animal_barkVolume")
        .hasMessageContaining("by row 'Animal#1' of type 'Dog'");
  }

  @Test
  void commit_referenceToMissingRow_violatesForeignKey() {
    assertViolation(
            tx -> tx.insert(shop.order, order(100, 7L, 5, null)),
            Kind.FOREIGN_KEY,
            "FK_PurchaseOrder_customer")
        .hasMessage(
            "Foreign key 'FK_PurchaseOrder_customer' violated on 'PurchaseOrder' (customer) by"
                + " value '7': row 'PurchaseOrder#100' references 'Customer#7', which does not"
                + " exist; persist the referenced row in this or an earlier transaction, or clear"
                + " the reference");
  }

  @Test
  void commit_referenceListWithMissingRow_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.insert(shop.product, product(10, "P-10")));

    assertViolation(
            tx -> tx.insert(shop.order, order(100, 1L, 5, List.of(10L, 11L))),
            Kind.FOREIGN_KEY,
            "FK_order_products")
        .hasMessageContaining("references 'Product#11'");
  }

  @Test
  void commit_parentInsertedAfterChildInSameTransaction_succeeds() {
    shop.commit(
        tx -> {
          tx.insert(shop.order, order(100, 1L, 5, List.of(10L)));
          tx.insert(shop.product, product(10, "P-10"));
          tx.insert(shop.customer, customer(1, "Ann", "a@", 0));
        });

    assertThat(database.count(shop.order)).isEqualTo(1);
  }

  @Test
  void commit_selfReferenceInsertedTogether_succeeds() {
    shop.commit(
        tx -> {
          tx.insert(shop.animal, animal(2, Shop.CAT, "Kitten", null, 1L));
          tx.insert(shop.animal, animal(1, Shop.CAT, "Mother", null, 2L));
        });

    assertThat(database.count(shop.animal)).isEqualTo(2);
  }

  @Test
  void commit_deleteOfReferencedRow_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));

    assertViolation(
            tx -> tx.delete(shop.customer, 1L, 0),
            Kind.FOREIGN_KEY,
            "FK_PurchaseOrder_customer")
        .hasMessage(
            "Foreign key 'FK_PurchaseOrder_customer' violated on 'PurchaseOrder' (customer) by"
                + " value '1': 'Customer#1' is deleted while row 'PurchaseOrder#100' still"
                + " references it; delete or reassign the referencing rows first");
  }

  @Test
  void commit_deleteOfRowInReferenceList_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(
        tx -> {
          tx.insert(shop.product, product(10, "P-10"));
          tx.insert(shop.order, order(100, 1L, 5, List.of(10L)));
        });

    assertViolation(
        tx -> tx.delete(shop.product, 10L, StoreTransaction.NO_VERSION_CHECK),
        Kind.FOREIGN_KEY,
        "FK_order_products");
  }

  @Test
  void commit_deleteOfParentAndChildrenTogether_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(
        tx -> {
          tx.insert(shop.order, order(100, 1L, 5, null));
          tx.insert(shop.order, order(101, 1L, 6, null));
        });

    shop.commit(
        tx -> {
          tx.delete(shop.customer, 1L, 0);
          tx.delete(shop.order, 100L, StoreTransaction.NO_VERSION_CHECK);
          tx.delete(shop.order, 101L, StoreTransaction.NO_VERSION_CHECK);
        });

    assertThat(database.count(shop.customer)).isZero();
    assertThat(database.count(shop.order)).isZero();
  }

  @Test
  void commit_childReassignedBeforeParentDeleted_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));

    shop.commit(
        tx -> {
          tx.delete(shop.customer, 1L, 0);
          tx.update(shop.order, order(100, 2L, 5, null), StoreTransaction.NO_VERSION_CHECK);
        });

    assertThat(shop.committed(shop.order, 100L).value(Shop.ORDER_CUSTOMER)).isEqualTo(2L);
  }

  @Test
  void commit_childInsertedForParentDeletedInSameTransaction_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    assertViolation(
        tx -> {
          tx.insert(shop.order, order(100, 1L, 5, null));
          tx.delete(shop.customer, 1L, 0);
        },
        Kind.FOREIGN_KEY,
        "FK_PurchaseOrder_customer");
  }

  @Test
  void validate_violationFixedBeforeCommit_commitSucceeds() {
    StoreTransaction tx = database.begin();
    tx.insert(shop.order, order(100, 1L, 5, null));
    assertThatThrownBy(tx::validate).isInstanceOf(ConstraintViolationException.class);

    tx.insert(shop.customer, customer(1, "Ann", "a@", 0));
    tx.validate();
    tx.commit();

    assertThat(database.count(shop.order)).isEqualTo(1);
  }

  // An update that keeps a value skips the look at committed rows; the transaction's own rows
  // must still be checked against it.

  @Test
  void commit_updateKeepingUniqueValueWhileInsertTakesIt_violatesUniqueKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    assertViolation(
            tx -> {
              tx.update(shop.customer, customer(1, "Ann", "a@", 1, 50, null), 0);
              tx.insert(shop.customer, customer(2, "Bob", "a@", 0));
            },
            Kind.UNIQUE,
            "UK_customer_email")
        .hasMessageContaining("another row already has it: 'Customer#1'");
  }

  @Test
  void commit_insertTakingValueThenUpdateKeepingIt_violatesUniqueKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    assertViolation(
            tx -> {
              tx.insert(shop.customer, customer(2, "Bob", "a@", 0));
              tx.update(shop.customer, customer(1, "Ann", "a@", 1, 50, null), 0);
            },
            Kind.UNIQUE,
            "UK_customer_email")
        .hasMessageContaining("another row already has it: 'Customer#2'");
  }

  @Test
  void commit_updateKeepingUniqueValue_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "Oslo"));

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, 50, "Oslo"), 0));

    assertThat(shop.committed(shop.customer, 1L).value(Shop.SCORE)).isEqualTo(50);
  }

  @Test
  void commit_updateKeepingReferenceToRowDeletedInSameTransaction_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    shop.commit(tx -> tx.insert(shop.order, order(100, 1L, 5, null)));

    assertViolation(
            tx -> {
              tx.update(shop.order, order(100, 1L, 6, null), StoreTransaction.NO_VERSION_CHECK);
              tx.delete(shop.customer, 1L, 0);
            },
            Kind.FOREIGN_KEY,
            "FK_PurchaseOrder_customer")
        .hasMessageContaining("references 'Customer#1'");
  }

  @Test
  void commit_updateKeepingReferenceListWithElementDeletedInSameTransaction_violatesForeignKey() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(
        tx -> {
          tx.insert(shop.product, product(10, "P-10"));
          tx.insert(shop.product, product(11, "P-11"));
          tx.insert(shop.order, order(100, 1L, 5, List.of(10L, 11L)));
        });

    assertViolation(
            tx -> {
              tx.update(
                  shop.order,
                  order(100, 1L, 6, List.of(10L, 11L)),
                  StoreTransaction.NO_VERSION_CHECK);
              tx.delete(shop.product, 11L, StoreTransaction.NO_VERSION_CHECK);
            },
            Kind.FOREIGN_KEY,
            "FK_order_products")
        .hasMessageContaining("references 'Product#11'");
  }

  @Test
  void commit_updateKeepingReferencesWhileOtherTargetsDeleted_succeeds() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    shop.commit(
        tx -> {
          tx.insert(shop.product, product(10, "P-10"));
          tx.insert(shop.product, product(11, "P-11"));
          tx.insert(shop.order, order(100, 1L, 5, List.of(10L)));
        });

    shop.commit(
        tx -> {
          tx.update(shop.order, order(100, 1L, 6, List.of(10L)), StoreTransaction.NO_VERSION_CHECK);
          tx.delete(shop.customer, 2L, 0);
          tx.delete(shop.product, 11L, StoreTransaction.NO_VERSION_CHECK);
        });

    assertThat(shop.committed(shop.order, 100L).value(Shop.ORDER_TOTAL)).isEqualTo(6);
  }
}
