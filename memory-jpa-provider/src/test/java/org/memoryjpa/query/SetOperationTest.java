package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.query.Jpql.list;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * UNION, INTERSECT and EXCEPT [ALL] (JPQL 3.2), on both providers. An ORDER BY after the last query
 * orders the whole result on memory-jpa, as the 3.2 BNF and SQL say; Hibernate's HQL attaches it to the
 * last query alone, so these tests compare the combined rows in any order.
 */
class SetOperationTest {

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
  void union_removesDuplicatesUnlessAll(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select c.name as n from Customer c where c.age > 30 union"
          + " select p.title from Product p where p.weight > 1 order by n")).containsExactlyInAnyOrder("Ada", "Dee", "Desk", "Lamp");
      assertThat(list(em, Integer.class, "select c.age as a from Customer c union select c2.age from Customer c2"
          + " where c2.age is not null order by a")).containsExactlyInAnyOrder(null, 25, 36, 41);
      assertThat(list(em, Integer.class, "select c.age from Customer c where c.age = 25 union all"
          + " select c.age from Customer c where c.age < 30")).containsExactly(25, 25, 25, 25);
      assertThat(list(em, String.class, "select c.name as n from Customer c where c.id = :a union"
          + " select c.name from Customer c where c.id = :b order by n desc", "a", 1L, "b", 2L))
          .containsExactlyInAnyOrder("Bob", "Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void intersectAndExcept_compareWholeRows(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select c.name from Customer c where c.age >= 25 intersect"
          + " select c.name from Customer c where c.active = true order by c.name")).containsExactlyInAnyOrder("Ada", "Cy", "Dee");
      assertThat(list(em, String.class, "select c.name as n from Customer c except"
          + " select c.name from Customer c where c.active = true order by n")).containsExactlyInAnyOrder("Bob", "Eve_100%");
      assertThat(list(em, Object[].class, "select c.tier as t, c.status from Customer c where c.id < 4 except"
          + " select c.tier, c.status from Customer c where c.id = 2 order by t").stream().map(Arrays::asList).toList())
          .containsExactlyInAnyOrder(Arrays.asList(Tier.GOLD, Status.ACTIVE),
              Arrays.asList(Tier.SILVER, Status.SUSPENDED));
    }
  }

  @org.junit.jupiter.api.Test
  void orderAfterTheLastQuery_ordersTheWholeResult() {
    try (EntityManager em = filled(Provider.MEMORY)) {
      assertThat(list(em, String.class, "select c.name as n from Customer c where c.id = 1 union"
          + " select p.title from Product p order by n desc")).containsExactly("Pen", "Lamp", "Desk", "Book", "Ada");
      org.memoryjpa.internal.session.MemoryQuery<?> query = em.createQuery("select c.name as n from Customer c"
          + " where c.age > 30 union all select p.title from Product p where p.id = :id order by n")
          .unwrap(org.memoryjpa.internal.session.MemoryQuery.class);
      assertThat(query.plan()).isEqualTo("""
          Sort #1 ASC
            UNION ALL
              Project c.name AS n
                IndexRange Customer c using IDX_customer_age (age > 30)
              Project p.title
                KeyLookup Product p (key = :id)""");
    }
  }
}
