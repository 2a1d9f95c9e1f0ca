package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.spi.PersistenceProvider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.benchmarks.model.Address;
import org.memoryjpa.benchmarks.model.Category;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.OrderLine;
import org.memoryjpa.benchmarks.model.Product;
import org.memoryjpa.benchmarks.model.PurchaseOrder;

/**
 * The two contenders, bootstrapped the JPA 3.2 way (a {@link PersistenceConfiguration} handed straight
 * to the provider, so neither pays for {@code persistence.xml} discovery or the other's presence): the
 * same classes, the same schema action ({@code drop-and-create}, as a test context does), each with its
 * defaults otherwise. Hibernate runs on an in-memory H2 database kept open between factories
 * ({@code DB_CLOSE_DELAY=-1}), memory-jpa on a private store. One H2 default is off:
 * {@code OPTIMIZE_REUSE_RESULTS}, with which H2 answers a query that repeats the previous execution of
 * the same statement (same parameters, no table changed since) with that execution's result instead of
 * running it: a benchmark repeating one query would time that cache, not the query (the GROUP BY
 * workload took 15 µs instead of milliseconds); memory-jpa keeps no result cache either.
 */
public enum Provider {
  MEMORY("memory-jpa") {
    @Override
    PersistenceProvider provider() {
      return new MemoryPersistenceProvider();
    }

    @Override
    PersistenceConfiguration configure(PersistenceConfiguration configuration, String database) {
      return configuration;
    }
  },
  HIBERNATE("Hibernate + H2") {
    @Override
    PersistenceProvider provider() {
      return new HibernatePersistenceProvider();
    }

    @Override
    PersistenceConfiguration configure(PersistenceConfiguration configuration, String database) {
      return configuration
          .property(PersistenceConfiguration.JDBC_URL,
              "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=0")
          .property(PersistenceConfiguration.JDBC_USER, "sa")
          .property(PersistenceConfiguration.JDBC_PASSWORD, "");
    }
  };

  /** The entity and embeddable classes of the unit, in the order both providers are given them. */
  public static final Class<?>[] MANAGED_CLASSES = {
    Customer.class, Address.class, Category.class, Product.class, PurchaseOrder.class, OrderLine.class
  };

  private final String displayName;

  Provider(String displayName) {
    this.displayName = displayName;
    QuietLogging.apply();
  }

  /** The name in tables: "memory-jpa" or "Hibernate + H2". */
  public String displayName() {
    return displayName;
  }

  /** The JMH parameter value: "memory" or "hibernate". */
  public String param() {
    return this == MEMORY ? "memory" : "hibernate";
  }

  /** The provider for a JMH parameter value or enum name, case-insensitive. */
  public static Provider of(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Provider provider : values()) {
      if (provider.param().equals(key) || provider.name().toLowerCase(Locale.ROOT).equals(key)) {
        return provider;
      }
    }
    throw new IllegalArgumentException("Unknown provider '" + name + "'; use 'memory' or 'hibernate'");
  }

  /**
   * A new factory over the benchmark model with an empty schema. {@code database} names the H2
   * database (reusing a name reuses the database, as a test suite does; {@code drop-and-create} empties
   * it); memory-jpa ignores it and uses a private store per factory.
   */
  public EntityManagerFactory bootstrap(String database) {
    PersistenceConfiguration configuration = new PersistenceConfiguration("bench-" + database)
        .provider(provider().getClass().getName())
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create");
    for (Class<?> type : MANAGED_CLASSES) {
      configuration.managedClass(type);
    }
    EntityManagerFactory factory = provider().createEntityManagerFactory(configure(configuration, database));
    if (factory == null) {
      throw new IllegalStateException(displayName + " declined the benchmark's persistence unit");
    }
    return factory;
  }

  abstract PersistenceProvider provider();

  /**
   * Hibernate logs through JUL here (no SLF4J binding): its per-bootstrap INFO lines, and the warning
   * that the built-in connection pool is not for production, stay out of the console and out of the
   * bootstrap timings. Initialised by the first constant's constructor, before any Hibernate class is
   * touched.
   */
  private static final class QuietLogging {
    private static final Logger[] QUIET = {Logger.getLogger("org.hibernate"), Logger.getLogger("org.h2")};
    private static final Logger POOL = Logger.getLogger("org.hibernate.orm.connections.pooling");

    static {
      for (Logger logger : QUIET) {
        logger.setLevel(Level.WARNING);
      }
      POOL.setLevel(Level.SEVERE);
    }

    static void apply() {
      // the static initialiser did it
    }
  }

  abstract PersistenceConfiguration configure(PersistenceConfiguration configuration, String database);
}
