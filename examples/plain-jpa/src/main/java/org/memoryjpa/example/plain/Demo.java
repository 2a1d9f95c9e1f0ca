package org.memoryjpa.example.plain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.PrintStream;
import java.util.List;

/**
 * The plain {@code persistence.xml} demo: the same JPA code that runs on Hibernate, on memory-jpa.
 * Run with {@code mvn -q -pl examples/plain-jpa -am package exec:java -DskipTests}.
 */
public final class Demo {

  private Demo() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the demo, printing what happens; returns the id of the customer it created. */
  public static long run(PrintStream out) {
    long started = System.nanoTime();
    try (EntityManagerFactory emf = Persistence.createEntityManagerFactory("shop")) {
      out.printf("Bootstrapped unit 'shop' with %s in %.1f ms%n",
          emf.getClass().getSimpleName(), (System.nanoTime() - started) / 1e6);

      Customer ada = emf.callInTransaction(em -> {
        Customer customer = new Customer("ada@example.org", "Ada", new Address("1 Loop Rd", "London"));
        customer.order("Analytical Engine", 1);
        customer.order("Punched cards", 500);
        em.persist(customer); // cascades to the orders
        return customer;
      });
      out.printf("Persisted customer #%d with %d orders%n", ada.getId(), ada.getOrders().size());

      try (EntityManager em = emf.createEntityManager()) {
        Customer found = em.find(Customer.class, ada.getId());
        out.printf("Found %s in %s, version %d, orders: %s%n", found.getName(),
            found.getAddress().getCity(), found.getVersion(),
            found.getOrders().stream().map(o -> o.getQuantity() + " x " + o.getItem()).toList());
      }

      try (EntityManager em = emf.createEntityManager()) {
        List<String> bulk = em.createQuery(
                "select o.item from PurchaseOrder o where o.quantity > :min order by o.item", String.class)
            .setParameter("min", 1)
            .getResultList();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<PurchaseOrder> order = count.from(PurchaseOrder.class);
        count.select(cb.count(order)).where(cb.equal(order.get("customer"), ada));
        out.printf("JPQL: bulk orders %s; Criteria: %d orders of Ada%n", bulk, em.createQuery(count).getSingleResult());
      }

      emf.runInTransaction(em -> em.find(Customer.class, ada.getId()).setName("Ada Lovelace"));

      try (EntityManager em = emf.createEntityManager()) {
        Customer renamed = em.find(Customer.class, ada.getId());
        out.printf("Renamed to %s, version now %d%n", renamed.getName(), renamed.getVersion());
      }

      try {
        emf.runInTransaction(em -> em.persist(new Customer("ada@example.org", "Impostor", null)));
      } catch (RollbackException e) {
        out.printf("Duplicate e-mail rejected: %s%n", e.getCause().getMessage());
      }
      return ada.getId();
    }
  }
}
