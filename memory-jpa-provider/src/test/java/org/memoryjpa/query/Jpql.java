package org.memoryjpa.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Short forms for running JPQL in tests: arguments as name/value or position/value pairs. */
final class Jpql {

  private Jpql() {}

  static <T> List<T> list(EntityManager em, Class<T> type, String jpql, Object... arguments) {
    TypedQuery<T> query = em.createQuery(jpql, type);
    bind(query, arguments);
    return query.getResultList();
  }

  static List<?> list(EntityManager em, String jpql, Object... arguments) {
    Query query = em.createQuery(jpql);
    bind(query, arguments);
    return query.getResultList();
  }

  static <T> T single(EntityManager em, Class<T> type, String jpql, Object... arguments) {
    TypedQuery<T> query = em.createQuery(jpql, type);
    bind(query, arguments);
    return query.getSingleResult();
  }

  static void bind(Query query, Object... arguments) {
    for (int i = 0; i < arguments.length; i += 2) {
      if (arguments[i] instanceof Integer position) {
        query.setParameter(position, arguments[i + 1]);
      } else {
        query.setParameter((String) arguments[i], arguments[i + 1]);
      }
    }
  }
}
