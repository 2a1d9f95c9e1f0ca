package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * The Criteria shapes Spring Data JPA generates, written out by hand and run on both providers:
 * derived queries (ignore-case {@code like} with escape, {@code in}, {@code between}, {@code isNull},
 * ordering through left joins), Specifications with their paging count queries, Query by Example,
 * {@code findAllById}, {@code exists}, keyset scrolling and interface projections.
 */
class CriteriaSpringDataRunTest {

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

  /** Spring Data's {@code Specification}: a restriction over a root, also used by the count query. */
  private interface Specification {
    Predicate toPredicate(Root<Customer> root, CriteriaQuery<?> query, CriteriaBuilder cb);
  }

  /** As Spring Data escapes a value for LIKE with its default escape character. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void derived_containingIgnoreCaseOrderByAgeDesc_usesLowerLikeEscape(Provider provider) {
    try (EntityManager em = filled(provider)) {
      // findByNameContainingIgnoreCaseOrderByAgeDescIdAsc(String part)
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> root = q.from(Customer.class);
      ParameterExpression<String> part = cb.parameter(String.class);
      q.select(root).where(cb.like(cb.lower(root.get("name")), part, '\\'))
          .orderBy(cb.desc(root.get("age")), cb.asc(root.get("id")));
      TypedQuery<Customer> query = em.createQuery(q);
      assertThat(query.setParameter(part, "%" + escape("E").toLowerCase() + "%").getResultList())
          .extracting(Customer::getName).containsExactly("Dee", "Eve_100%");
      assertThat(query.setParameter(part, "%" + escape("_1") + "%").getResultList())
          .extracting(Customer::getName).containsExactly("Eve_100%");
      assertThat(query.setParameter(part, "%" + escape("0%") + "%").getResultList())
          .extracting(Customer::getName).containsExactly("Eve_100%");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  @SuppressWarnings({"unchecked", "rawtypes"})
  void derived_betweenInIsNullAndNestedProperty_bindNamedParameters(Provider provider) {
    try (EntityManager em = filled(provider)) {
      // findByAgeBetweenAndStatusInOrEmailIsNull(int from, int to, Collection<Status> statuses)
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> root = q.from(Customer.class);
      ParameterExpression<Integer> from = cb.parameter(Integer.class, "from");
      ParameterExpression<Integer> to = cb.parameter(Integer.class, "to");
      ParameterExpression<Collection> statuses = cb.parameter(Collection.class, "statuses");
      q.select(root).where(cb.or(cb.and(cb.between(root.get("age"), from, to), root.get("status").in(statuses)),
          cb.isNull(root.get("email")))).orderBy(cb.asc(root.get("id")));
      List<Customer> found = em.createQuery(q).setParameter("from", 20).setParameter("to", 40)
          .setParameter("statuses", List.of(Status.ACTIVE, Status.SUSPENDED)).getResultList();
      assertThat(found).extracting(Customer::getName).containsExactly("Ada", "Cy", "Eve_100%");

      // findByReferrerNameStartingWithOrderByReferrerNameAscNameAsc: an inner join for the predicate
      CriteriaQuery<Customer> nested = cb.createQuery(Customer.class);
      Root<Customer> n = nested.from(Customer.class);
      ParameterExpression<String> prefix = cb.parameter(String.class);
      nested.select(n).where(cb.like(n.join("referrer").get("name"), prefix, '\\'))
          .orderBy(cb.asc(n.join("referrer", JoinType.LEFT).get("name")), cb.asc(n.get("name")));
      assertThat(em.createQuery(nested).setParameter(prefix, "A%").getResultList())
          .extracting(Customer::getName).containsExactly("Cy", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void specification_pagedWithCountQuery_pagesAndCounts(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      Specification active = (root, query, b) -> b.isTrue(root.get("active"));
      Specification londonOrGold = (root, query, b) -> b.or(b.equal(root.get("address").get("city"), "London"),
          b.equal(root.get("tier"), Tier.GOLD));
      Specification both = (root, query, b) -> b.and(active.toPredicate(root, query, b),
          b.not(londonOrGold.toPredicate(root, query, b)));
      Specification any = (root, query, b) -> b.or(active.toPredicate(root, query, b), b.isNull(root.get("age")));

      // findAll(any, PageRequest.of(1, 2, Sort.by("name").descending()))
      CriteriaQuery<Customer> page = cb.createQuery(Customer.class);
      Root<Customer> root = page.from(Customer.class);
      page.select(root).where(any.toPredicate(root, page, cb)).orderBy(cb.desc(root.get("name")));
      List<Customer> content = em.createQuery(page).setFirstResult(2).setMaxResults(2).getResultList();
      assertThat(content).extracting(Customer::getName).containsExactly("Bob", "Ada");

      // the count query of the page
      CriteriaQuery<Long> count = cb.createQuery(Long.class);
      Root<Customer> countRoot = count.from(Customer.class);
      count.select(count.isDistinct() ? cb.countDistinct(countRoot) : cb.count(countRoot))
          .where(any.toPredicate(countRoot, count, cb));
      assertThat(em.createQuery(count).getResultList()).containsExactly(4L);

      CriteriaQuery<Customer> narrow = cb.createQuery(Customer.class);
      Root<Customer> nr = narrow.from(Customer.class);
      narrow.select(nr).where(both.toPredicate(nr, narrow, cb));
      // Cy, active and SILVER, has no address: NOT (UNKNOWN OR FALSE) is UNKNOWN, so no row
      assertThat(em.createQuery(narrow).getResultList()).isEmpty();

      // a Specification that joins to-many and asks for distinct: the count is countDistinct
      Specification bought = (r, query, b) -> {
        query.distinct(true);
        return b.gt(r.join("purchases").get("quantity"), 1);
      };
      CriteriaQuery<Long> distinctCount = cb.createQuery(Long.class);
      Root<Customer> dr = distinctCount.from(Customer.class);
      Predicate predicate = bought.toPredicate(dr, distinctCount, cb);
      distinctCount.select(distinctCount.isDistinct() ? cb.countDistinct(dr) : cb.count(dr)).where(predicate);
      distinctCount.distinct(false);
      assertThat(em.createQuery(distinctCount).getSingleResult()).isEqualTo(3L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void queryByExample_literalsIgnoreCaseAndEmbedded_matchTheProbe(Provider provider) {
    try (EntityManager em = filled(provider)) {
      // Example.of(probe with status ACTIVE, tier GOLD, address.city "london", name "d"),
      // ExampleMatcher.matching().withIgnoreCase("address.city").withMatcher("name", contains().ignoreCase())
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> root = q.from(Customer.class);
      List<Predicate> predicates = new ArrayList<>();
      predicates.add(cb.equal(root.get("status"), Status.ACTIVE));
      predicates.add(cb.equal(root.get("tier"), Tier.GOLD));
      From<?, ?> address = root;
      predicates.add(cb.equal(cb.lower(address.get("address").get("city")), "london"));
      predicates.add(cb.like(cb.lower(root.get("name")), "%d%", '\\'));
      q.where(cb.and(predicates.toArray(Predicate[]::new))).orderBy(cb.asc(root.get("id")));
      assertThat(em.createQuery(q).getResultList()).extracting(Customer::getName).containsExactly("Ada", "Dee");

      // count(Example): the same predicates under count
      CriteriaQuery<Long> count = cb.createQuery(Long.class);
      Root<Customer> cr = count.from(Customer.class);
      count.select(cb.count(cr)).where(cb.equal(cr.get("status"), Status.NEW), cb.isFalse(cr.get("active")));
      assertThat(em.createQuery(count).getSingleResult()).isEqualTo(2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  @SuppressWarnings({"unchecked", "rawtypes"})
  void findAllByIdExistsAndProjection_asSpringDataBuildsThem(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      // findAllById(ids)
      CriteriaQuery<Customer> byIds = cb.createQuery(Customer.class);
      Root<Customer> root = byIds.from(Customer.class);
      ParameterExpression<Collection> ids = cb.parameter(Collection.class);
      byIds.select(root).where(root.get("id").in(ids));
      assertThat(em.createQuery(byIds).setParameter(ids, List.of(5L, 2L, 42L)).getResultList())
          .extracting(Customer::getName).containsExactlyInAnyOrder("Bob", "Eve_100%");

      // existsByEmail(email): select a literal, first row only
      CriteriaQuery<Integer> exists = cb.createQuery(Integer.class);
      Root<Customer> er = exists.from(Customer.class);
      ParameterExpression<String> email = cb.parameter(String.class, "email");
      exists.select(cb.literal(1)).where(cb.equal(er.get("email"), email));
      assertThat(em.createQuery(exists).setParameter(email, "cy@x.org").setMaxResults(1).getResultList())
          .containsExactly(1);
      assertThat(em.createQuery(exists).setParameter(email, "no@x.org").setMaxResults(1).getResultList()).isEmpty();

      // interface projection (name, referrer's name) through a tuple with aliases and a left join
      CriteriaQuery<Tuple> projection = cb.createTupleQuery();
      Root<Customer> pr = projection.from(Customer.class);
      projection.multiselect(pr.get("name").alias("name"),
          pr.join("referrer", JoinType.LEFT).get("name").alias("referrerName"))
          .where(cb.equal(pr.get("status"), Status.NEW)).orderBy(cb.asc(pr.get("id")));
      assertThat(em.createQuery(projection).getResultList())
          .extracting(t -> t.get("name", String.class) + "<" + t.get("referrerName", String.class))
          .containsExactly("Bob<null", "Eve_100%<Cy");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void keysetScrolling_pagesAfterTheLastKey(Provider provider) {
    try (EntityManager em = filled(provider)) {
      // findBy(spec, q -> q.sortBy(Sort.by("age", "id")).limit(2).scroll(keyset)) over non-null ages
      CriteriaBuilder cb = em.getCriteriaBuilder();
      List<String> seen = new ArrayList<>();
      Integer lastAge = null;
      Long lastId = null;
      for (int pageNumber = 0; pageNumber < 3; pageNumber++) {
        CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
        Root<Customer> root = q.from(Customer.class);
        Expression<Integer> age = root.get("age");
        Predicate where = cb.isNotNull(age);
        if (lastAge != null) {
          where = cb.and(where, cb.or(cb.greaterThan(age, lastAge),
              cb.and(cb.equal(age, lastAge), cb.greaterThan(root.get("id"), lastId))));
        }
        q.select(root).where(where).orderBy(cb.asc(age), cb.asc(root.get("id")));
        List<Customer> page = em.createQuery(q).setMaxResults(2).getResultList();
        if (page.isEmpty()) {
          break;
        }
        page.forEach(c -> seen.add(c.getName()));
        lastAge = page.get(page.size() - 1).getAge();
        lastId = page.get(page.size() - 1).getId();
      }
      assertThat(seen).containsExactly("Cy", "Eve_100%", "Ada", "Dee");
    }
  }
}
