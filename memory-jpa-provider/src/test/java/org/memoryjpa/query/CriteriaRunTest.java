package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Criteria queries run end to end on both providers: the same building code on each provider's own
 * {@code CriteriaBuilder}, the same assertions on the results (predicates, literals, joins, ordering,
 * paging, aggregates and selections).
 */
class CriteriaRunTest {

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

  /** The names of the customers a restriction selects, by id. */
  private static List<String> names(EntityManager em,
      Function<Root<Customer>, Function<CriteriaBuilder, Predicate>> where) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    q.select(c.get("name")).where(where.apply(c).apply(cb)).orderBy(cb.asc(c.get("id")));
    return em.createQuery(q).getResultList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_sameQueryWithAnotherValue_findsThatValuesRows(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<String> ada = names(em, c -> cb -> cb.equal(c.get("name"), "Ada"));
      List<String> cy = names(em, c -> cb -> cb.equal(c.get("name"), "Cy"));
      List<String> young = names(em, c -> cb -> cb.lessThan(c.get("age"), 36));
      List<String> younger = names(em, c -> cb -> cb.lessThan(c.get("age"), 25));

      assertThat(ada).containsExactly("Ada");
      assertThat(cy).containsExactly("Cy");
      assertThat(young).containsExactly("Cy", "Eve_100%");
      assertThat(younger).isEmpty();
      if (provider == Provider.MEMORY) {
        // the value is bound, not written into the statement: both runs share one compiled query
        assertThat(plan(em, "Ada")).isEqualTo(plan(em, "Cy")).doesNotContain("Ada");
      }
    }
  }

  private static String plan(EntityManager em, String name) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.where(cb.equal(c.get("name"), name));
    return em.createQuery(q).unwrap(org.memoryjpa.internal.session.MemoryQuery.class).plan();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_comparisonsAndJunctions_followSqlNullLogic(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, c -> cb -> cb.equal(c.get("age"), 25))).containsExactly("Cy", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.notEqual(c.get("age"), 25))).containsExactly("Ada", "Dee");
      assertThat(names(em, c -> cb -> cb.not(cb.equal(c.get("age"), 25)))).containsExactly("Ada", "Dee");
      assertThat(names(em, c -> cb -> cb.gt(c.get("age"), 36))).containsExactly("Dee");
      assertThat(names(em, c -> cb -> cb.ge(c.get("age"), 36))).containsExactly("Ada", "Dee");
      assertThat(names(em, c -> cb -> cb.lessThan(c.get("age"), 36))).containsExactly("Cy", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.le(c.get("age"), 25))).containsExactly("Cy", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.or(cb.gt(c.get("age"), 30), cb.isNull(c.get("age")))))
          .containsExactly("Ada", "Bob", "Dee");
      assertThat(names(em, c -> cb -> cb.and(cb.equal(c.get("age"), 25), cb.isNotNull(c.get("email")))))
          .containsExactly("Cy");
      assertThat(names(em, c -> cb -> cb.not(cb.and(cb.gt(c.get("age"), 30), cb.isNull(c.get("age"))))))
          .containsExactly("Ada", "Cy", "Dee", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.and())).hasSize(5);
      assertThat(names(em, c -> cb -> cb.or())).isEmpty();
      assertThat(names(em, c -> cb -> cb.isTrue(c.get("active")))).containsExactly("Ada", "Cy", "Dee");
      assertThat(names(em, c -> cb -> cb.isFalse(c.get("active")))).containsExactly("Bob", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.isNull(c.get("referrer")))).containsExactly("Ada", "Bob");
      assertThat(names(em, c -> cb -> cb.equal(c.get("address").get("city"), "London"))).containsExactly("Ada", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_likeLowerUpperInBetween_matchAsJpql(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, c -> cb -> cb.like(c.get("name"), "A%"))).containsExactly("Ada");
      assertThat(names(em, c -> cb -> cb.like(c.get("name"), "%!_1%", '!'))).containsExactly("Eve_100%");
      assertThat(names(em, c -> cb -> cb.like(c.get("name"), cb.literal("%\\%"), cb.literal('\\'))))
          .containsExactly("Eve_100%");
      assertThat(names(em, c -> cb -> cb.notLike(c.get("name"), "%e%"))).containsExactly("Ada", "Bob", "Cy");
      assertThat(names(em, c -> cb -> cb.like(cb.lower(c.get("name")), "%e%"))).containsExactly("Dee", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.equal(cb.upper(c.get("name")), "BOB"))).containsExactly("Bob");
      assertThat(names(em, c -> cb -> c.get("name").in("Ada", "Cy", "Zed"))).containsExactly("Ada", "Cy");
      assertThat(names(em, c -> cb -> cb.in(c.get("age")).value(25).value(41)))
          .containsExactly("Cy", "Dee", "Eve_100%");
      assertThat(names(em, c -> cb -> c.get("id").in(List.of(2L, 4L)))).containsExactly("Bob", "Dee");
      assertThat(names(em, c -> cb -> cb.not(c.get("age").in(25, 36)))).containsExactly("Dee");
      assertThat(names(em, c -> cb -> cb.between(c.get("age"), 25, 36))).containsExactly("Ada", "Cy", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.between(c.<LocalDate>get("joined"), LocalDate.of(2019, 1, 1),
          LocalDate.of(2020, 12, 31)))).containsExactly("Ada", "Cy");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void literals_ofEnumDateAndBigDecimal_areBoundHidden(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, c -> cb -> cb.equal(c.get("status"), Status.NEW))).containsExactly("Bob", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.equal(c.get("tier"), Tier.GOLD))).containsExactly("Ada", "Dee");
      assertThat(names(em, c -> cb -> c.get("tier").in(Tier.SILVER, Tier.BRONZE))).containsExactly("Cy", "Eve_100%");
      assertThat(names(em, c -> cb -> cb.lessThan(c.<LocalDate>get("joined"), LocalDate.of(2020, 1, 1))))
          .containsExactly("Cy", "Dee");
      assertThat(names(em, c -> cb -> cb.gt(c.<BigDecimal>get("credit"), new BigDecimal("50"))))
          .containsExactly("Ada", "Dee");
      assertThat(names(em, c -> cb -> cb.equal(c.get("credit"), cb.literal(new BigDecimal("10.00")))))
          .containsExactly("Eve_100%");

      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      q.where(cb.equal(c.get("status"), Status.ACTIVE), cb.gt(c.<BigDecimal>get("credit"), new BigDecimal("1")));
      TypedQuery<Customer> query = em.createQuery(q);
      if (provider == Provider.MEMORY) {
        // Deliberate: literals are not declared parameters; Hibernate lists the ones it binds as such.
        assertThat(query.getParameters()).isEmpty();
      }
      assertThat(query.getResultList()).extracting(Customer::getName).containsExactlyInAnyOrder("Ada", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void parameters_namedAndUnnamed_bindThroughTheirExpressions(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> q = cb.createQuery(String.class);
      Root<Customer> c = q.from(Customer.class);
      ParameterExpression<Integer> min = cb.parameter(Integer.class, "min");
      ParameterExpression<Status> status = cb.parameter(Status.class);
      q.select(c.get("name")).where(cb.ge(c.get("age"), min), cb.equal(c.get("status"), status),
          cb.equal(c.get("tier"), Tier.GOLD)).orderBy(cb.asc(c.get("id")));
      TypedQuery<String> query = em.createQuery(q);
      assertThat(query.getParameters()).hasSize(provider == Provider.MEMORY ? 2 : 3);
      assertThat(query.isBound(status)).isFalse();
      query.setParameter(min, 30).setParameter(status, Status.ACTIVE);
      assertThat(query.isBound(status)).isTrue();
      assertThat(query.getParameterValue(status)).isEqualTo(Status.ACTIVE);
      assertThat(query.getParameterValue(min)).isEqualTo(30);
      assertThat(query.getParameterValue("min")).isEqualTo(30);
      assertThat(query.getResultList()).containsExactly("Ada", "Dee");
      query.setParameter("min", 40);
      assertThat(query.getResultList()).containsExactly("Dee");
      assertThatThrownBy(() -> query.setParameter(cb.parameter(Integer.class), 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  @SuppressWarnings({"unchecked", "rawtypes"})
  void parameters_collectionInIn_bindLists(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      ParameterExpression<Collection> ids = cb.parameter(Collection.class);
      q.where(c.get("id").in(ids)).orderBy(cb.desc(c.get("id")));
      List<Customer> found = em.createQuery(q).setParameter(ids, List.of(1L, 3L, 9L)).getResultList();
      assertThat(found).extracting(Customer::getName).containsExactly("Cy", "Ada");

      CriteriaQuery<String> named = cb.createQuery(String.class);
      Root<Customer> n = named.from(Customer.class);
      ParameterExpression<List> names = cb.parameter(List.class, "names");
      named.select(n.get("email")).where(n.get("name").in(names)).orderBy(cb.asc(n.get("email")));
      assertThat(em.createQuery(named).setParameter("names", List.of("Bob", "Ada")).getResultList())
          .containsExactly("ada@x.org", "bob@x.org");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joins_innerLeftAndFetch_returnJoinedRows(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> inner = cb.createQuery(Object[].class);
      Root<Customer> c = inner.from(Customer.class);
      Join<Customer, Purchase> p = c.join("purchases");
      Join<Purchase, Product> product = p.join("product");
      inner.multiselect(c.get("name"), product.get("title")).where(cb.gt(p.get("quantity"), 1))
          .orderBy(cb.asc(p.get("id")));
      assertThat(em.createQuery(inner).getResultList())
          .containsExactly(new Object[] {"Ada", "Book"}, new Object[] {"Cy", "Book"}, new Object[] {"Dee", "Pen"});

      CriteriaQuery<Tuple> left = cb.createTupleQuery();
      Root<Customer> l = left.from(Customer.class);
      Join<Customer, Purchase> lp = l.join("purchases", JoinType.LEFT);
      left.multiselect(l.get("name").alias("name"), cb.count(lp).alias("n")).groupBy(l.get("name"))
          .orderBy(cb.asc(l.get("name")));
      List<Tuple> counts = em.createQuery(left).getResultList();
      assertThat(counts).extracting(t -> t.get("name") + "=" + t.get("n"))
          .containsExactly("Ada=2", "Bob=0", "Cy=1", "Dee=2", "Eve_100%=0");

      CriteriaQuery<Customer> fetch = cb.createQuery(Customer.class);
      Root<Customer> f = fetch.from(Customer.class);
      f.fetch("purchases", JoinType.LEFT);
      fetch.select(f).distinct(true).where(cb.equal(f.get("address").get("city"), "London"))
          .orderBy(cb.asc(f.get("id")));
      List<Customer> fetched = em.createQuery(fetch).getResultList();
      assertThat(fetched).extracting(Customer::getName).containsExactly("Ada", "Dee");
      assertThat(em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(fetched.get(0), "purchases"))
          .isTrue();
      assertThat(fetched.get(1).getPurchases()).hasSize(2);

      CriteriaQuery<String> referrers = cb.createQuery(String.class);
      Root<Customer> r = referrers.from(Customer.class);
      Join<Customer, Customer> ref = r.join("referrer", JoinType.LEFT);
      referrers.select(cb.concat(cb.concat(r.get("name"), "<"), cb.coalesce(ref.get("name"), "-")))
          .orderBy(cb.asc(r.get("id")));
      assertThat(em.createQuery(referrers).getResultList())
          .containsExactly("Ada<-", "Bob<-", "Cy<Ada", "Dee<Ada", "Eve_100%<Cy");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderBy_nullsAndPaging_pageTheSortedRows(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> q = cb.createQuery(String.class);
      Root<Customer> c = q.from(Customer.class);
      q.select(c.get("name")).orderBy(cb.desc(c.get("age"), Nulls.LAST), cb.asc(c.get("name")));
      assertThat(em.createQuery(q).getResultList()).containsExactly("Dee", "Ada", "Cy", "Eve_100%", "Bob");
      q.orderBy(cb.asc(c.get("age"), Nulls.FIRST), cb.desc(c.get("name")));
      assertThat(em.createQuery(q).getResultList()).containsExactly("Bob", "Eve_100%", "Cy", "Ada", "Dee");
      assertThat(em.createQuery(q).setFirstResult(1).setMaxResults(2).getResultList())
          .containsExactly("Eve_100%", "Cy");
      assertThat(em.createQuery(q).setFirstResult(4).setMaxResults(10).getResultList()).containsExactly("Dee");
      q.orderBy(cb.asc(c.get("address").get("city")), cb.asc(c.get("id")));
      assertThat(em.createQuery(q).setMaxResults(3).getResultList()).containsExactly("Cy", "Eve_100%", "Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void aggregates_countGroupByHaving_computeAsSql(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Long> count = cb.createQuery(Long.class);
      Root<Purchase> p = count.from(Purchase.class);
      count.select(cb.count(p));
      assertThat(em.createQuery(count).getSingleResult()).isEqualTo(6L);
      count.select(cb.countDistinct(p.get("customer")));
      assertThat(em.createQuery(count).getSingleResult()).isEqualTo(3L);
      count.select(cb.count(p.get("amount")));
      assertThat(em.createQuery(count).getSingleResult()).isEqualTo(5L);

      CriteriaQuery<Object[]> groups = cb.createQuery(Object[].class);
      Root<Purchase> g = groups.from(Purchase.class);
      Path<Object> product = g.get("product").get("title");
      Expression<Integer> quantity = g.get("quantity");
      groups.multiselect(product, cb.count(g), cb.sum(quantity), cb.max(quantity),
          cb.min(g.<BigDecimal>get("amount")))
          .groupBy(product).having(cb.gt(cb.count(g), 1L)).orderBy(cb.asc(product));
      List<Object[]> rows = em.createQuery(groups).getResultList();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0)).containsExactly("Book", 2L, 7, 5, new BigDecimal("20.00"));
      assertThat(rows.get(1)).containsExactly("Pen", 2L, 13, 10, new BigDecimal("1.50"));

      CriteriaQuery<Integer> total = cb.createQuery(Integer.class);
      Root<Purchase> t = total.from(Purchase.class);
      total.select(cb.sum(t.get("quantity")));
      assertThat(em.createQuery(total).getSingleResult()).isEqualTo(22);
      CriteriaQuery<Long> longTotal = cb.createQuery(Long.class);
      Root<Purchase> lt = longTotal.from(Purchase.class);
      longTotal.select(cb.sumAsLong(lt.get("quantity")));
      assertThat(em.createQuery(longTotal).getSingleResult()).isEqualTo(22L);

      CriteriaQuery<Float> floats = cb.createQuery(Float.class);
      Root<Product> w = floats.from(Product.class);
      floats.select(cb.sum(cb.toFloat(w.get("weight"))));
      assertThat(em.createQuery(floats).getSingleResult()).isInstanceOf(Float.class)
          .isCloseTo(32.76f, org.assertj.core.data.Offset.offset(0.001f));

      CriteriaQuery<Double> avg = cb.createQuery(Double.class);
      Root<Customer> c = avg.from(Customer.class);
      avg.select(cb.avg(c.get("age"))).where(cb.equal(c.get("tier"), Tier.GOLD));
      assertThat(em.createQuery(avg).getSingleResult()).isEqualTo(38.5);

      CriteriaQuery<BigDecimal> sum = cb.createQuery(BigDecimal.class);
      Root<Purchase> s = sum.from(Purchase.class);
      sum.select(cb.sum(s.<BigDecimal>get("amount"))).where(cb.isNotNull(s.get("customer")));
      assertThat(em.createQuery(sum).getSingleResult()).isEqualByComparingTo("415.50");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void selections_tupleArrayAndConstruct_shapeEachRow(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Tuple> q = cb.createTupleQuery();
      Root<Customer> c = q.from(Customer.class);
      Path<String> name = c.get("name");
      Selection<Integer> age = c.<Integer>get("age").alias("years");
      q.multiselect(name, age).where(cb.equal(c.get("id"), 1L));
      Tuple tuple = em.createQuery(q).getSingleResult();
      assertThat(tuple.get(name)).isEqualTo("Ada");
      assertThat(tuple.get(age)).isEqualTo(36);
      assertThat(tuple.get("years")).isEqualTo(36);
      assertThat(tuple.get("years", Integer.class)).isEqualTo(36);
      assertThat(tuple.get(0)).isEqualTo("Ada");
      assertThat(tuple.getElements()).hasSize(2);
      assertThat(tuple.getElements().get(1).getAlias()).isEqualTo("years");
      assertThatThrownBy(() -> tuple.get(c.get("email"))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> tuple.get("nope")).isInstanceOf(IllegalArgumentException.class);

      CriteriaQuery<Tuple> single = cb.createTupleQuery();
      Root<Customer> sc = single.from(Customer.class);
      single.select(sc.get("email")).where(cb.equal(sc.get("id"), 2L));
      assertThat(em.createQuery(single).getSingleResult().get(0)).isEqualTo("bob@x.org");

      CriteriaQuery<Object[]> array = cb.createQuery(Object[].class);
      Root<Customer> a = array.from(Customer.class);
      array.select(cb.array(a.get("name"), a.get("tier"))).where(cb.equal(a.get("id"), 3L));
      assertThat(em.createQuery(array).getSingleResult()).containsExactly("Cy", Tier.SILVER);

      CriteriaQuery<NameAge> dto = cb.createQuery(NameAge.class);
      Root<Customer> d = dto.from(Customer.class);
      dto.select(cb.construct(NameAge.class, d.get("name"), d.get("age"))).where(cb.le(d.get("id"), 2L))
          .orderBy(cb.asc(d.get("id")));
      assertThat(em.createQuery(dto).getResultList()).containsExactly(new NameAge("Ada", 36), new NameAge("Bob", null));

      CriteriaQuery<NameAge> multi = cb.createQuery(NameAge.class);
      Root<Customer> m = multi.from(Customer.class);
      multi.multiselect(m.get("name"), m.get("age")).where(cb.equal(m.get("id"), 3L));
      assertThat(em.createQuery(multi).getSingleResult()).isEqualTo(new NameAge("Cy", 25));

      CriteriaQuery<Object> untyped = cb.createQuery();
      Root<Customer> u = untyped.from(Customer.class);
      untyped.multiselect(u.get("name"), u.get("age")).where(cb.equal(u.get("id"), 3L));
      assertThat((Object[]) em.createQuery(untyped).getSingleResult()).containsExactly("Cy", 25);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void builtOnce_runsFromTwoEntityManagers(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    ParameterExpression<Tier> tier = cb.parameter(Tier.class);
    q.select(c.get("name")).where(cb.equal(c.get("tier"), tier), cb.equal(c.get("status"), Status.ACTIVE))
        .orderBy(cb.asc(c.get("name")));
    try (EntityManager first = emf.createEntityManager(); EntityManager second = emf.createEntityManager()) {
      assertThat(first.createQuery(q).setParameter(tier, Tier.GOLD).getResultList()).containsExactly("Ada", "Dee");
      assertThat(second.createQuery(q).setParameter(tier, Tier.GOLD).getResultList()).containsExactly("Ada", "Dee");
      q.where(cb.equal(c.get("tier"), tier));
      assertThat(second.createQuery(q).setParameter(tier, Tier.SILVER).getResultList()).containsExactly("Cy");
      assertThat(first.createQuery(q).setParameter(tier, Tier.BRONZE).getResultList()).containsExactly("Eve_100%");
    }
  }
}
