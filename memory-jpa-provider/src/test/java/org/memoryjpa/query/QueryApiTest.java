package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.query.Jpql.list;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** The Query API around the language: parameters, flush and lock modes, bulk statements, named queries. */
class QueryApiTest {

  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManagerFactory filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void parameters_describedCheckedAndBound(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      TypedQuery<String> query = em.createQuery(
          "select c.name from Customer c where c.age > :age and c.status = :status", String.class);
      assertThat(query.getParameters()).extracting(Parameter::getName).containsExactlyInAnyOrder("age", "status");
      Parameter<?> age = query.getParameter("age");
      assertThat(age.getParameterType()).isEqualTo(Integer.class);
      assertThat(query.getParameter("status").getParameterType()).isEqualTo(Status.class);
      assertThat(age.getPosition()).isNull();
      assertThat(query.isBound(age)).isFalse();
      assertThatThrownBy(() -> query.getParameterValue("age")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> query.getParameter("nope")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query.setParameter("nope", 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query.setParameter("status", "ACTIVE")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query.setParameter(1, 5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(query::getResultList).isInstanceOf(PersistenceException.class);
      query.setParameter("age", 30).setParameter(query.getParameter("status", Status.class), Status.ACTIVE);
      assertThat(query.isBound(age)).isTrue();
      assertThat(query.getParameterValue("age")).isEqualTo(30);
      assertThat(query.getResultList()).containsExactlyInAnyOrder("Ada", "Dee");
      Query positional = em.createQuery("select c.name from Customer c where c.id = ?1");
      assertThat(positional.getParameter(1).getPosition()).isEqualTo(1);
      assertThat(positional.setParameter(1, 2L).getResultList()).containsExactly("Bob");
      assertThatThrownBy(() -> positional.setParameter(2, 2L)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void paging_negativeValues_throwIllegalArgument(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      TypedQuery<Customer> query = em.createQuery("select c from Customer c", Customer.class);
      assertThatThrownBy(() -> query.setFirstResult(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query.setMaxResults(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThat(query.getMaxResults()).isEqualTo(Integer.MAX_VALUE);
      assertThat(query.setMaxResults(3).getMaxResults()).isEqualTo(3);
      assertThat(query.getResultStream().map(Customer::getName).collect(Collectors.toList())).hasSize(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void flushMode_autoSeesPendingChangesCommitDoesNot(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      em.persist(new Customer(10L, "Zed", 50));
      em.find(Customer.class, 2L).setName("Bobby");
      String jpql = "select c.name from Customer c where c.id in (2, 10) order by c.id";
      assertThat(em.createQuery(jpql, String.class).setFlushMode(FlushModeType.COMMIT).getResultList())
          .containsExactly("Bob");
      assertThat(em.createQuery(jpql, String.class).getResultList()).containsExactly("Bobby", "Zed");
      em.getTransaction().rollback();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void executeUpdate_updatesRowsAndLeavesTheContextAlone(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    try (EntityManager em = emf.createEntityManager()) {
      Customer ada = em.find(Customer.class, 1L);
      Query update = em.createQuery("update Customer c set c.age = c.age + 1, c.tier = :tier where c.age is not null");
      update.setParameter("tier", Tier.SILVER);
      assertThatThrownBy(update::executeUpdate).isInstanceOf(TransactionRequiredException.class);
      em.getTransaction().begin();
      assertThat(update.executeUpdate()).isEqualTo(4);
      assertThat(ada.getAge()).isEqualTo(36);
      assertThat(em.createQuery("delete from Purchase p where p.quantity > 4").executeUpdate()).isEqualTo(2);
      em.getTransaction().commit();
      em.refresh(ada);
      assertThat(ada.getAge()).isEqualTo(37);
    }
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(list(em, Integer.class, "select c.age from Customer c order by c.id")).containsExactly(37, null, 26, 42, 26);
      assertThat(list(em, Tier.class, "select c.tier from Customer c where c.id = 2")).containsExactly((Tier) null);
      assertThat(list(em, Long.class, "select p.id from Purchase p order by p.id")).containsExactly(1L, 2L, 4L, 6L);
      assertThatThrownBy(() -> em.createQuery("select c from Customer c").executeUpdate())
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> em.createQuery("delete from Purchase p").getResultList())
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void executeUpdate_deleteOfSubtype_deletesOnlyItsRows(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    emf.runInTransaction(em -> {
      em.createQuery("delete from Purchase p where p.customer.id = 4").executeUpdate();
      em.createQuery("update Customer c set c.referrer = null").executeUpdate();
      em.createQuery("delete from Customer c where c.id = 4").executeUpdate();
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(list(em, Long.class, "select c.id from Customer c order by c.id")).containsExactly(1L, 2L, 3L, 5L);
      assertThat(list(em, VipCustomer.class, "select v from VipCustomer v")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void lockMode_needsATransactionAndLocksTheResults(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    try (EntityManager em = emf.createEntityManager()) {
      TypedQuery<Customer> query = em.createQuery("select c from Customer c where c.id = 1", Customer.class)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE);
      assertThat(query.getLockMode()).isEqualTo(LockModeType.PESSIMISTIC_WRITE);
      assertThatThrownBy(query::getResultList).isInstanceOf(TransactionRequiredException.class);
      em.getTransaction().begin();
      Customer ada = query.getSingleResult();
      assertThat(em.getLockMode(ada)).isEqualTo(LockModeType.PESSIMISTIC_WRITE);
      em.getTransaction().commit();
      assertThatThrownBy(() -> em.createQuery("delete from Purchase p").setLockMode(LockModeType.PESSIMISTIC_READ))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void namedQueries_declaredAndAdded(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.createNamedQuery("Customer.byName", Customer.class).setParameter("name", "Cy").getSingleResult()
          .getId()).isEqualTo(3L);
      assertThatThrownBy(() -> em.createNamedQuery("Customer.nope")).isInstanceOf(IllegalArgumentException.class);
      TypedQuery<String> adults = em.createQuery("select c.name from Customer c where c.age > 20 order by c.id",
          String.class).setMaxResults(2).setHint("jakarta.persistence.query.timeout", 5000);
      emf.addNamedQuery("Customer.adults", adults);
    }
    assertThat(emf.getNamedQueries(String.class)).containsKey("Customer.adults");
    try (EntityManager em = emf.createEntityManager()) {
      TypedQuery<String> adults = em.createNamedQuery("Customer.adults", String.class);
      assertThat(adults.getMaxResults()).isEqualTo(2);
      assertThat(adults.getHints()).containsEntry("jakarta.persistence.query.timeout", 5000);
      assertThat(adults.getResultList()).containsExactly("Ada", "Cy");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void namedQuery_invalid_failsBootstrapWithItsName(Provider provider) {
    assertThatThrownBy(() -> provider.create(BadQueryHolder.class))
        .isInstanceOf(PersistenceException.class)
        .satisfies(e -> assertThat(messages(e)).contains("BadQueryHolder.broken"));
  }

  private static String messages(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entityParameters_compareById(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    Customer detached;
    try (EntityManager em = emf.createEntityManager()) {
      detached = em.find(Customer.class, 3L);
    }
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(list(em, Long.class, "select p.id from Purchase p where p.customer = :c", "c", detached))
          .containsExactly(3L);
      List<Customer> referrers = List.of(em.getReference(Customer.class, 1L), em.find(Customer.class, 3L));
      assertThat(list(em, String.class, "select c.name from Customer c where c.referrer in :r order by c.id", "r",
          referrers)).containsExactly("Cy", "Dee", "Eve_100%");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void fetchGraphHint_loadsTheNamedAssociations(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    List<Purchase> purchases;
    Customer ada;
    try (EntityManager em = emf.createEntityManager()) {
      jakarta.persistence.EntityGraph<Purchase> graph = em.createEntityGraph(Purchase.class);
      graph.addSubgraph("customer").addAttributeNodes("purchases");
      purchases = em.createQuery("select p from Purchase p where p.id < 3 order by p.id", Purchase.class)
          .setHint("jakarta.persistence.fetchgraph", graph).getResultList();
      jakarta.persistence.EntityGraph<Customer> favorites = em.createEntityGraph(Customer.class);
      favorites.addAttributeNodes("favorites");
      ada = em.createQuery("select c from Customer c where c.id = 1", Customer.class)
          .setHint("jakarta.persistence.loadgraph", favorites).getSingleResult();
    }
    assertThat(purchases.get(0).getCustomer().getName()).isEqualTo("Ada");
    assertThat(purchases.get(1).getCustomer().getPurchases()).hasSize(2);
    assertThat(ada.getFavorites()).extracting(Product::getTitle).containsExactlyInAnyOrder("Book", "Lamp");
  }

  @org.junit.jupiter.api.Test
  void nullOrdering_setting_movesNulls() {
    for (String ordering : List.of("low", "high", "first", "last")) {
      EntityManagerFactory emf = Provider.MEMORY.create(
          java.util.Map.of(org.memoryjpa.ConfigurationKeys.QUERY_NULL_ORDERING, ordering), QueryData.CLASSES);
      QueryData.fill(emf);
      try (EntityManager em = emf.createEntityManager()) {
        List<Long> ascending = list(em, Long.class, "select c.id from Customer c order by c.tier, c.id");
        List<Long> descending = list(em, Long.class, "select c.id from Customer c order by c.tier desc, c.id");
        List<Long> explicit = list(em, Long.class, "select c.id from Customer c order by c.tier nulls last, c.id");
        switch (ordering) {
          case "low" -> {
            assertThat(ascending).containsExactly(2L, 5L, 1L, 4L, 3L);
            assertThat(descending).containsExactly(3L, 1L, 4L, 5L, 2L);
          }
          case "high" -> {
            assertThat(ascending).containsExactly(5L, 1L, 4L, 3L, 2L);
            assertThat(descending).containsExactly(2L, 3L, 1L, 4L, 5L);
          }
          case "first" -> assertThat(descending).containsExactly(2L, 3L, 1L, 4L, 5L);
          default -> assertThat(ascending).containsExactly(5L, 1L, 4L, 3L, 2L);
        }
        assertThat(explicit).containsExactly(5L, 1L, 4L, 3L, 2L);
      } finally {
        emf.close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void pessimisticLockQuery_blocksAnotherTransactionsLock(Provider provider) throws Exception {
    EntityManagerFactory emf = filled(provider);
    try (EntityManager first = emf.createEntityManager(); EntityManager second = emf.createEntityManager()) {
      first.getTransaction().begin();
      first.createQuery("select c from Customer c where c.age > 40", Customer.class)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
      second.getTransaction().begin();
      java.util.concurrent.Future<?> attempt = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() ->
          second.find(Customer.class, 4L, LockModeType.PESSIMISTIC_WRITE,
              java.util.Map.of("jakarta.persistence.lock.timeout", 0)));
      assertThatThrownBy(() -> attempt.get(30, java.util.concurrent.TimeUnit.SECONDS))
          .hasCauseInstanceOf(PersistenceException.class);
      second.getTransaction().rollback();
      first.getTransaction().commit();
    }
  }
}
