package org.memoryjpa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Metamodel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memoryjpa.conformance.model.ConformanceData;
import org.memoryjpa.testing.JpqlScript;
import org.memoryjpa.testing.Provider;

/**
 * The Criteria half of the conformance suite: each statement is one JPQL query and the same query
 * built with the Criteria API, run over {@link ConformanceData} on memory-jpa and on Hibernate + H2.
 * Four outcomes per statement (Criteria and JPQL on each provider), rendered as {@link JpqlScript}
 * renders rows so Java types count, must agree: Criteria on memory-jpa with Criteria on Hibernate,
 * Criteria on Hibernate with JPQL on Hibernate, and Criteria on memory-jpa with JPQL on memory-jpa. An
 * error counts as its standard exception type. Rows compare in order only under a top-level ORDER BY
 * of the JPQL. Subclasses hold the statements of one area each; each class fills its own factories
 * once and refills them after a statement that writes (a failed write is rolled back).
 */
abstract class CriteriaConformanceTest {

  /** Builds the Criteria query of a statement on one provider's builder and metamodel. */
  @FunctionalInterface
  interface Build {
    Object build(CriteriaBuilder cb, Metamodel metamodel);
  }

  /**
   * One statement: JPQL, the same query as Criteria, named parameters bound to both, and for an
   * update or delete the query whose rows show the change.
   */
  record Statement(String jpql, Build criteria, Map<String, Object> parameters, String then, boolean fails,
      String beyondH2) {}
  // beyondH2: why H2 cannot run it

  /** The body of a query over one root of a {@code CriteriaQuery<Object>}: returns the finished query. */
  @FunctionalInterface
  interface Body<X> {
    Object build(CriteriaBuilder cb, CriteriaQuery<Object> query, Root<X> root);
  }

  /** A Criteria query of Object results ranging over one entity. */
  static <X> Build from(Class<X> entity, Body<X> body) {
    return (cb, metamodel) -> {
      CriteriaQuery<Object> query = cb.createQuery(Object.class);
      return body.build(cb, query, query.from(entity));
    };
  }

  private static final Map<Class<?>, Map<Provider, EntityManagerFactory>> FACTORIES = new HashMap<>();

  /** The statements of this area. */
  abstract List<Statement> statements();

  static Statement select(String jpql, Build criteria) {
    return new Statement(jpql, criteria, Map.of(), null, false, null);
  }

  static Statement select(String jpql, Map<String, Object> parameters, Build criteria) {
    return new Statement(jpql, criteria, parameters, null, false, null);
  }

  /** A statement that fails on Hibernate; the Criteria query must fail with the same standard type. */
  static Statement failing(String jpql, Build criteria) {
    return new Statement(jpql, criteria, Map.of(), null, true, null);
  }

  /**
   * A statement H2 cannot run (Hibernate passes it to the database, which fails), named with the
   * reason: memory-jpa runs it, so only its Criteria and JPQL outcomes are compared with each other.
   */
  static Statement beyondH2(String reason, String jpql, Build criteria) {
    return new Statement(jpql, criteria, Map.of(), null, false, reason);
  }

  static Statement change(String jpql, String then, Build criteria) {
    return new Statement(jpql, criteria, Map.of(), then, false, null);
  }

  @AfterAll
  static void closeFactories() {
    FACTORIES.values().forEach(factories -> factories.values().forEach(EntityManagerFactory::close));
    FACTORIES.clear();
  }

  @TestFactory
  Stream<DynamicTest> criteriaAgreesWithJpqlAndHibernate() {
    List<Statement> statements = statements();
    assertThat(statements).isNotEmpty();
    return statements.stream().map(statement -> DynamicTest.dynamicTest(statement.jpql(), () -> check(statement)));
  }

