package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Criteria subqueries, bulk updates and deletes run end to end on both providers, same assertions. */
class CriteriaStatementRunTest {

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

  private static List<String> customerNames(EntityManager em, CriteriaQuery<String> q, Root<Customer> c) {
    q.select(c.get("name")).orderBy(em.getCriteriaBuilder().asc(c.get("id")));
    return em.createQuery(q).getResultList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void subqueries_existsAndNotExists_correlateTheOuterRoot(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> q = cb.createQuery(String.class);
      Root<Customer> c = q.from(Customer.class);
      Subquery<Long> sub = q.subquery(Long.class);
      Root<Purchase> p = sub.from(Purchase.class);
      sub.select(p.get("id")).where(cb.equal(p.get("customer"), c), cb.gt(p.get("quantity"), 1));
      q.where(cb.exists(sub));
      assertThat(customerNames(em, q, c)).containsExactly("Ada", "Cy", "Dee");
      q.where(cb.not(cb.exists(sub)));
      assertThat(customerNames(em, q, c)).containsExactly("Bob", "Eve_100%");

      CriteriaQuery<String> correlated = cb.createQuery(String.class);
      Root<Customer> oc = correlated.from(Customer.class);
      Subquery<Long> count = correlated.subquery(Long.class);
      Root<Customer> same = count.correlate(oc);
      Join<Customer, Purchase> purchases = same.join("purchases");
      count.select(cb.count(purchases));
      correlated.where(cb.ge(count, 2L));
      assertThat(customerNames(em, correlated, oc)).containsExactly("Ada", "Dee");
      // the JPQL it stands for: a condition on a subquery over a path of the outer variable
      assertThat(em.createQuery("select c.name from Customer c where (select count(p) from c.purchases p) >= 2"
          + " order by c.id", String.class).getResultList()).containsExactly("Ada", "Dee");
      assertThat(em.createQuery("select c.name from Customer c where exists (select p from c.purchases p"
          + " where p.quantity > 4) order by c.id", String.class).getResultList()).containsExactly("Cy", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void subqueries_inScalarAndAll_compareWithTheirResults(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> titles = cb.createQuery(String.class);
      Root<Product> product = titles.from(Product.class);
      Subquery<Long> bought = titles.subquery(Long.class);
      Root<Purchase> p = bought.from(Purchase.class);
      bought.select(p.get("product").get("id")).where(cb.ge(p.get("quantity"), 5));
      titles.select(product.get("title")).where(product.get("id").in(bought)).orderBy(cb.asc(product.get("title")));
      assertThat(em.createQuery(titles).getResultList()).containsExactly("Book", "Pen");

      CriteriaQuery<String> older = cb.createQuery(String.class);
      Root<Customer> c = older.from(Customer.class);
      Subquery<Double> average = older.subquery(Double.class);
      Root<Customer> all = average.from(Customer.class);
      average.select(cb.avg(all.get("age")));
      older.where(cb.gt(c.get("age"), average));
      assertThat(customerNames(em, older, c)).containsExactly("Ada", "Dee");

      CriteriaQuery<String> aboveSilver = cb.createQuery(String.class);
      Root<Customer> a = aboveSilver.from(Customer.class);
      Subquery<Integer> silver = aboveSilver.subquery(Integer.class);
      Root<Customer> s = silver.from(Customer.class);
      silver.select(s.get("age")).where(cb.equal(s.get("tier"), Tier.SILVER));
      aboveSilver.where(cb.gt(a.get("age"), cb.all(silver)));
      assertThat(customerNames(em, aboveSilver, a)).containsExactly("Ada", "Dee");
      aboveSilver.where(cb.equal(a.get("age"), cb.any(silver)));
      assertThat(customerNames(em, aboveSilver, a)).containsExactly("Cy", "Eve_100%");

      CriteriaQuery<Tuple> counts = cb.createTupleQuery();
      Root<Customer> t = counts.from(Customer.class);
      Subquery<Long> perCustomer = counts.subquery(Long.class);
      Root<Purchase> tp = perCustomer.from(Purchase.class);
      perCustomer.select(cb.count(tp)).where(cb.equal(tp.get("customer"), t));
      counts.multiselect(t.get("name"), perCustomer).where(cb.le(t.get("id"), 2L)).orderBy(cb.asc(t.get("id")));
      List<Tuple> rows = em.createQuery(counts).getResultList();
      assertThat(rows).extracting(r -> r.get(0) + "=" + r.get(1)).containsExactly("Ada=2", "Bob=0");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void update_withLiteralsAndParameters_changesMatchingRows(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaUpdate<Customer> suspend = cb.createCriteriaUpdate(Customer.class);
    Root<Customer> c = suspend.from(Customer.class);
    suspend.set(c.<Status>get("status"), Status.SUSPENDED).where(cb.equal(c.get("tier"), Tier.GOLD));
    CriteriaUpdate<Customer> older = cb.createCriteriaUpdate(Customer.class);
    Root<Customer> o = older.from(Customer.class);
    ParameterExpression<Integer> years = cb.parameter(Integer.class, "years");
    Path<Integer> age = o.get("age");
    older.set(age, cb.sum(age, years)).set(o.<LocalDate>get("joined"), LocalDate.of(2024, 2, 29))
        .where(cb.isNotNull(age));
    int[] counts = emf.callInTransaction(em -> new int[] {
        em.createQuery(suspend).executeUpdate(),
        em.createQuery(older).setParameter(years, 2).executeUpdate()});
    assertThat(counts).containsExactly(2, 4);
    try (EntityManager em = emf.createEntityManager()) {
      CriteriaQuery<String> q = cb.createQuery(String.class);
      Root<Customer> r = q.from(Customer.class);
      q.where(cb.equal(r.get("status"), Status.SUSPENDED), cb.equal(r.get("age"), 38),
          cb.equal(r.get("joined"), LocalDate.of(2024, 2, 29)));
      assertThat(customerNames(em, q, r)).containsExactly("Ada");
      Query update = em.createQuery(suspend);
      assertThatThrownBy(update::executeUpdate).isInstanceOf(jakarta.persistence.TransactionRequiredException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void delete_withRestriction_removesMatchingRows(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaDelete<Purchase> delete = cb.createCriteriaDelete(Purchase.class);
    Root<Purchase> p = delete.from(Purchase.class);
    delete.where(cb.or(cb.gt(p.get("quantity"), 4),
        cb.lessThan(p.<LocalDate>get("placed"), LocalDate.of(2023, 2, 1))));
    int deleted = emf.callInTransaction(em -> em.createQuery(delete).executeUpdate());
    assertThat(deleted).isEqualTo(3);
    try (EntityManager em = emf.createEntityManager()) {
      CriteriaQuery<Long> ids = cb.createQuery(Long.class);
      Root<Purchase> left = ids.from(Purchase.class);
      ids.select(left.get("id")).orderBy(cb.asc(left.get("id")));
      assertThat(em.createQuery(ids).getResultList()).containsExactly(2L, 4L, 6L);
      assertThatThrownBy(() -> em.createQuery(ids).executeUpdate()).isInstanceOf(IllegalStateException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void queryApi_singleResultStreamAndLocks_asForJpql(Provider provider) {
    EntityManagerFactory emf = filled(provider);
    CriteriaBuilder cb = emf.getCriteriaBuilder();
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    ParameterExpression<Long> id = cb.parameter(Long.class);
    q.where(cb.equal(c.get("id"), id));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.createQuery(q).setParameter(id, 1L).getSingleResult().getName()).isEqualTo("Ada");
      assertThat(em.createQuery(q).setParameter(id, 99L).getSingleResultOrNull()).isNull();
      assertThatThrownBy(() -> em.createQuery(q).setParameter(id, 99L).getSingleResult())
          .isInstanceOf(jakarta.persistence.NoResultException.class);
      assertThatThrownBy(() -> em.createQuery(q).getResultList())
          .isInstanceOf(jakarta.persistence.PersistenceException.class);
      assertThat(em.createQuery(q).setParameter(id, 2L).getResultStream().map(Customer::getName))
          .containsExactly("Bob");
      assertThatThrownBy(() -> em.createQuery(q).setParameter(id, 1L)
          .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList())
          .isInstanceOf(jakarta.persistence.TransactionRequiredException.class);
    }
    String locked = emf.callInTransaction(em -> em.createQuery(q).setParameter(id, 3L)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getSingleResult().getName());
    assertThat(locked).isEqualTo("Cy");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void setOperations_unionAndExcept_combineTwoCriteriaQueries(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> first = cb.createQuery(String.class);
      Root<Customer> a = first.from(Customer.class);
      first.select(a.get("name")).where(cb.like(a.get("name"), "A%"));
      CriteriaQuery<String> second = cb.createQuery(String.class);
      Root<Customer> b = second.from(Customer.class);
      second.select(b.get("name")).where(cb.like(b.get("name"), "B%"));

      List<String> union = em.createQuery(cb.union(first, second)).getResultList();
      assertThat(union).containsExactlyInAnyOrder("Ada", "Bob");

      CriteriaQuery<String> all = cb.createQuery(String.class);
      Root<Customer> c = all.from(Customer.class);
      all.select(c.get("name"));
      List<String> except = em.createQuery(cb.except(all, first)).getResultList();
      assertThat(except).doesNotContain("Ada").contains("Bob");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void setOperations_criteriaSelectWithPaging_limitsTheCombinedRows(Provider provider) {
    try (EntityManager em = filled(provider).createEntityManager()) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> old = cb.createQuery(String.class);
      Root<Customer> a = old.from(Customer.class);
      old.select(a.get("name")).where(cb.gt(a.get("age"), 30));
      CriteriaQuery<String> young = cb.createQuery(String.class);
      Root<Customer> b = young.from(Customer.class);
      young.select(b.get("name")).where(cb.le(b.get("age"), 30));
      CriteriaSelect<String> union = cb.union(old, young);

      List<String> all = em.createQuery(union).getResultList();
      assertThat(all).containsExactlyInAnyOrder("Ada", "Cy", "Dee", "Eve_100%");
      assertThat(em.createQuery(union).setMaxResults(3).getResultList()).hasSize(3).isSubsetOf(all);
      assertThat(em.createQuery(union).setFirstResult(3).setMaxResults(5).getResultList()).hasSize(1);
      assertThat(em.createQuery(cb.intersect(old, young)).getResultList()).isEmpty();
      assertThat(em.createQuery(cb.unionAll(old, old)).getResultList()).containsExactlyInAnyOrder("Ada", "Dee",
          "Ada", "Dee");
    }
  }
}
