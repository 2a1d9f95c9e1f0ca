package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Correlated and uncorrelated subqueries: EXISTS, IN, scalar, ALL and ANY, on both providers. */
class SubqueryTest {

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

  private static List<String> names(EntityManager em, String where, Object... arguments) {
    return list(em, String.class, "select c.name from Customer c " + where, arguments);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void exists_correlated(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where exists (select p from Purchase p where p.customer = c and p.quantity > 4)"
          + " order by c.id")).containsExactly("Cy", "Dee");
      assertThat(names(em, "where not exists (select p from Purchase p where p.customer = c) order by c.id"))
          .containsExactly("Bob", "Eve_100%");
      assertThat(names(em, "where exists (select 1 from Product pr where pr.weight > 100)")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void in_subqueryWithNulls_followsSqlLogic(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.id in (select p.customer.id from Purchase p where p.amount > 40) order by c.id"))
          .containsExactly("Ada", "Cy", "Dee");
      assertThat(names(em, "where c.id not in (select p.customer.id from Purchase p)")).isEmpty();
      assertThat(names(em, "where c.id not in (select p.customer.id from Purchase p where p.customer is not null)"
          + " order by c.id")).containsExactly("Bob", "Eve_100%");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void scalarAllAny_compareWithSubqueryValues(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.age = (select max(c2.age) from Customer c2)")).containsExactly("Dee");
      assertThat(names(em, "where c.age >= all (select c2.age from Customer c2 where c2.age is not null)"))
          .containsExactly("Dee");
      assertThat(names(em, "where c.age > any (select c2.age from Customer c2) order by c.id"))
          .containsExactly("Ada", "Dee");
      assertThat(names(em, "where c.age < all (select c2.age from Customer c2 where c2.age > 100) order by c.id"))
          .containsExactly("Ada", "Bob", "Cy", "Dee", "Eve_100%");
      List<List<Object>> counts = list(em, Object[].class, "select c.name, (select count(p) from Purchase p"
          + " where p.customer = c) from Customer c order by c.id").stream().map(Arrays::asList).toList();
      assertThat(counts).containsExactly(List.of("Ada", 2L), List.of("Bob", 0L), List.of("Cy", 1L),
          List.of("Dee", 2L), List.of("Eve_100%", 0L));
      assertThat(names(em, "where (select count(p) from Purchase p where p.customer = c) > 1 order by c.id"))
          .containsExactly("Ada", "Dee");
    }
  }
}
