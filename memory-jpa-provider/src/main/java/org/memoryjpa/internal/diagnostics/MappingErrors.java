package org.memoryjpa.internal.diagnostics;

import jakarta.persistence.PersistenceException;

/**
 * Builds the {@link PersistenceException}s that fail bootstrap for a mapping error, all in one shape:
 * what is wrong, where (class and attribute), why, and the fix. Stateless.
 */
public final class MappingErrors {

  private MappingErrors() {}

  /** A mapping error on a whole class. */
  public static PersistenceException onClass(Class<?> type, String problem) {
    return new PersistenceException(
        "Mapping error in '" + type.getName() + "': " + problem);
  }

  /** A mapping error on one attribute of a class. */
  public static PersistenceException onAttribute(Class<?> type, String attribute, String problem) {
    return new PersistenceException(
        "Mapping error in '" + type.getName() + "', attribute '" + attribute + "': " + problem);
  }

  /** The same, keeping the cause (a reflective failure, a converter that cannot be built). */
  public static PersistenceException onAttribute(
      Class<?> type, String attribute, String problem, Throwable cause) {
    return new PersistenceException(
        "Mapping error in '" + type.getName() + "', attribute '" + attribute + "': " + problem, cause);
  }
}
