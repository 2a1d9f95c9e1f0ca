package org.memoryjpa.internal.store;

import org.junit.jupiter.api.AfterEach;

/** Base of the store tests that write: a fresh {@link Shop}, checked for consistency afterwards. */
abstract class ShopTest {

  final Shop shop = new Shop();
  final Database database = shop.database;

  @AfterEach
  void storeIsConsistent() {
    database.checkInvariants();
  }
}
