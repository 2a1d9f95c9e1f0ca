package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.session.MemoryQuery;
import org.memoryjpa.testing.Provider;

/** The planner's choices, asserted through the printed plans (memory-jpa only). */
class QueryPlanTest {

  private static EntityManagerFactory emf;

  @BeforeAll
  static void open() {
    emf = Provider.MEMORY.create(QueryData.CLASSES);
    QueryData.fill(emf);
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  private static String plan(String jpql) {
    try (EntityManager em = emf.createEntityManager()) {
      return em.createQuery(jpql).unwrap(MemoryQuery.class).plan();
    }
  }

  @Test
  void plan_equalityOnKeyUniqueAndIndex_looksUp() {
    assertThat(plan("select c from Customer c where c.id = :id")).isEqualTo("""
        Project c
          KeyLookup Customer c (key = :id)""");
    assertThat(plan("select c from Customer c where c = :customer")).contains("KeyLookup Customer c (key = :customer)");
    assertThat(plan("select c from Customer c where c.id in :ids")).contains("KeyLookup Customer c (key IN (:ids))");
    assertThat(plan("select c from Customer c where c.id in (1, 2)")).contains("KeyLookup Customer c (key IN (1, 2))");
    assertThat(plan("select c from Customer c where c.email = :e"))
        .contains("IndexLookup Customer c using UK_q_customer_email (email = :e)");
    assertThat(plan("select c from Customer c where c.age = 25 and c.name = 'Cy'")).isEqualTo("""
        Project c
          Filter c.name = 'Cy'
            IndexLookup Customer c using IDX_customer_age (age = 25)""");
    assertThat(plan("select c from Customer c where c.address.city in ('Paris', 'Berlin')"))
        .contains("IndexLookup Customer c using IDX_customer_city (address.city IN ('Paris', 'Berlin'))");
  }

  @Test
  void plan_rangesOnSortedIndex_scanTheRange() {
    assertThat(plan("select c from Customer c where c.age > :a")).contains(
        "IndexRange Customer c using IDX_customer_age (age > :a)");
    assertThat(plan("select c from Customer c where c.age >= 20 and c.age < 30")).contains(
        "IndexRange Customer c using IDX_customer_age (age >= 20 AND age < 30)");
    assertThat(plan("select c from Customer c where c.age between 20 and 30")).contains(
        "IndexRange Customer c using IDX_customer_age (age >= 20 AND age <= 30)");
    assertThat(plan("select c from Customer c where 30 < c.age")).contains("(age > 30)");
  }

  @Test
  void plan_noUsableIndex_scans() {
    assertThat(plan("select c from Customer c where c.name = 'Ada'")).isEqualTo("""
        Project c
          Filter c.name = 'Ada'
            Scan Customer c""");
    assertThat(plan("select c from Customer c where c.age = 25 or c.name = 'Ada'")).contains("Scan Customer c");
    assertThat(plan("select v from VipCustomer v")).contains("Scan Customer v as VipCustomer");
  }

  @Test
  void plan_joins_followForeignKeysAndReferenceIndexes() {
    assertThat(plan("select p from Purchase p where p.customer = :c")).contains("ReferenceLookup Purchase p (customer = :c)");
    assertThat(plan("select p from Purchase p where p.customer.id = 3")).contains("ReferenceLookup Purchase p (customer = 3)");
    assertThat(plan("select c.name, p.id from Customer c join c.purchases p where c.name = 'Ada'")).isEqualTo("""
        Project c.name, p.id
          NestedLoop INNER
            Filter c.name = 'Ada'
              Scan Customer c
            ReferenceLookup Purchase p (customer = c)""");
    assertThat(plan("select p.customer.name from Purchase p")).contains("ForeignKey Customer p.customer by p.customer");
    assertThat(plan("select f from Customer c join c.favorites f where c.id = 1")).contains(
        "KeyLookup Customer c (key = 1)", "KeyList Product f by c.favorites");
    assertThat(plan("select t from Customer c join c.tags t")).contains("Elements c.tags t");
    assertThat(plan("select c.name, p.title from Customer c, Product p where p.id = c.id")).contains(
        "NestedLoop CROSS", "KeyLookup Product p (key = c.id)");
    assertThat(plan("select c.name from Customer c left join c.referrer r on r.age > 30")).contains(
        "NestedLoop LEFT", "ForeignKey Customer r by c.referrer on r.age > 30");
  }

  @Test
  void plan_correlatedSubquery_usesTheReferenceIndex() {
    assertThat(plan("select c from Customer c where exists (select p from Purchase p where p.customer = c)"))
        .contains("Subquery (correlated) SELECT p FROM Purchase p WHERE p.customer = c",
            "    ReferenceLookup Purchase p (customer = c)");
  }

  @Test
  void plan_orderByWithMaxResults_keepsTopK() {
    try (EntityManager em = emf.createEntityManager()) {
      TypedQuery<Customer> query = em.createQuery("select c from Customer c order by c.name desc", Customer.class);
      assertThat(query.unwrap(MemoryQuery.class).plan()).contains("Sort c.name DESC");
      query.setFirstResult(1).setMaxResults(2);
      assertThat(query.unwrap(MemoryQuery.class).plan()).contains("TopK 3 c.name DESC");
      assertThat(query.getResultList()).extracting(Customer::getName).containsExactly("Dee", "Cy");
    }
  }

  @Test
  void plan_aggregates_areComputedOnce() {
    assertThat(plan("select c.status, count(c) from Customer c group by c.status having count(c) > 1"
        + " order by count(c)")).isEqualTo("""
        Project c.status, COUNT(c)
          Sort COUNT(c) ASC
            Filter COUNT(c) > 1
              Aggregate group by c.status: COUNT(c)
                Scan Customer c""");
  }

  @Test
  void rowsRead_indexLookup_readsOnlyTheMatches() {
    try (EntityManager em = emf.createEntityManager()) {
      MemoryQuery<?> query = em.createQuery("select c from Customer c where c.email = :e")
          .setParameter("e", "cy@x.org").unwrap(MemoryQuery.class);
      assertThat(query.getResultList()).hasSize(1);
      assertThat(query.rowsRead()).isEqualTo(1);
      MemoryQuery<?> scan = em.createQuery("select c from Customer c where c.name = 'Cy'").unwrap(MemoryQuery.class);
      assertThat(scan.getResultList()).hasSize(1);
      assertThat(scan.rowsRead()).isEqualTo(5);
      List<?> joined = em.createQuery("select p from Customer c join c.purchases p where c.id = 4").getResultList();
      assertThat(joined).hasSize(2);
    }
  }
}
