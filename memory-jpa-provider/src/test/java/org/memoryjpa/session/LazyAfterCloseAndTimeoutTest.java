package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.RollbackException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.LazyInitializationException;
import org.memoryjpa.session.model.Address;
import org.memoryjpa.session.model.Customer;
import org.memoryjpa.session.model.PurchaseOrder;
import org.memoryjpa.testing.Provider;

/**
 * memory-jpa's switch to load lazy state after close (Hibernate's enable_lazy_load_no_trans), and the
 * JPA 3.2 transaction timeout.
 */
class LazyAfterCloseAndTimeoutTest {

  private static long seed(EntityManagerFactory emf) {
    return emf.callInTransaction(em -> {
      Customer customer = new Customer("l@x.org", "Lazy");
      customer.addOrder("tea", 3);
      em.persist(customer);
      return customer.getId();
    });
  }

  @Test
  void lazyCollectionAfterClose_byDefault_throwsLazyInitializationException() {
    try (EntityManagerFactory emf = Provider.MEMORY.create(Customer.class, PurchaseOrder.class, Address.class)) {
      long id = seed(emf);
      Customer customer;
      try (EntityManager em = emf.createEntityManager()) {
        customer = em.find(Customer.class, id);
      }
      assertThatThrownBy(() -> customer.getOrders().size())
          .isInstanceOf(LazyInitializationException.class)
          .hasMessageContaining("Customer.orders");
    }
  }

  @Test
  void lazyStateAfterClose_withLoadSetting_isLoaded() {
    try (EntityManagerFactory emf = Provider.MEMORY.create(
        Map.of(ConfigurationKeys.LAZY_LOAD_AFTER_CLOSE, "load"), Customer.class, PurchaseOrder.class, Address.class)) {
      long id = seed(emf);
      Customer customer;
      PurchaseOrder order;
      try (EntityManager em = emf.createEntityManager()) {
        customer = em.find(Customer.class, id);
        order = em.find(PurchaseOrder.class, emf.callInTransaction(
            e -> e.find(Customer.class, id).getOrders().get(0).getId()));
      }
      assertThat(customer.getOrders()).extracting(PurchaseOrder::getItem).containsExactly("tea");
      assertThat(order.getCustomer().getEmail()).isEqualTo("l@x.org");
    }
  }

  @Test
  void transactionTimeout_exceededBeforeCommit_rollsBackWithRollbackException() throws InterruptedException {
    try (EntityManagerFactory emf = Provider.MEMORY.create(Customer.class, PurchaseOrder.class, Address.class)) {
      long id = seed(emf);
      try (EntityManager em = emf.createEntityManager()) {
        EntityTransaction tx = em.getTransaction();
        tx.setTimeout(1);
        assertThat(tx.getTimeout()).isEqualTo(1);
        tx.begin();
        em.find(Customer.class, id).setName("Too late");
        Thread.sleep(1_100);
        assertThatThrownBy(tx::commit).isInstanceOf(RollbackException.class).hasMessageContaining("timed out");
      }
      try (EntityManager em = emf.createEntityManager()) {
        assertThat(em.find(Customer.class, id).getName()).isEqualTo("Lazy");
      }
    }
  }

  @Test
  void transactionTimeout_negative_isRejected() {
    try (EntityManagerFactory emf = Provider.MEMORY.create(Customer.class, PurchaseOrder.class, Address.class);
        EntityManager em = emf.createEntityManager()) {
      assertThatThrownBy(() -> em.getTransaction().setTimeout(-1)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
