package org.memoryjpa.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.Store;

/**
 * The two providers every differential test runs on: memory-jpa, and the reference, Hibernate 7 with
 * an in-memory H2 database. A scenario passes only if it passes on both with the same assertions.
 */
public enum Provider {
  MEMORY {
    @Override
    public EntityManagerFactory create(Map<String, Object> properties, Class<?>... classes) {
      PersistenceConfiguration configuration = new PersistenceConfiguration("memory-" + COUNTER.incrementAndGet())
          .provider(MemoryPersistenceProvider.class.getName());
      for (Class<?> type : classes) {
        configuration.managedClass(type);
      }
      configuration.properties(properties);
      return configuration.createEntityManagerFactory();
    }

    @Override
    public void reset(EntityManagerFactory factory) {
      factory.unwrap(Store.class).clear();
    }

    @Override
    public Map<String, Object> sharedDatabase(String name, String schemaAction) {
      return Map.of(ConfigurationKeys.STORE, name, PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, schemaAction);
    }
  },
  HIBERNATE {
    @Override
    public EntityManagerFactory create(Map<String, Object> properties, Class<?>... classes) {
      String name = "hibernate-" + COUNTER.incrementAndGet();
      PersistenceConfiguration configuration = new PersistenceConfiguration(name)
          .provider("org.hibernate.jpa.HibernatePersistenceProvider")
          .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
          .property(PersistenceConfiguration.JDBC_USER, "sa")
          .property(PersistenceConfiguration.JDBC_PASSWORD, "")
          .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
          .property("hibernate.show_sql", "false");
      for (Class<?> type : classes) {
        configuration.managedClass(type);
      }
      configuration.properties(properties);
      return configuration.createEntityManagerFactory();
    }

    @Override
    public void reset(EntityManagerFactory factory) {
      factory.getSchemaManager().truncate();
    }

    @Override
    public Map<String, Object> sharedDatabase(String name, String schemaAction) {
      return Map.of(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
          PersistenceConfiguration.JDBC_USER, "sa",
          PersistenceConfiguration.JDBC_PASSWORD, "",
          PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, schemaAction);
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** A new factory over the given entity classes. */
  public abstract EntityManagerFactory create(Map<String, Object> properties, Class<?>... classes);

  /** A new factory over the given entity classes, with no extra properties. */
  public EntityManagerFactory create(Class<?>... classes) {
    return create(Map.of(), classes);
  }

  /** Deletes all data, so the next test starts from an empty database. */
  public abstract void reset(EntityManagerFactory factory);

  /**
   * Properties under which factories of this provider share the database called {@code name}, and
   * it outlives them: memory-jpa's named store, or an H2 in-memory database with
   * {@code DB_CLOSE_DELAY=-1}; with that standard schema-generation database action.
   */
  public abstract Map<String, Object> sharedDatabase(String name, String schemaAction);
}
