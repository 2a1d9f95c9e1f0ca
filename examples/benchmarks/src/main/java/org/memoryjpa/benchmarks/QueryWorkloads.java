package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.Customer_;
import org.memoryjpa.benchmarks.model.CustomerTier;
import org.memoryjpa.benchmarks.model.OrderStatus;

/**
 * Workloads 5 and 6, the query workloads, as an application writes them: {@link QueryBenchmark} times
 * them, {@code QueryWorkloadsTest} checks them against the plain-Java floor on both providers.
 * Stateless; each call opens and closes its own entity manager.
 */
public final class QueryWorkloads {

  static final String SELECTIVE = "select c from Customer c where c.email = :email";

  static final String BROAD =
      "select c from Customer c where c.tier = :tier order by c.registeredOn desc, c.id";

  static final String REVENUE_BY_TIER =
      "select c.tier, count(o), sum(o.total) from PurchaseOrder o join o.customer c"
          + " where o.status = :status group by c.tier order by c.tier";

  static final String BULK_STATUS = "update PurchaseOrder o set o.status = :to where o.status = :from";

  private QueryWorkloads() {}

  /** Workload 5a: selective JPQL on a unique, indexed attribute. */
  public static Customer customerByEmail(EntityManagerFactory factory, String email) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.createQuery(SELECTIVE, Customer.class).setParameter("email", email).getSingleResult();
    }
  }

  /** Workload 5b: broad JPQL, a quarter of the rows, ordered, the first 50. */
  public static List<Customer> newestOfTier(EntityManagerFactory factory, CustomerTier tier) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.createQuery(BROAD, Customer.class)
          .setParameter("tier", tier)
          .setMaxResults(PlainJavaFloorBenchmark.TOP)
          .getResultList();
    }
  }

  /** Workload 5c: a join with GROUP BY aggregates: per tier, how many orders and their total. */
  public static List<Object[]> revenueByTier(EntityManagerFactory factory, OrderStatus status) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.createQuery(REVENUE_BY_TIER, Object[].class).setParameter("status", status).getResultList();
    }
  }

  /** Workload 5d: the selective query as a Criteria query. */
  public static Customer customerByEmailCriteria(EntityManagerFactory factory, String email) {
    try (EntityManager em = factory.createEntityManager()) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
      Root<Customer> customer = query.from(Customer.class);
      query.select(customer).where(cb.equal(customer.get(Customer_.email), email));
      return em.createQuery(query).getSingleResult();
    }
  }

  /** Workload 6: a bulk UPDATE in its own transaction; returns the rows it changed. */
  public static int moveOrders(EntityManagerFactory factory, OrderStatus from, OrderStatus to) {
    try (EntityManager em = factory.createEntityManager()) {
      em.getTransaction().begin();
      int changed = em.createQuery(BULK_STATUS).setParameter("from", from).setParameter("to", to).executeUpdate();
      em.getTransaction().commit();
      return changed;
    }
  }
}
