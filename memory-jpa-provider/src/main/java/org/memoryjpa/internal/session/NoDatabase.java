package org.memoryjpa.internal.session;

import jakarta.persistence.PersistenceException;

/**
 * The errors for features that cannot exist without a database, each naming what to use instead.
 * Stateless.
 */
final class NoDatabase {

  private NoDatabase() {}

  static PersistenceException nativeQuery() {
    return new PersistenceException(
        "Native SQL queries are not supported: memory-jpa keeps entities in memory and has no SQL"
            + " database; write the query in JPQL (createQuery) or with the Criteria API");
  }

  static PersistenceException storedProcedure() {
    return new PersistenceException(
        "Stored procedures are not supported: memory-jpa has no database to run them in; move the logic"
            + " into Java and JPQL");
  }

  static PersistenceException connection() {
    return new PersistenceException(
        "There is no JDBC connection: memory-jpa keeps entities in memory and has no database;"
            + " use the EntityManager API, JPQL or the Criteria API instead");
  }
}
