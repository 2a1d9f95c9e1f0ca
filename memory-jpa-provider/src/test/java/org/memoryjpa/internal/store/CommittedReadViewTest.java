package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Database#readView()}: the view a query outside a transaction reads through. It must be as
 * consistent as a transaction's view (pinned at one commit for its whole life) and release its pin.
 */
class CommittedReadViewTest {

  private final Database database = Databases.createPrivate();
  private final Table table =
      database.defineTable(
          TableSchema.builder("Item")
              .column(ColumnSchema.value("name").notNull())
              .index("IX_Item_name", IndexKind.SORTED, 0)
              .build());

  @AfterEach
  void storeIsConsistent() {
    database.checkInvariants();
  }

  @Test
  void readView_afterLaterCommits_seesTheCommitItWasOpenedAt() {
    commitInsert(1L, "a");
    try (ReadView view = database.readView()) {
      commitInsert(2L, "b");
      StoreTransaction update = database.begin();
      update.update(table, RowSnapshot.of(1L, 0, new Object[] {"changed"}), StoreTransaction.NO_VERSION_CHECK);
      update.commit();

      assertThat(view.scan(table).map(row -> row.value(0))).containsExactly("a");
      assertThat(view.read(table, 2L)).isNull();
      assertThat(view.lookup(table, table.schema().indexes().get(0), "a").count()).isEqualTo(1);
    }
    try (ReadView later = database.readView()) {
      assertThat(later.scan(table).map(row -> row.value(0))).containsExactlyInAnyOrder("changed", "b");
    }
  }

  @Test
  void readView_afterClose_throwsAndTableOfAnotherStoreIsRejected() {
    Table foreign =
        Databases.createPrivate()
            .defineTable(TableSchema.builder("Other").column(ColumnSchema.value("name")).build());
    ReadView view = database.readView();
    assertThatThrownBy(() -> view.read(foreign, 1L)).isInstanceOf(IllegalArgumentException.class);
    view.close();
    assertThat(view.isOpen()).isFalse();
    assertThatThrownBy(() -> view.read(table, 1L)).isInstanceOf(IllegalStateException.class);
  }

  private void commitInsert(long key, String name) {
    StoreTransaction tx = database.begin();
    tx.insert(table, RowSnapshot.of(key, 0, new Object[] {name}));
    tx.commit();
  }
}
