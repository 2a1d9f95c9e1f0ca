package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.memoryjpa.query.Jpql.list;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Joins of every kind, implicit joins, fetch joins and collection conditions, on both providers. */
class JoinTest {

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

  private static List<List<Object>> rows(EntityManager em, String jpql, Object... arguments) {
    return list(em, Object[].class, jpql, arguments).stream().map(Arrays::asList).toList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void join_innerAndLeft_overInverseCollection(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      assertThat(rows(em, "select c.name, p.id from Customer c join c.purchases p order by p.id")).containsExactly(
          List.of("Ada", 1L), List.of("Ada", 2L), List.of("Cy", 3L), List.of("Dee", 4L), List.of("Dee", 5L));
      assertThat(rows(em, "select c.name, p.id from Customer c left join c.purchases p order by c.id, p.id"))
          .containsExactly(List.of("Ada", 1L), List.of("Ada", 2L), Arrays.asList("Bob", null), List.of("Cy", 3L),
              List.of("Dee", 4L), List.of("Dee", 5L), Arrays.asList("Eve_100%", null));
      assertThat(rows(em, "select c.name, p.id from Customer c left join c.purchases p on p.quantity > 1"
          + " order by c.id")).containsExactly(List.of("Ada", 1L), Arrays.asList("Bob", null), List.of("Cy", 3L),
              List.of("Dee", 5L), Arrays.asList("Eve_100%", null));
      assertThat(rows(em, "select distinct c.name from Customer c, in(c.purchases) p where p.quantity > 4"
          + " order by c.name")).containsExactly(List.of("Cy"), List.of("Dee"));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void implicitJoins_innerAndForeignKeyShortcut(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      assertThat(list(em, Long.class, "select p.id from Purchase p where p.customer.name = 'Ada' order by p.id"))
          .containsExactly(1L, 2L);
      assertThat(list(em, String.class, "select p.customer.name from Purchase p order by p.id"))
          .containsExactly("Ada", "Ada", "Cy", "Dee", "Dee");
      assertThat(list(em, Long.class, "select p.customer.id from Purchase p order by p.id"))
          .containsExactly(1L, 1L, 3L, 4L, 4L, null);
      assertThat(list(em, Long.class, "select p.id from Purchase p where p.customer.id = 4 order by p.id"))
          .containsExactly(4L, 5L);
      assertThat(list(em, Long.class, "select p.id from Purchase p where p.customer is null")).containsExactly(6L);
      assertThat(list(em, String.class, "select c.name from Customer c where c.referrer.name = 'Ada' order by c.id"))
          .containsExactly("Cy", "Dee");
      assertThat(list(em, String.class, "select p.customer.referrer.name from Purchase p order by p.id"))
          .containsExactly("Ada", "Ada", "Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joins_entityElementManyToManySelfAndCross(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      assertThat(rows(em, "select c.name, p.title from Customer c join Product p on p.id = c.id order by c.id"))
          .containsExactly(List.of("Ada", "Book"), List.of("Bob", "Lamp"), List.of("Cy", "Pen"), List.of("Dee", "Desk"));
      assertThat(rows(em, "select c.name, t from Customer c join c.tags t order by c.id, t"))
          .containsExactly(List.of("Ada", "early"), List.of("Ada", "vip"), List.of("Cy", "late"));
      assertThat(rows(em, "select c.name, f.title from Customer c join c.favorites f order by c.id, f.id"))
          .containsExactly(List.of("Ada", "Book"), List.of("Ada", "Lamp"), List.of("Dee", "Desk"));
      assertThat(rows(em, "select c.name, r.name from Customer c left join c.referrer r order by c.id"))
          .containsExactly(Arrays.asList("Ada", null), Arrays.asList("Bob", null), List.of("Cy", "Ada"),
              List.of("Dee", "Ada"), List.of("Eve_100%", "Cy"));
      assertThat(rows(em, "select c.name, p.title from Customer c, Product p where c.id = p.id and p.weight > 1"
          + " order by c.id")).containsExactly(List.of("Bob", "Lamp"), List.of("Dee", "Desk"));
      assertThat(rows(em, "select c.name, a.city from Customer c join c.address a where a.city = 'London'"
          + " order by c.id")).containsExactly(List.of("Ada", "London"), List.of("Dee", "London"));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void collectionConditions_memberOfEmptyAndSize(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      assertThat(list(em, String.class, "select c.name from Customer c where 'vip' member of c.tags"))
          .containsExactly("Ada");
      assertThat(list(em, String.class, "select c.name from Customer c where c.purchases is empty order by c.id"))
          .containsExactly("Bob", "Eve_100%");
      assertThat(list(em, String.class, "select c.name from Customer c where c.tags is not empty order by c.id"))
          .containsExactly("Ada", "Cy");
      assertThat(list(em, String.class, "select c.name from Customer c where size(c.purchases) = 2 order by c.id"))
          .containsExactly("Ada", "Dee");
      Product book = em.find(Product.class, 1L);
      assertThat(list(em, String.class, "select c.name from Customer c where :b member of c.favorites", "b", book))
          .containsExactly("Ada");
      assertThat(list(em, Integer.class, "select size(c.favorites) from Customer c order by c.id"))
          .containsExactly(2, 0, 0, 1, 0);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void fetchJoin_fillsTheCollectionAndDeduplicatesRoots(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    Customer ada;
    List<Customer> all;
    try (EntityManager em = emf.createEntityManager()) {
      ada = em.createQuery("select c from Customer c join fetch c.purchases where c.id = 1", Customer.class)
          .getSingleResult();
      all = em.createQuery("select c from Customer c left join fetch c.purchases order by c.id", Customer.class)
          .getResultList();
      assertThat(all.get(0)).isSameAs(ada);
      assertThat(emf.getPersistenceUnitUtil().isLoaded(ada, "purchases")).isTrue();
    }
    assertThat(ada.getPurchases()).extracting(Purchase::getId).containsExactlyInAnyOrder(1L, 2L);
    assertThat(all).extracting(Customer::getName).containsExactly("Ada", "Bob", "Cy", "Dee", "Eve_100%");
    assertThat(all.get(3).getPurchases()).hasSize(2);
    try (EntityManager em = emf.createEntityManager()) {
      Purchase purchase = em.createQuery("select p from Purchase p join fetch p.customer where p.id = 3",
          Purchase.class).getSingleResult();
      assertThat(emf.getPersistenceUnitUtil().isLoaded(purchase, "customer")).isTrue();
      assertThat(purchase.getCustomer().getName()).isEqualTo("Cy");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void selectedAssociation_isTheManagedInstance(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      Customer ada = em.find(Customer.class, 1L);
      assertThat(list(em, Customer.class, "select p.customer from Purchase p where p.id = 1").get(0)).isSameAs(ada);
      List<Object[]> pairs = list(em, Object[].class, "select c, r from Customer c join c.referrer r order by c.id");
      assertThat(pairs).extracting(pair -> ((Customer) pair[0]).getName(), pair -> pair[1])
          .containsExactly(tuple("Cy", ada), tuple("Dee", ada), tuple("Eve_100%", pairs.get(0)[0]));
    }
  }
}
