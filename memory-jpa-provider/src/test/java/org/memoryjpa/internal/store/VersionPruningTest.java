package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.internal.store.Shop.customer;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Old versions and stale index entries go once no reader can see them, and not before. */
class VersionPruningTest extends ShopTest {

  private int chainLength(Table table, Object key) {
    int length = 0;
    for (RowSnapshot version = table.rows.get(key); version != null; version = version.older) {
      length++;
    }
    return length;
  }

  @Test
  void commit_updateWithoutReaders_keepsOneVersion() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "Oslo"));

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, null, "Rome"), 0));

    assertThat(chainLength(shop.customer, 1L)).isEqualTo(1);
    IndexDefinition city = shop.customer.requireIndex("IX_customer_city");
    assertThat(shop.customer.runtimeIndex(city).entries.contains("Oslo", 1L)).isFalse();
    assertThat(shop.customer.runtimeIndex(city).entries.contains("Rome", 1L)).isTrue();
  }

  @Test
  void commit_updateWhileViewPinned_keepsOldVersionUntilViewCloses() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "Oslo"));
    StoreTransaction reader = database.begin();
    ReadView view = reader.readView();

    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, null, "Rome"), 0));
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 2, null, "Pisa"), 1));

    assertThat(chainLength(shop.customer, 1L)).isEqualTo(3);
    database.checkInvariants();
    assertThat(view.read(shop.customer, 1L).value(Shop.CITY)).isEqualTo("Oslo");
    view.close();
    assertThat(chainLength(shop.customer, 1L)).isEqualTo(1);
    IndexDefinition city = shop.customer.requireIndex("IX_customer_city");
    assertThat(shop.customer.runtimeIndex(city).entries.valueCount()).isEqualTo(1);
    reader.rollback();
  }

  @Test
  void commit_updatesWhileMoreViewsPinnedThanPinSlots_keepEveryVersionAViewSees() {
    // more views than the pin registry has slots: the later ones pin through its overflow set
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "City0"));
    int views = 80;
    ReadView[] pinned = new ReadView[views];
    for (int i = 0; i < views; i++) {
      pinned[i] = database.readView();
      int version = i;
      RowSnapshot next = customer(1, "Ann", "a@", version + 1, null, "City" + (version + 1));
      shop.commit(tx -> tx.update(shop.customer, next, version));
    }

    assertThat(chainLength(shop.customer, 1L)).isEqualTo(views + 1);
    for (int i = 0; i < views; i++) {
      assertThat(pinned[i].read(shop.customer, 1L).value(Shop.CITY)).isEqualTo("City" + i);
    }
    // release from the newest: the oldest pin, in a slot or in the overflow set, holds everything
    for (int i = views - 1; i > 0; i--) {
      pinned[i].close();
      assertThat(chainLength(shop.customer, 1L)).isEqualTo(views + 1);
    }
    assertThat(pinned[0].read(shop.customer, 1L).value(Shop.CITY)).isEqualTo("City0");
    pinned[0].close();
    assertThat(chainLength(shop.customer, 1L)).isEqualTo(1);
    assertThat(database.clock.pinCount()).isZero();
    database.checkInvariants();
  }

  @Test
  void commit_deleteWithoutReaders_removesRow() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));

    shop.commit(tx -> tx.delete(shop.customer, 1L, 0));

    assertThat(shop.customer.rows.get(1L)).isNull();
    IndexDefinition email = shop.customer.requireIndex("UK_customer_email");
    assertThat(shop.customer.runtimeIndex(email).entries.valueCount()).isZero();
  }

  @Test
  void commit_deleteAndReinsertWhilePinned_keepsSharedIndexEntry() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "Oslo"));
    StoreTransaction reader = database.begin();
    ReadView view = reader.readView();
    shop.commit(tx -> tx.delete(shop.customer, 1L, 0));
    shop.commit(tx -> tx.insert(shop.customer, customer(1, "Ann", "a@", 0, null, "Oslo")));

    view.close();

    assertThat(chainLength(shop.customer, 1L)).isEqualTo(1);
    IndexDefinition city = shop.customer.requireIndex("IX_customer_city");
    assertThat(shop.customer.runtimeIndex(city).entries.contains("Oslo", 1L)).isTrue();
    reader.rollback();
  }

  @Test
  void unpin_whileAnotherThreadHoldsCommitLock_leavesGarbageForLaterWithoutInconsistency()
      throws Exception {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "Oslo"));
    StoreTransaction reader = database.begin();
    ReadView old = reader.readView();
    shop.commit(tx -> tx.update(shop.customer, customer(1, "Ann", "a@", 1, null, "Rome"), 0));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () -> {
              database.clock.lock();
              try {
                locked.countDown();
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                database.clock.unlock();
              }
            });
    holder.start();
    locked.await();

    old.close(); // cannot prune: the lock is taken
    release.countDown();
    holder.join();

    assertThat(chainLength(shop.customer, 1L)).isEqualTo(2);
    try (ReadView fresh = reader.readView()) {
      database.checkInvariants();
      assertThat(fresh.read(shop.customer, 1L).value(Shop.CITY)).isEqualTo("Rome");
    }
    reader.rollback();
    shop.commit(tx -> tx.insert(shop.product, Shop.product(1, "P")));
    assertThat(chainLength(shop.customer, 1L)).isEqualTo(1);
  }

  @Test
  void checkInvariants_corruptedIndex_reportsMissingAndStaleEntries() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0, null, "Oslo"));
    RowIndex city = shop.customer.runtimeIndex(shop.customer.requireIndex("IX_customer_city"));
    city.entries.remove("Oslo", 1L);
    city.entries.add("Lima", 1L);

    assertThatThrownBy(database::checkInvariants)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Index 'IX_customer_city' of 'Customer' lacks 'Oslo' -> '1'")
        .hasMessageContaining("Index 'IX_customer_city' of 'Customer' has stale entry 'Lima'");
    city.entries.remove("Lima", 1L);
    city.entries.add("Oslo", 1L);
  }

  @Test
  void checkInvariants_danglingReference_reported() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    shop.commit(tx -> tx.insert(shop.order, Shop.order(100, 1L, 5, null)));
    database.clear(shop.customer); // leaves order 100 dangling, by design

    assertThatThrownBy(database::checkInvariants)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("references 'Customer#1', which does not exist");
    database.clear();
  }

  @Test
  void checkInvariants_duplicateUniqueValue_reported() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0), customer(2, "Bob", "b@", 0));
    RowSnapshot stored = shop.customer.rows.get(2L);
    Object[] bob = stored.copyValues();
    bob[Shop.EMAIL] = "a@";
    // what no caller may do: replace a committed row behind the store's back
    shop.customer.rows.put(2L, RowSnapshot.of(2L, stored.typeTag(), bob).committed(stored.stamp, null));

    assertThatThrownBy(database::checkInvariants)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Unique constraint 'UK_customer_email' violated");
    shop.customer.rows.put(2L, stored);
  }

  @Test
  void checkInvariants_versionLeftBehind_reported() {
    shop.insertCustomers(customer(1, "Ann", "a@", 0));
    RowSnapshot head = shop.customer.rows.get(1L);
    head.older = RowSnapshot.deletion(1L, 0, null);

    assertThatThrownBy(database::checkInvariants)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Customer#1 keeps superseded versions");
    head.older = null;
  }
}
