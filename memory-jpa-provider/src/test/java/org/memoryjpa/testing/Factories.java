package org.memoryjpa.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.EnumMap;
import java.util.Map;

/**
 * One factory per provider for a test class, created on first use and reset before each test: a
 * Hibernate + H2 bootstrap costs a second, so differential tests share theirs. Not thread-safe: one
 * test class uses it from one thread.
 */
public final class Factories implements AutoCloseable {

  private final Class<?>[] classes;
  private final Map<String, Object> properties;
  private final Map<Provider, EntityManagerFactory> factories = new EnumMap<>(Provider.class);

  public Factories(Map<String, Object> properties, Class<?>... classes) {
    this.properties = properties;
    this.classes = classes;
  }

  public Factories(Class<?>... classes) {
    this(Map.of(), classes);
  }

  /** The factory of a provider, emptied of the previous test's data. */
  public EntityManagerFactory fresh(Provider provider) {
    EntityManagerFactory factory = factories.computeIfAbsent(provider, p -> p.create(properties, classes));
    provider.reset(factory);
    return factory;
  }

  @Override
  public void close() {
    factories.values().forEach(EntityManagerFactory::close);
    factories.clear();
  }
}
