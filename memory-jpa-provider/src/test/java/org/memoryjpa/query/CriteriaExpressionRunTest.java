package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Criteria scalar expressions, collections, treat and joins with ON, on both providers. */
class CriteriaExpressionRunTest {

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

  /** One value per customer, by id. */
  private static <T> List<T> values(EntityManager em, Class<T> type,
      BiFunction<CriteriaBuilder, Root<Customer>, Expression<T>> value) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> q = cb.createQuery(type);
    Root<Customer> c = q.from(Customer.class);
    q.select(value.apply(cb, c)).orderBy(cb.asc(c.get("id")));
    return em.createQuery(q).getResultList();
  }

  private static List<String> names(EntityManager em, BiFunction<CriteriaBuilder, Root<Customer>, Predicate> where) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    q.select(c.get("name")).where(where.apply(cb, c)).orderBy(cb.asc(c.get("id")));
    return em.createQuery(q).getResultList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void strings_functions_computeAsJpql(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(values(em, Integer.class, (cb, c) -> cb.length(c.get("name")))).containsExactly(3, 3, 2, 3, 8);
      assertThat(values(em, String.class, (cb, c) -> cb.substring(c.get("name"), 2, 2)))
          .containsExactly("da", "ob", "y", "ee", "ve");
      assertThat(values(em, Integer.class, (cb, c) -> cb.locate(c.get("name"), "e")))
          .containsExactly(0, 0, 0, 2, 3);
      assertThat(values(em, String.class, (cb, c) -> cb.trim(CriteriaBuilder.Trimspec.LEADING, 'A', c.get("name"))))
          .containsExactly("da", "Bob", "Cy", "Dee", "Eve_100%");
      assertThat(values(em, String.class, (cb, c) -> cb.concat(List.of(c.get("name"), cb.literal("/"),
          cb.coalesce(c.get("address").get("city"), "?"))))).containsExactly("Ada/London", "Bob/Paris", "Cy/?",
          "Dee/London", "Eve_100%/Berlin");
      assertThat(values(em, String.class, (cb, c) -> cb.nullif(c.get("email"), "bob@x.org")))
          .containsExactly("ada@x.org", null, "cy@x.org", "dee@x.org", null);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void numbersAndCase_computeAsJpql(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(values(em, Integer.class, (cb, c) -> cb.sum(cb.prod(c.get("age"), 2), 1)))
          .containsExactly(73, null, 51, 83, 51);
      assertThat(values(em, Integer.class, (cb, c) -> cb.mod(c.get("age"), 10))).containsExactly(6, null, 5, 1, 5);
      assertThat(values(em, Integer.class, (cb, c) -> cb.diff(cb.coalesce(c.get("age"), 0), 20)))
          .containsExactly(16, -20, 5, 21, 5);
      assertThat(values(em, String.class, (cb, c) -> cb.<String>selectCase()
          .when(cb.gt(c.get("age"), 40), "old").when(cb.isNull(c.get("age")), "unknown").otherwise("young")))
          .containsExactly("young", "unknown", "young", "old", "young");
      assertThat(values(em, String.class, (cb, c) -> cb.<Tier, String>selectCase(c.get("tier"))
          .when(Tier.GOLD, "g").when(Tier.SILVER, "s").otherwise("-")))
          .containsExactly("g", "-", "s", "g", "-");
      assertThat(values(em, Double.class, (cb, c) -> cb.abs(cb.toDouble(cb.neg(c.get("age"))))))
          .containsExactly(36.0, null, 25.0, 41.0, 25.0);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void collectionsTypeAndTreat_filterAsJpql(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, (cb, c) -> cb.isMember("vip", c.get("tags")))).containsExactly("Ada");
      assertThat(names(em, (cb, c) -> cb.isNotEmpty(c.get("favorites")))).containsExactly("Ada", "Dee");
      assertThat(names(em, (cb, c) -> cb.gt(cb.size(c.get("purchases")), 1))).containsExactly("Ada", "Dee");
      assertThat(names(em, (cb, c) -> cb.equal(c.type(), VipCustomer.class))).containsExactly("Dee");
      assertThat(names(em, (cb, c) -> cb.equal(cb.treat(c, VipCustomer.class).get("level"), 3)))
          .containsExactly("Dee");

      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Customer> c = q.from(Customer.class);
      Join<Customer, Purchase> p = c.join("purchases", JoinType.LEFT);
      p.on(cb.ge(p.get("quantity"), 2));
      q.multiselect(c.get("name"), p.get("id")).orderBy(cb.asc(c.get("id")), cb.asc(p.get("id")));
      assertThat(em.createQuery(q).getResultList()).containsExactly(new Object[] {"Ada", 1L},
          new Object[] {"Bob", null}, new Object[] {"Cy", 3L}, new Object[] {"Dee", 5L},
          new Object[] {"Eve_100%", null});

      CriteriaQuery<String> entityJoin = cb.createQuery(String.class);
      Root<Customer> ec = entityJoin.from(Customer.class);
      Join<Customer, Product> product = ec.join(Product.class);
      product.on(cb.equal(product.get("title"), "Desk"));
      entityJoin.select(cb.concat(ec.get("name"), product.get("title"))).where(cb.equal(ec.get("id"), 1L));
      assertThat(em.createQuery(entityJoin).getResultList()).containsExactly("AdaDesk");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void functionsOf32_leftRightReplaceExtractRound(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(values(em, String.class, (cb, c) -> cb.left(c.get("name"), 2)))
          .containsExactly("Ad", "Bo", "Cy", "De", "Ev");
      assertThat(values(em, String.class, (cb, c) -> cb.right(c.get("name"), 1)))
          .containsExactly("a", "b", "y", "e", "%");
      assertThat(values(em, String.class, (cb, c) -> cb.replace(c.get("name"), "e", "E")))
          .containsExactly("Ada", "Bob", "Cy", "DEE", "EvE_100%");
      assertThat(values(em, Integer.class, (cb, c) -> cb.extract(jakarta.persistence.criteria.LocalDateField.YEAR,
          c.get("joined")))).containsExactly(2020, 2021, 2019, 2018, null);
      assertThat(values(em, java.math.BigDecimal.class, (cb, c) -> cb.round(c.get("credit"), 0)))
          .usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
          .containsExactly(new java.math.BigDecimal("101"), null, java.math.BigDecimal.ZERO,
              new java.math.BigDecimal("2500"), java.math.BigDecimal.TEN);
    }
  }
}
