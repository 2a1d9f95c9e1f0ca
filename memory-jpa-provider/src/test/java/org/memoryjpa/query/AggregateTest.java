package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.query.Jpql.list;
import static org.memoryjpa.query.Jpql.single;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Aggregates with the spec's result types, GROUP BY, HAVING and DISTINCT, on both providers. */
class AggregateTest {

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
  void aggregates_resultTypesFollowTheSpec(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Object[] row = single(em, Object[].class, "select count(c), count(c.age), count(distinct c.age), sum(c.age),"
          + " avg(c.age), min(c.age), max(c.age) from Customer c");
      assertThat(Arrays.asList(row)).containsExactly(5L, 4L, 3L, 127L, 31.75, 25, 41);
      Object[] money = single(em, Object[].class, "select sum(c.credit), max(c.credit), min(c.name), max(c.joined),"
          + " avg(p.amount) from Customer c, Purchase p where p.id = 1");
      assertThat((BigDecimal) money[0]).isEqualByComparingTo("2610.50");
      assertThat((BigDecimal) money[1]).isEqualByComparingTo("2500.00");
      assertThat(money[2]).isEqualTo("Ada");
      assertThat(money[3]).isEqualTo(java.time.LocalDate.of(2021, 6, 1));
      assertThat(money[4]).isEqualTo(20.0);
      assertThat(single(em, Double.class, "select sum(p.product.weight) from Purchase p")).isCloseTo(33.27,
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(single(em, Double.class, "select avg(p.amount) from Purchase p")).isCloseTo(83.4,
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(single(em, BigDecimal.class, "select sum(p.amount) from Purchase p")).isEqualByComparingTo("417.00");
      assertThat(single(em, Long.class, "select sum(p.quantity) from Purchase p")).isEqualTo(22L);
      assertThat(single(em, org.memoryjpa.query.Status.class, "select max(c.status) from Customer c"))
          .isEqualTo(Status.SUSPENDED);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void aggregates_overNoRows_countZeroOthersNull(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(single(em, Long.class, "select count(*) from Customer c where c.age > 100")).isEqualTo(0L);
      assertThat(em.createQuery("select max(c.age) from Customer c where c.age > 100").getSingleResult()).isNull();
      assertThat(list(em, Object[].class, "select c.status, count(c) from Customer c where c.age > 100"
          + " group by c.status")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void groupBy_withHaving_groupsAndFilters(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<List<Object>> byStatus = list(em, Object[].class,
          "select c.status, count(c) from Customer c group by c.status order by c.status").stream()
          .map(Arrays::asList).toList();
      assertThat(byStatus).containsExactly(List.of(Status.NEW, 2L), List.of(Status.ACTIVE, 2L),
          List.of(Status.SUSPENDED, 1L));
      List<List<Object>> totals = list(em, Object[].class, "select c.name, sum(p.quantity) from Customer c"
          + " join c.purchases p group by c.name having sum(p.quantity) > 3 order by c.name").stream()
          .map(Arrays::asList).toList();
      assertThat(totals).containsExactly(List.of("Cy", 5L), List.of("Dee", 11L));
      List<List<Object>> cities = list(em, Object[].class, "select c.address.city, count(c), max(c.age)"
          + " from Customer c group by c.address.city order by count(c) desc, c.address.city").stream()
          .map(Arrays::asList).toList();
      assertThat(cities).containsExactly(List.of("London", 2L, 41), Arrays.asList(null, 1L, 25),
          List.of("Berlin", 1L, 25), Arrays.asList("Paris", 1L, null));
      assertThat(single(em, Long.class, "select count(distinct c) from Customer c join c.purchases p"))
          .isEqualTo(3L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void groupBy_entity_returnsManagedInstances(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<Object[]> rows = list(em, Object[].class,
          "select p.customer, count(p) from Purchase p group by p.customer order by count(p) desc, p.customer.id");
      assertThat(rows).extracting(row -> ((Customer) row[0]).getName(), row -> row[1])
          .containsExactly(org.assertj.core.api.Assertions.tuple("Ada", 2L),
              org.assertj.core.api.Assertions.tuple("Dee", 2L), org.assertj.core.api.Assertions.tuple("Cy", 1L));
      assertThat(rows.get(0)[0]).isSameAs(em.find(Customer.class, 1L));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void distinct_removesRepeatedRows(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, Integer.class, "select distinct c.age from Customer c where c.age is not null order by c.age"))
          .containsExactly(25, 36, 41);
      assertThat(list(em, String.class, "select distinct p.product.title from Purchase p order by p.product.title"))
          .containsExactly("Book", "Desk", "Lamp", "Pen");
      assertThat(list(em, Customer.class, "select distinct c from Customer c join c.purchases p order by c.id"))
          .extracting(Customer::getName).containsExactly("Ada", "Cy", "Dee");
    }
  }
}
