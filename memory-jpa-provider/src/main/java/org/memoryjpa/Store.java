package org.memoryjpa;

/**
 * The management view of the in-memory store behind an entity manager factory, for tests and
 * tools: reset everything or one entity type in microseconds, and count stored rows. Reach it with
 * {@code emf.unwrap(Store.class)} or {@code em.unwrap(Store.class)}. Thread-safe; clearing while
 * transactions are open never corrupts the store, but those transactions may then fail to commit.
 */
public interface Store {

  /** The store's name: the {@link ConfigurationKeys#STORE} value, or a generated one for a private store. */
  String name();

  /**
   * Deletes every row in the store and restarts its id sequences, as dropping and re-creating the
   * schema would; factories sharing a named store all see it empty.
   */
  void clear();

  /**
   * Deletes every row of one entity's hierarchy table, as if with {@code DELETE FROM}, without
   * cascading; rows of other entities that reference them would dangle, so clear those first.
   *
   * @throws IllegalArgumentException when the class is not an entity of the unit
   */
  void clear(Class<?> entityClass);

  /**
   * How many committed rows hold entities of that class or its subclasses.
   *
   * @throws IllegalArgumentException when the class is not an entity of the unit
   */
  long count(Class<?> entityClass);
}
