package org.memoryjpa.internal.session;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQueryReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.memoryjpa.internal.metadata.NamedQueryModel;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;

/**
 * The named queries of a factory: the unit's {@code @NamedQuery} declarations, each compiled at
 * bootstrap so that a bad one fails the factory with its name, and those added with {@code
 * EntityManagerFactory.addNamedQuery}, which keep the added query's settings (hints, lock mode, paging,
 * flush mode) but not its arguments. Thread-safe.
 */
final class NamedQueries {

  /** What a named query keeps: its text and the settings a new query object starts with. */
  record Definition(
      String name, String text, Class<?> resultClass, LockModeType lockMode, Map<String, Object> hints,
      int firstResult, int maxResults, FlushModeType flushMode, CriteriaTranslation criteria) {}

  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

  /** Registers and checks the unit's declared named queries. */
  NamedQueries(Map<String, NamedQueryModel> declared, Queries queries) {
    for (NamedQueryModel query : declared.values()) {
      try {
        queries.compile(query.query());
      } catch (IllegalArgumentException e) {
        throw new PersistenceException("Named query '" + query.name() + "' declared on '"
            + query.declaringClass().getName() + "' is invalid: " + e.getMessage(), e);
      }
      definitions.put(query.name(), new Definition(query.name(), query.query(), query.resultClass(),
          query.lockMode(), query.hints(), 0, -1, null, null));
    }
  }

  Definition require(String name, String unit) {
    Definition definition = name == null ? null : definitions.get(name);
    if (definition == null) {
      throw new IllegalArgumentException("No named query '" + name + "' is defined in persistence unit '" + unit
          + "'" + org.memoryjpa.internal.diagnostics.Suggestions.didYouMean(String.valueOf(name),
              definitions.keySet()));
    }
    return definition;
  }

  void add(Definition definition) {
    definitions.put(definition.name(), definition);
  }

  /**
   * The named queries whose result type is assignable to {@code resultType}, as the Javadoc says, so
   * {@code Object.class} lists them all. A query declared without {@code resultClass} is listed for
   * {@code Object.class} alone, never as a reference of a type its results may not have. (Hibernate 7
   * lists a query only for exactly its declared result class.)
   */
  @SuppressWarnings("unchecked")
  <R> Map<String, TypedQueryReference<R>> references(Class<R> resultType) {
    Map<String, TypedQueryReference<R>> references = new LinkedHashMap<>();
    for (Definition definition : definitions.values()) {
      Class<?> declared = definition.resultClass();
      if (resultType == null || resultType == Object.class
          || declared != null && resultType.isAssignableFrom(declared)) {
        references.put(definition.name(), new Reference<>(definition.name(),
            (Class<R>) (declared == null ? Object.class : declared), definition.hints()));
      }
    }
    return references;
  }

  /** A reference to a named query, as {@code getNamedQueries} returns them. */
  record Reference<R>(String getName, Class<? extends R> getResultType, Map<String, Object> getHints)
      implements TypedQueryReference<R> {}
}
