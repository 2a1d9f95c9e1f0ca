package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.internal.store.Shop.customer;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.testing.WhileWriting;

/**
 * Lookups by a unique value on other threads while the committer grows the hash index from its
 * first size, moves values between rows, deletes and re-inserts them, and clears the table: each
 * view sees at most one row per value, that row holds the value, and rows nobody touches are always
 * found.
 */
class UniqueLookupDuringCommitsTest extends ShopTest {

  private static final int STABLE = 32;
  private static final int CHURN = 2_000;

  private List<RowSnapshot> rows(ReadView view, String email) {
    List<RowSnapshot> rows = new ArrayList<>();
    view.lookupRows(shop.customer, shop.customer.requireIndex("UK_customer_email"), email)
        .forEachRemaining(rows::add);
    return rows;
  }

  private void checkChurn(ReadView view, long i) {
    List<RowSnapshot> found = rows(view, "c" + i + "@");
    assertThat(found).hasSizeLessThanOrEqualTo(1);
    for (RowSnapshot row : found) {
      assertThat(row.value(Shop.EMAIL)).isEqualTo("c" + i + "@");
    }
  }

  @Test
  void lookupRows_duringGrowthMovesDeletesAndReinserts_oneRowPerValueAndStableRowsFound()
      throws Exception {
    for (long i = 1; i <= STABLE; i++) {
      shop.insertCustomers(customer(i, "S" + i, "s" + i + "@", 0));
    }
    Runnable writer =
        () -> {
          // one row per commit: the index grows from its first size while readers probe it
          for (long i = 0; i < CHURN; i++) {
            long id = 1_000 + i;
            shop.insertCustomers(customer(id, "C" + i, "c" + i + "@", 0));
          }
          // move e-mails between rows (a swap through a free value), delete and re-insert them
          for (long i = 0; i + 1 < CHURN; i += 2) {
            long a = 1_000 + i;
            long b = a + 1;
            String first = "c" + i + "@";
            String second = "c" + (i + 1) + "@";
            shop.commit(tx -> tx.update(shop.customer, customer(a, "A", "tmp@", 1), 0));
            shop.commit(tx -> tx.update(shop.customer, customer(b, "B", first, 1), 0));
            shop.commit(tx -> tx.update(shop.customer, customer(a, "A", second, 2), 1));
            shop.commit(tx -> tx.delete(shop.customer, b, 1));
            shop.commit(tx -> tx.insert(shop.customer, customer(b, "B", first, 0)));
          }
        };
    Runnable reader =
        () -> {
          try (ReadView view = database.readView()) {
            for (long i = 1; i <= STABLE; i++) {
              List<RowSnapshot> found = rows(view, "s" + i + "@");
              assertThat(found).hasSize(1);
              assertThat(found.get(0).key()).isEqualTo(i);
            }
            for (long i = 0; i < CHURN; i += 13) {
              checkChurn(view, i);
            }
            assertThat(rows(view, "tmp@")).hasSizeLessThanOrEqualTo(1);
          }
        };

    assertThat(WhileWriting.read(writer, reader)).isPositive();
    try (ReadView view = database.readView()) {
      assertThat(rows(view, "c0@")).extracting(RowSnapshot::key).containsExactly(1_001L);
      assertThat(rows(view, "c1@")).extracting(RowSnapshot::key).containsExactly(1_000L);
      assertThat(rows(view, "tmp@")).isEmpty();
    }
  }

  @Test
  void lookupRows_duringRepeatedClears_findsWholeRowsOrNothing() throws Exception {
    Runnable writer =
        () -> {
          for (int round = 0; round < 20; round++) {
            for (long i = 0; i < 200; i++) {
              long id = i;
              shop.insertCustomers(customer(id, "C" + i, "c" + i + "@", 0));
            }
            if (round % 2 == 0) {
              database.clear();
            } else {
              database.clear(shop.customer);
            }
          }
        };
    Runnable reader =
        () -> {
          try (ReadView view = database.readView()) {
            for (long i = 0; i < 200; i += 3) {
              checkChurn(view, i);
            }
          }
        };

    assertThat(WhileWriting.read(writer, reader)).isPositive();
    try (ReadView view = database.readView()) {
      assertThat(rows(view, "c0@")).isEmpty();
    }
  }
}
