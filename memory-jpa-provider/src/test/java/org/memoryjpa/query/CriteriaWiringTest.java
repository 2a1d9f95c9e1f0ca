package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.session.MemoryQuery;
import org.memoryjpa.testing.Provider;

/**
 * How memory-jpa runs a Criteria query, where the API leaves it to the provider: the factory's one
 * builder, the query's parameters (the {@code ParameterExpression} objects, never the generated
 * literal parameters), the canonical JPQL it compiles to, typed arrays and named Criteria queries.
 */
class CriteriaWiringTest {

  private static EntityManagerFactory emf;

  @BeforeAll
  static void open() {
    emf = Provider.MEMORY.create(QueryData.CLASSES);
    QueryData.fill(emf);
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void criteriaBuilder_isTheFactorysOne() {
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.getCriteriaBuilder()).isSameAs(emf.getCriteriaBuilder());
    }
  }

  @Test
  void parameters_areTheExpressions_andLiteralsStayHidden() {
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    ParameterExpression<Integer> min = cb.parameter(Integer.class, "min");
    ParameterExpression<Tier> tier = cb.parameter(Tier.class);
    q.select(c.get("name")).where(cb.ge(c.get("age"), min), cb.equal(c.get("tier"), tier),
        cb.equal(c.get("status"), Status.ACTIVE)).orderBy(cb.asc(c.get("id")));
    try (EntityManager em = emf.createEntityManager()) {
      TypedQuery<String> query = em.createQuery(q);
      assertThat(query.getParameters()).containsExactly(min, tier);
      assertThat(query.getParameter("min")).isSameAs(min);
      assertThatThrownBy(query::getResultList).hasMessageStartingWith(
          "No argument for parameter ':min'");
      query.setParameter(min, 30);
      assertThatThrownBy(query::getResultList).hasMessageStartingWith(
          "No argument for the unnamed parameter of type 'Tier'");
      assertThatThrownBy(() -> query.getParameterValue(tier)).isInstanceOf(IllegalStateException.class)
          .hasMessage("The unnamed parameter of type 'Tier' is not bound");
      assertThatIllegalArgumentException().isThrownBy(() -> query.getParameter("__criteria_literal_0"));
      assertThatIllegalArgumentException().isThrownBy(() -> query.setParameter("__criteria_literal_0", Status.NEW));
      assertThatIllegalArgumentException().isThrownBy(() -> query.setParameter("min", "old"))
          .withMessageContaining("min");
      assertThat(query.setParameter(min, 30).setParameter(tier, Tier.GOLD).getResultList())
          .containsExactly("Ada", "Dee");
      assertThat(query.unwrap(MemoryQuery.class).toString()).isEqualTo("MemoryQuery[SELECT c0.name FROM Customer c0"
          + " WHERE (c0.age >= :min AND c0.tier = :__criteria_param_0 AND c0.status = :__criteria_literal_0)"
          + " ORDER BY c0.id]");
    }
  }

  @Test
  void typedArray_resultTypeGivesTheArrayClass() {
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaQuery<String[]> q = cb.createQuery(String[].class);
    Root<Customer> c = q.from(Customer.class);
    q.multiselect(c.get("name"), c.get("email")).where(cb.equal(c.get("id"), 1L));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.createQuery(q).getSingleResult()).isInstanceOf(String[].class).containsExactly("Ada", "ada@x.org");
    }
  }

  @Test
  void addNamedQuery_ofACriteriaQuery_keepsItsLiteralsAndParameters() {
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    ParameterExpression<Integer> min = cb.parameter(Integer.class, "min");
    q.select(c.get("name")).where(cb.equal(c.get("tier"), Tier.GOLD), cb.ge(c.get("age"), min))
        .orderBy(cb.asc(c.get("id")));
    try (EntityManager em = emf.createEntityManager()) {
      emf.addNamedQuery("Criteria.goldFrom", em.createQuery(q));
      TypedQuery<String> named = em.createNamedQuery("Criteria.goldFrom", String.class);
      assertThat(named.setParameter(min, 40).getResultList()).containsExactly("Dee");
      assertThat(named.getParameters()).containsExactly(min);
    }
  }
}
