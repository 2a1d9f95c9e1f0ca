package org.memoryjpa.internal.session;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.memoryjpa.internal.metadata.NamedQueryModel;

/**
 * The factory's entry to the query engine: creates JPQL, named and Criteria queries for its entity
 * managers, and keeps the unit's named queries. The query engine itself (parser, planner, evaluator)
 * arrives with the JPQL and Criteria issues; until then query creation fails with a
 * {@link PersistenceException} that says so. Thread-safe.
 */
final class Queries {

  private final MemoryEntityManagerFactory factory;
  private final Map<String, NamedQueryModel> named = new ConcurrentHashMap<>();

  Queries(MemoryEntityManagerFactory factory) {
    this.factory = factory;
    named.putAll(factory.model().namedQueries());
  }

  Query createUntypedQuery(MemoryEntityManager session, String jpql) {
    throw notYet("JPQL queries");
  }

  <T> TypedQuery<T> createQuery(MemoryEntityManager session, String jpql, Class<T> resultClass) {
    throw notYet("JPQL queries");
  }

  <T> TypedQuery<T> createQuery(MemoryEntityManager session, CriteriaQuery<T> query) {
    throw notYet("Criteria queries");
  }

  <T> TypedQuery<T> createQuery(MemoryEntityManager session, CriteriaSelect<T> query) {
    throw notYet("Criteria queries");
  }

  Query createQuery(MemoryEntityManager session, CriteriaUpdate<?> update) {
    throw notYet("Criteria updates");
  }

  Query createQuery(MemoryEntityManager session, CriteriaDelete<?> delete) {
    throw notYet("Criteria deletes");
  }

  <T> TypedQuery<T> createNamedQuery(MemoryEntityManager session, String name, Class<T> resultClass) {
    if (name == null || !named.containsKey(name)) {
      throw new IllegalArgumentException("No named query '" + name + "' is defined in persistence unit '"
          + factory.getName() + "'");
    }
    throw notYet("Named queries");
  }

  CriteriaBuilder criteriaBuilder() {
    throw notYet("The Criteria API");
  }

  void addNamedQuery(String name, Query query) {
    throw notYet("Named queries added at run time");
  }

  /**
   * The named queries whose result type is assignable to {@code resultType}, as the Javadoc says, so
   * {@code Object.class} lists them all. A query declared without {@code resultClass} has a result
   * type only its select clause tells; until the query engine reads it, such a query is listed for
   * {@code Object.class} alone, never as a reference of a type its results may not have. (Hibernate 7
   * lists a query only for exactly its declared result class.)
   */
  @SuppressWarnings("unchecked")
  <R> Map<String, TypedQueryReference<R>> namedQueries(Class<R> resultType) {
    Map<String, TypedQueryReference<R>> references = new LinkedHashMap<>();
    for (NamedQueryModel query : named.values()) {
      Class<?> declared = query.resultClass();
      if (resultType == null || resultType == Object.class
          || declared != null && resultType.isAssignableFrom(declared)) {
        references.put(query.name(), new NamedQueryReference<>(query.name(),
            (Class<R>) (declared == null ? Object.class : declared), query.hints()));
      }
    }
    return references;
  }

  private static PersistenceException notYet(String what) {
    return new PersistenceException(what + " are not available in this build of memory-jpa yet;"
        + " use find(), getReference() and the EntityManager operations meanwhile");
  }

  /** A reference to a named query, as {@code getNamedQueries} returns them. */
  record NamedQueryReference<R>(String getName, Class<? extends R> getResultType, Map<String, Object> getHints)
      implements TypedQueryReference<R> {}
}
