package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memoryjpa.testing.Provider;

/**
 * The query timeout: a run that passes it throws {@code QueryTimeoutException} and leaves the
 * transaction usable (3.11.x: the timed-out statement alone is rolled back).
 */
class QueryTimeoutTest {

  /** A cross join no machine finishes in a second: 300^4 combinations. */
  private static final String ENDLESS = "select count(a) from Product a, Product b, Product c, Product d"
      + " where a.weight + b.weight + c.weight + d.weight < 0";

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  private EntityManagerFactory products(Map<String, Object> properties) {
    emf = Provider.MEMORY.create(properties, QueryData.CLASSES);
    emf.runInTransaction(em -> {
      for (long id = 1; id <= 300; id++) {
        em.persist(new Product(id, "P" + id, id * 0.5, null));
      }
    });
    return emf;
  }

  private static void timesOutKeepingTheTransaction(EntityManager em, Consumer<TypedQuery<Long>> timeout) {
    em.getTransaction().begin();
    TypedQuery<Long> query = em.createQuery(ENDLESS, Long.class);
    timeout.accept(query);
    assertThatThrownBy(query::getSingleResult)
        .isInstanceOf(QueryTimeoutException.class)
        .hasMessageStartingWith("The query ran longer than its timeout of 200 ms");
    assertThat(em.getTransaction().getRollbackOnly()).isFalse();
    assertThat(em.createQuery("select count(p) from Product p", Long.class).getSingleResult()).isEqualTo(300L);
    em.getTransaction().commit();
  }

  @Test
  void getSingleResult_pastTheTimeoutHint_throwsQueryTimeoutAndKeepsTheTransaction() {
    try (EntityManager em = products(Map.of()).createEntityManager()) {
      timesOutKeepingTheTransaction(em, query -> query.setHint("jakarta.persistence.query.timeout", 200));
    }
  }

  @Test
  void getSingleResult_pastSetTimeout_throwsQueryTimeout() {
    try (EntityManager em = products(Map.of()).createEntityManager()) {
      timesOutKeepingTheTransaction(em, query -> query.setTimeout(200));
      assertThat(em.createQuery(ENDLESS).setTimeout(200).getTimeout()).isEqualTo(200);
    }
  }

  @Test
  void getSingleResult_pastTheFactoryOrEntityManagerProperty_throwsQueryTimeout() {
    try (EntityManager em = products(Map.of("jakarta.persistence.query.timeout", "200")).createEntityManager()) {
      timesOutKeepingTheTransaction(em, query -> { });
    }
    try (EntityManager em = emf.createEntityManager(Map.of("jakarta.persistence.query.timeout", 200))) {
      timesOutKeepingTheTransaction(em, query -> { });
    }
  }

  @Test
  void executeUpdate_pastTheTimeout_throwsQueryTimeoutAndWritesNothing() {
    try (EntityManager em = products(Map.of()).createEntityManager()) {
      em.getTransaction().begin();
      assertThatThrownBy(() -> em.createQuery("delete from Product p where exists (select 1 from Product b,"
              + " Product c, Product d where p.weight + b.weight + c.weight + d.weight < 0)")
          .setHint("jakarta.persistence.query.timeout", 200).executeUpdate())
          .isInstanceOf(QueryTimeoutException.class);
      assertThat(em.getTransaction().getRollbackOnly()).isFalse();
      em.getTransaction().commit();
      assertThat(em.createQuery("select count(p) from Product p", Long.class).getSingleResult()).isEqualTo(300L);
    }
  }

  @Test
  void setHint_timeoutNotANumber_isIllegalArgument() {
    try (EntityManager em = products(Map.of()).createEntityManager()) {
      assertThatThrownBy(() -> em.createQuery(ENDLESS).setHint("jakarta.persistence.query.timeout", "soon"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The query timeout 'jakarta.persistence.query.timeout' must be a number of milliseconds,"
              + " not 'soon'");
    }
  }

  /** A pessimistic query of {@code waiter} for the row {@code holder} has just locked. */
  private TypedQuery<Product> queryOfLockedRow(EntityManager holder, EntityManager waiter, int lockTimeout,
      int queryTimeout) {
    emf.runInTransaction(em -> em.persist(new Product(1L, "Lamp", 2.0, null)));
    holder.getTransaction().begin();
    holder.find(Product.class, 1L, LockModeType.PESSIMISTIC_WRITE);
    waiter.getTransaction().begin();
    return waiter.createQuery("select p from Product p where p.id = 1", Product.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", lockTimeout)
        .setHint("jakarta.persistence.query.timeout", queryTimeout);
  }

  /**
   * memory-jpa waits for a row lock no longer than what is left of the query timeout, then throws
   * QueryTimeoutException. Hibernate 7.4 + H2 (tried once; not run here, as it takes H2's full lock
   * timeout of 10 s) ignores both the query timeout and the lock timeout hint while H2 waits for the
   * lock, and throws LockTimeoutException when H2 gives up; neither marks the transaction.
   */
  @Test
  void pessimisticQuery_waitingForALockPastTheQueryTimeout_differsFromHibernate_becauseH2IgnoresItWhileWaiting() {
    emf = Provider.MEMORY.create(QueryData.CLASSES);
    try (EntityManager holder = emf.createEntityManager(); EntityManager waiter = emf.createEntityManager()) {
      TypedQuery<Product> query = queryOfLockedRow(holder, waiter, 60_000, 300);
      assertThatThrownBy(query::getResultList)
          .isInstanceOf(QueryTimeoutException.class)
          .hasMessageStartingWith("The query ran longer than its timeout of 300 ms (jakarta.persistence.query.timeout)"
              + " while waiting for a pessimistic lock")
          .hasCauseInstanceOf(LockTimeoutException.class)
          .satisfies(e -> assertThat(((QueryTimeoutException) e).getQuery()).isSameAs(query));
      assertThat(waiter.getTransaction().getRollbackOnly()).isFalse();
      waiter.getTransaction().rollback();
      holder.getTransaction().rollback();
    }
  }

  @Test
  void pessimisticQuery_lockTimeoutShorterThanTheQueryTimeout_isALockTimeout() {
    emf = Provider.MEMORY.create(QueryData.CLASSES);
    try (EntityManager holder = emf.createEntityManager(); EntityManager waiter = emf.createEntityManager()) {
      TypedQuery<Product> query = queryOfLockedRow(holder, waiter, 0, 60_000);
      assertThatThrownBy(query::getResultList).isExactlyInstanceOf(LockTimeoutException.class);
      waiter.getTransaction().rollback();
      holder.getTransaction().rollback();
    }
  }
}
