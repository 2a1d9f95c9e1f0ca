package org.memoryjpa.internal.session;

import jakarta.persistence.SchemaManager;
import jakarta.persistence.SchemaValidationException;

/**
 * The JPA 3.2 {@link SchemaManager} of a memory-jpa factory. Tables exist in memory as soon as the
 * factory does, so {@code create} has nothing to add; {@code drop} and {@code truncate} delete every
 * row (and restart sequences), which is what a dropped and re-created schema looks like to a JPA
 * program; {@code validate} always passes, because the tables are derived from the mapping itself.
 * Thread-safe.
 */
final class MemorySchemaManager implements SchemaManager {

  private final MemoryEntityManagerFactory factory;

  MemorySchemaManager(MemoryEntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public void create(boolean createSchemas) {
    // the tables were defined when the factory was built
  }

  @Override
  public void drop(boolean dropSchemas) {
    factory.database().clear();
  }

  @Override
  public void validate() throws SchemaValidationException {
    // the store's tables are derived from this very mapping, so they always match it
  }

  @Override
  public void truncate() {
    factory.database().clear();
  }
}
