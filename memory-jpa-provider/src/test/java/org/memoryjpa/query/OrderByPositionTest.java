package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * An integer literal in ORDER BY is the position of a select item on both providers, in JPQL and in
 * Criteria alike (Hibernate writes a Criteria literal into the SQL, where it becomes a position).
 */
class OrderByPositionTest {

  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void jpqlIntegerLiteral_ordersByThatSelectItem(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<Object[]> rows = em.createQuery("select c.id, c.age from Customer c order by 2 desc nulls last, 1",
          Object[].class).getResultList();
      assertThat(rows).extracting(row -> row[0]).containsExactly(4L, 1L, 3L, 5L, 2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void criteriaIntegerLiteral_ordersByThatSelectItem(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Customer> c = q.from(Customer.class);
      q.multiselect(c.get("name"), c.get("id")).orderBy(cb.desc(cb.literal(1)), cb.asc(c.get("id")));
      List<Object[]> rows = em.createQuery(q).getResultList();
      assertThat(rows).extracting(row -> row[1]).containsExactly(5L, 4L, 3L, 2L, 1L);
    }
  }
}