  private void check(Statement statement) {
    List<String> memoryCriteria = outcome(Provider.MEMORY, statement, true);
    List<String> memoryJpql = outcome(Provider.MEMORY, statement, false);
    List<String> hibernateCriteria = outcome(Provider.HIBERNATE, statement, true);
    List<String> hibernateJpql = outcome(Provider.HIBERNATE, statement, false);
    boolean ordered = JpqlScript.ordered(statement.then() != null ? statement.then() : statement.jpql());
    String outcomes = "\n  Criteria on memory-jpa: " + memoryCriteria + "\n  JPQL on memory-jpa:     " + memoryJpql
        + "\n  Criteria on Hibernate:  " + hibernateCriteria + "\n  JPQL on Hibernate:      " + hibernateJpql;
    assertThat(hibernateJpql.stream().anyMatch(row -> row.startsWith("!! ")))
        .as("the statement fails on Hibernate" + outcomes)
        .isEqualTo(statement.fails() || statement.beyondH2() != null);
    if (statement.beyondH2() != null) {
      assertThat(hibernateCriteria).as(statement.beyondH2() + outcomes).isEqualTo(hibernateJpql);
      assertThat(memoryCriteria).as("memory-jpa runs what H2 cannot" + outcomes).isNotEmpty()
          .noneMatch(row -> row.startsWith("!! "));
      assertThat(JpqlScript.sameRows(memoryJpql, memoryCriteria, ordered))
          .as("Criteria and JPQL on memory-jpa" + outcomes).isTrue();
      return;
    }
    assertThat(JpqlScript.sameRows(hibernateJpql, hibernateCriteria, ordered))
        .as("Criteria and JPQL on Hibernate (is the Criteria query the JPQL one?)" + outcomes).isTrue();
    assertThat(JpqlScript.sameRows(hibernateCriteria, memoryCriteria, ordered))
        .as("Criteria on memory-jpa and on Hibernate" + outcomes).isTrue();
    assertThat(JpqlScript.sameRows(memoryJpql, memoryCriteria, ordered))
        .as("Criteria and JPQL on memory-jpa" + outcomes).isTrue();
  }

  /** The class's factory of a provider, filled with {@link ConformanceData} on first use. */
  private EntityManagerFactory factory(Provider provider) {
    return FACTORIES.computeIfAbsent(getClass(), c -> new EnumMap<>(Provider.class)).computeIfAbsent(provider, p -> {
      EntityManagerFactory emf = p.create(ConformanceData.CLASSES.toArray(Class<?>[]::new));
      ConformanceData.fill(emf);
      return emf;
    });
  }

  private List<String> outcome(Provider provider, Statement statement, boolean criteria) {
    boolean writes = statement.then() != null;
    EntityManagerFactory emf = factory(provider);
    List<String> rows = new ArrayList<>();
    try (EntityManager em = emf.createEntityManager()) {
      if (writes) {
        em.getTransaction().begin();
      }
      try {
        Query query = query(em, statement, criteria);
        statement.parameters().forEach(query::setParameter);
        if (writes) {
          rows.add(String.valueOf(query.executeUpdate()));
          em.getTransaction().commit();
        } else {
          for (Object row : query.getResultList()) {
            rows.add(JpqlScript.row(em, row instanceof Tuple tuple ? tuple.toArray() : row));
          }
        }
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        rows = List.of("!! " + ConformanceScriptTest.standardType(e));
        writes = false;
      }
    }
    if (writes) {
      rows = new ArrayList<>(rows);
      try (EntityManager em = emf.createEntityManager()) {
        for (Object row : em.createQuery(statement.then()).getResultList()) {
          rows.add(JpqlScript.row(em, row));
        }
      }
      // the next statement reads the data as ConformanceData made it
      provider.reset(emf);
      ConformanceData.fill(emf);
    }
    return rows;
  }

  private static Query query(EntityManager em, Statement statement, boolean criteria) {
    if (!criteria) {
      return em.createQuery(statement.jpql());
    }
    Object built = statement.criteria().build(em.getCriteriaBuilder(), em.getMetamodel());
    if (built instanceof CriteriaQuery<?> query) {
      return em.createQuery(query);
    }
    if (built instanceof CriteriaSelect<?> select) {
      return em.createQuery(select);
    }
    if (built instanceof CriteriaUpdate<?> update) {
      return em.createQuery(update);
    }
    return em.createQuery((CriteriaDelete<?>) built);
  }
}
