package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.internal.session.MemoryQuery;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * {@code getResultStream}: the same results as {@code getResultList} on both providers (managed
 * instances, paging, joins), read lazily by memory-jpa where the plan allows, and releasing its read
 * view when closed.
 */
class ResultStreamTest {

  private static final Factories FACTORIES = QueryData.factories();
  private static final int ROWS = 2000;

  private EntityManagerFactory large;

  @AfterAll
  static void closeAll() {
    FACTORIES.close();
  }

  @AfterEach
  void close() {
    if (large != null) {
      large.close();
    }
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf.createEntityManager();
  }

  private static <T> void streamsAsItLists(TypedQuery<T> query) {
    List<T> listed = query.getResultList();
    try (Stream<T> stream = query.getResultStream()) {
      assertThat(stream.toList()).containsExactlyElementsOf(listed);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getResultStream_returnsTheListsRowsAndManagedInstances(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Customer ada = em.find(Customer.class, 1L);
      try (Stream<Customer> stream = em.createQuery("select c from Customer c where c.age > 30", Customer.class)
          .getResultStream()) {
        assertThat(stream.filter(c -> c.getId() == 1L).findFirst()).containsSame(ada);
      }
      streamsAsItLists(em.createQuery("select c from Customer c where c.age > 20", Customer.class));
      streamsAsItLists(em.createQuery("select p.id, c.name from Purchase p left join p.customer c", Object[].class)
          .setFirstResult(1).setMaxResults(3));
      streamsAsItLists(em.createQuery("select c.name, t from Customer c join c.tags t", Object[].class));
      streamsAsItLists(em.createQuery("select c.name from Customer c order by c.name desc", String.class)
          .setMaxResults(2));
      streamsAsItLists(em.createQuery("select distinct c.status from Customer c", Status.class));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getResultStream_paged_skipsAndLimitsLikeTheList(Provider provider) {
    try (EntityManager em = filled(provider)) {
      TypedQuery<Long> ids = em.createQuery("select p.id from Purchase p where p.quantity > 1", Long.class)
          .setFirstResult(1).setMaxResults(2);
      List<Long> listed = ids.getResultList();
      assertThat(listed).hasSize(2);
      try (Stream<Long> stream = ids.getResultStream()) {
        assertThat(stream.toList()).containsExactlyInAnyOrderElementsOf(listed);
      }
      try (Stream<Long> stream = em.createQuery("select p.id from Purchase p", Long.class).setMaxResults(0)
          .getResultStream()) {
        assertThat(stream).isEmpty();
      }
    }
  }

  private MemoryQuery<?> products(EntityManager em, String jpql) {
    return em.createQuery(jpql, Product.class).unwrap(MemoryQuery.class);
  }

  @Test
  void getResultStream_withoutOrderBy_readsOnlyTheRowsPulled() {
    large = Provider.MEMORY.create(QueryData.CLASSES);
    large.runInTransaction(em -> {
      for (long id = 1; id <= ROWS; id++) {
        em.persist(new Product(id, "P" + id, id * 0.5, null));
      }
    });
    try (EntityManager em = large.createEntityManager()) {
      MemoryQuery<?> all = products(em, "select p from Product p");
      try (Stream<?> stream = all.getResultStream()) {
        assertThat(stream.limit(3).toList()).hasSize(3);
      }
      assertThat(all.rowsRead()).isEqualTo(3);
      MemoryQuery<?> paged = products(em, "select p from Product p where p.weight >= 10");
      paged.setFirstResult(5).setMaxResults(2);
      try (Stream<?> stream = paged.getResultStream()) {
        assertThat(stream.toList()).hasSize(2);
      }
      assertThat(paged.rowsRead()).isLessThan(ROWS);
      MemoryQuery<?> sorted = products(em, "select p from Product p order by p.weight desc");
      try (Stream<?> stream = sorted.getResultStream()) {
        assertThat(stream.limit(3).toList()).hasSize(3);
      }
      assertThat(sorted.rowsRead()).isEqualTo(ROWS);
    }
  }

  @Test
  void getResultStream_closed_releasesItsReadView() {
    try (EntityManager em = filled(Provider.MEMORY)) {
      Stream<Object[]> stream = em.createQuery("select p.id, c.name from Purchase p join p.customer c",
          Object[].class).getResultStream();
      Iterator<Object[]> rows = stream.iterator();
      assertThat(rows.next()).hasSize(2);
      stream.close();
      assertThatThrownBy(rows::next)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is closed; consume its results before closing");
      assertThat(em.createQuery("select count(p) from Purchase p", Long.class).getSingleResult()).isEqualTo(6L);
    }
  }
}
