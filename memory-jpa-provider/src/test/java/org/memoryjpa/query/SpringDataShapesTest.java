package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.query.Jpql.list;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * The JPQL Spring Data JPA 4.1 sends for derived queries, projections, counts and batch deletes
 * (notes/spring-boot-jpa.md §3.3-3.8), word for word, on both providers.
 */
class SpringDataShapesTest {

  private static final Factories FACTORIES = QueryData.factories();

  /** A DTO nested in the test, as repositories declare them. */
  public record CustomerDto(String name, Integer age) {}

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManagerFactory filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf;
  }

  private static List<String> names(EntityManager em, String jpql, Object... arguments) {
    return list(em, Customer.class, jpql, arguments).stream().map(Customer::getName).toList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void derivedQueries_runAsSpringDataWritesThem(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.name = :name", "name", "Cy")).containsExactly("Cy");
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.name IS NULL")).isEmpty();
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.name != :name ORDER BY p.id", "name", "Cy"))
          .containsExactly("Ada", "Bob", "Dee", "Eve_100%");
      assertThat(names(em, "SELECT p FROM Customer p WHERE UPPER(p.name) LIKE UPPER(:part) ESCAPE '\\'", "part",
          "%e\\_1%")).containsExactly("Eve_100%");
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.age BETWEEN :from AND :to ORDER BY p.name desc", "from",
          25, "to", 36)).containsExactly("Eve_100%", "Cy", "Ada");
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.name IN :names ORDER BY p.id", "names",
          List.of("Bob", "Dee"))).containsExactly("Bob", "Dee");
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.name IS NULL OR p.age >= :age ORDER BY p.id", "age", 36))
          .containsExactly("Ada", "Dee");
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.active = TRUE ORDER BY p.id")).containsExactly("Ada", "Cy",
          "Dee");
      assertThat(names(em, "SELECT p FROM Customer p WHERE p.purchases IS EMPTY ORDER BY p.id")).containsExactly("Bob",
          "Eve_100%");
      assertThat(names(em, "SELECT p FROM Customer p WHERE ?1 MEMBER OF p.tags", 1, "late")).containsExactly("Cy");
      assertThat(names(em, "SELECT p FROM Customer p INNER JOIN p.address a WHERE UPPER(a.city) = UPPER(?1)"
          + " ORDER BY p.id", 1, "london")).containsExactly("Ada", "Dee");
      assertThat(names(em, "SELECT DISTINCT p FROM Customer p LEFT JOIN p.purchases l WHERE l.quantity > :q"
          + " ORDER BY p.id", "q", 1)).containsExactly("Ada", "Cy", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void countsExistsAndPaging_asSpringDataCallsThem(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      @SuppressWarnings("unchecked")
      TypedQuery<Long> count = (TypedQuery<Long>) em.createQuery("SELECT COUNT(p) FROM Customer p WHERE p.age > :age");
      assertThat(count.setParameter("age", 20).getSingleResultOrNull()).isEqualTo(4L);
      assertThat(em.createQuery("select count(x) from Customer x WHERE x.id = :id", Long.class).setParameter("id", 3L)
          .getSingleResult()).isEqualTo(1L);
      assertThat(em.createQuery("select count(x) from Customer x", Long.class).getSingleResult()).isEqualTo(5L);
      assertThat(em.createQuery("SELECT COUNT(DISTINCT p) FROM Customer p JOIN p.purchases l", Long.class)
          .getSingleResult()).isEqualTo(3L);
      assertThat(em.createQuery("SELECT p.id FROM Customer p WHERE p.name = :name").setParameter("name", "Dee")
          .setMaxResults(1).getResultList()).containsExactly(4L);
      TypedQuery<Customer> first = em.createQuery("SELECT p FROM Customer p ORDER BY p.name asc", Customer.class);
      assertThat(first.getMaxResults()).isEqualTo(Integer.MAX_VALUE);
      assertThat(first.setMaxResults(3).getResultList()).extracting(Customer::getName).containsExactly("Ada", "Bob", "Cy");
      assertThat(em.createQuery("SELECT p FROM Customer p WHERE p.age > :age ORDER BY p.tier asc NULLS LAST, p.id",
          Customer.class).setParameter("age", 0).setFirstResult(1).setMaxResults(2).getResultList())
          .extracting(Customer::getName).containsExactly("Ada", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void projections_tupleAndNestedDto(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      Tuple tuple = em.createQuery("SELECT p.name AS name FROM Customer p WHERE p.name = :name", Tuple.class)
          .setParameter("name", "Ada").getSingleResult();
      assertThat(tuple.get("name")).isEqualTo("Ada");
      assertThat(tuple.getElements().get(0).getJavaType()).isEqualTo(String.class);
      assertThat(em.createQuery("SELECT new org.memoryjpa.query.SpringDataShapesTest$CustomerDto(p.name, p.age)"
          + " FROM Customer p WHERE p.name = :name", CustomerDto.class).setParameter("name", "Cy").getResultList())
          .containsExactly(new CustomerDto("Cy", 25));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void batchDeletes_ofEntitiesAndIds(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    emf.runInTransaction(em -> {
      Query byEntity = em.createQuery("delete from Purchase x where x = ?1 or x = ?2");
      byEntity.setParameter(1, em.find(Purchase.class, 1L));
      byEntity.setParameter(2, em.find(Purchase.class, 6L));
      assertThat(byEntity.executeUpdate()).isEqualTo(2);
      assertThat(em.createQuery("delete from Purchase x where x.id in :ids").setParameter("ids", List.of(2L, 3L))
          .executeUpdate()).isEqualTo(2);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(list(em, Long.class, "select p.id from Purchase p order by p.id")).containsExactly(4L, 5L);
    }
  }
}
