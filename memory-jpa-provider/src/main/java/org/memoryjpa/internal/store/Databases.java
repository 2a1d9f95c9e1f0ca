package org.memoryjpa.internal.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registry of shared stores in this JVM (class loader), by store name: every factory that names
 * a store gets the same {@link Database} until the store is dropped, as H2's in-memory databases with
 * {@code DB_CLOSE_DELAY=-1}. Factories without a store name get a private database. Thread-safe;
 * static because a store outlives the factories that share it.
 */
public final class Databases {

  private static final ConcurrentHashMap<String, Database> SHARED = new ConcurrentHashMap<>();
  private static final AtomicLong PRIVATE_COUNT = new AtomicLong();

  private Databases() {}

  /** The shared database named {@code name}, created empty on first use. */
  public static Database acquire(String name) {
    SchemaChecks.requireName(name, "store");
    return SHARED.computeIfAbsent(name, Database::new);
  }

  /** The shared database named {@code name}, if it exists. */
  public static Optional<Database> find(String name) {
    return Optional.ofNullable(SHARED.get(name));
  }

  /**
   * Forgets the shared database named {@code name}: the next {@link #acquire} creates a new, empty
   * one. Holders of the old one may go on using it. Returns whether there was one.
   */
  public static boolean drop(String name) {
    return SHARED.remove(name) != null;
  }

  /** A new database that no registry holds, for one factory; named {@code private-N} in messages. */
  public static Database createPrivate() {
    return new Database("private-" + PRIVATE_COUNT.incrementAndGet());
  }
}
