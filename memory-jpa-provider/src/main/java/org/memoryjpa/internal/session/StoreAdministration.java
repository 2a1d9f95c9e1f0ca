package org.memoryjpa.internal.session;

import org.memoryjpa.Store;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.store.Table;

/** The {@link Store} view of one factory's store, limited to the unit's tables. Thread-safe. */
final class StoreAdministration implements Store {

  private final MemoryEntityManagerFactory factory;

  StoreAdministration(MemoryEntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public String name() {
    return factory.database().name();
  }

  @Override
  public void clear() {
    factory.database().clear();
  }

  @Override
  public void clear(Class<?> entityClass) {
    factory.database().clear(tableOf(entityClass));
  }

  @Override
  public long count(Class<?> entityClass) {
    EntityModel entity = factory.model().requireEntity(entityClass);
    Table table = factory.table(entity);
    if (entity.isRoot()) {
      return factory.database().count(table);
    }
    var tx = factory.database().begin();
    try (var view = tx.readView()) {
      return view.scan(table)
          .filter(row -> entity.isSupertypeOf(entity.root().selfAndSubtypes().get(row.typeTag())))
          .count();
    } finally {
      tx.rollback();
    }
  }

  private Table tableOf(Class<?> entityClass) {
    return factory.table(factory.model().requireEntity(entityClass));
  }

  @Override
  public String toString() {
    return "Store '" + name() + "'";
  }
}
