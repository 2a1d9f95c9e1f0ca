package org.memoryjpa.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.memoryjpa.benchmarks.model.Customer;
import org.memoryjpa.benchmarks.model.OrderStatus;
import org.memoryjpa.benchmarks.model.Product;
import org.memoryjpa.benchmarks.model.PurchaseOrder;

/**
 * The entity workloads as plain JPA code, one unit of work per call, shared by the JMH benchmarks and
 * the smoke test so that what is measured is what is tested. Each opens and closes its own entity
 * manager, as a request or a test method does. Stateless.
 */
public final class Workloads {

  /** Orders per persist operation. */
  public static final int ORDERS_PER_PERSIST = 250;

  /** Lines per order: with the order itself, {@code 250 × (1 + 3) = 1,000} entities per operation. */
  public static final int LINES_PER_ORDER = 3;

  /** Entities one persist operation stores. */
  public static final int ENTITIES_PER_PERSIST = ORDERS_PER_PERSIST * (1 + LINES_PER_ORDER);

  private static final LocalDateTime FIRST_ORDER = LocalDateTime.of(2024, 1, 1, 9, 0);
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private Workloads() {}

  /** Workload 1: bootstraps a factory over the model (empty schema) and closes it. */
  public static EntityManagerFactory bootstrapAndClose(Provider provider) {
    EntityManagerFactory factory = provider.bootstrap("bootstrap");
    factory.close();
    return factory;
  }

  /**
   * Workload 2: persists {@value #ORDERS_PER_PERSIST} orders of {@value #LINES_PER_ORDER} lines each
   * (the lines by cascade) for existing customers and products, referred to by
   * {@code getReference}, in one transaction. {@code sequence} varies customers, products and
   * timestamps between calls. Returns the id of the last order.
   */
  public static long persistOrders(
      EntityManagerFactory factory, Long[] customerIds, Long[] productIds, int sequence) {
    try (EntityManager em = factory.createEntityManager()) {
      em.getTransaction().begin();
      PurchaseOrder order = null;
      for (int o = 0; o < ORDERS_PER_PERSIST; o++) {
        int n = sequence * ORDERS_PER_PERSIST + o;
        Customer customer = em.getReference(Customer.class, customerIds[Math.floorMod(n, customerIds.length)]);
        order = new PurchaseOrder(customer, FIRST_ORDER.plusMinutes(n), OrderStatus.PLACED);
        for (int l = 0; l < LINES_PER_ORDER; l++) {
          int p = Math.floorMod(n * LINES_PER_ORDER + l, productIds.length);
          order.addLine(em.getReference(Product.class, productIds[p]), 1 + l, Dataset.price(p));
        }
        em.persist(order);
      }
      em.getTransaction().commit();
      return order.getId();
    }
  }

  /** Workload 3: finds a customer by id in a fresh entity manager, then closes it. */
  public static Customer findCustomer(EntityManagerFactory factory, Long id) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.find(Customer.class, id);
    }
  }

  /**
   * Workload 4: loads a product, moves its price a cent up (or down, on odd {@code sequence}) and
   * commits: dirty checking, an optimistic version check and increment. Returns the new version.
   */
  public static long repriceProduct(EntityManagerFactory factory, Long id, int sequence) {
    try (EntityManager em = factory.createEntityManager()) {
      em.getTransaction().begin();
      Product product = em.find(Product.class, id);
      product.setPrice((sequence & 1) == 0 ? product.getPrice().add(CENT) : product.getPrice().subtract(CENT));
      em.getTransaction().commit();
      return product.getVersion();
    }
  }
}
