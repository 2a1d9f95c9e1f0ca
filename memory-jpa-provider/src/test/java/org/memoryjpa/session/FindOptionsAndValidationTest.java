package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.session.model.Address;
import org.memoryjpa.session.model.AuditListener;
import org.memoryjpa.session.model.Audited;
import org.memoryjpa.session.model.Customer;
import org.memoryjpa.session.model.PurchaseOrder;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** find with entity graphs, and Bean Validation groups from the standard properties, on both providers. */
class FindOptionsAndValidationTest {

  /** A validation group no constraint of the model belongs to. */
  public interface Lenient {}

  private static final Factories FACTORIES =
      new Factories(Customer.class, PurchaseOrder.class, Address.class, Audited.class, AuditListener.class);
  private static final Factories LENIENT = new Factories(
      Map.of("jakarta.persistence.validation.group.pre-persist", Lenient.class.getName()),
      Audited.class, AuditListener.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
    LENIENT.close();
  }

  private static long customerWithOrder(EntityManagerFactory emf) {
    return emf.callInTransaction(em -> {
      Customer customer = new Customer("g@x.org", "Grace");
      customer.addOrder("compiler", 1);
      em.persist(customer);
      return customer.getId();
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void findWithEntityGraph_lazyCollectionNamed_isLoaded(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = customerWithOrder(emf);
    Customer customer;
    try (EntityManager em = emf.createEntityManager()) {
      EntityGraph<Customer> graph = em.createEntityGraph(Customer.class);
      graph.addAttributeNodes("orders");
      customer = em.find(graph, id);
    }
    assertThat(emf.getPersistenceUnitUtil().isLoaded(customer, "orders")).isTrue();
    assertThat(customer.getOrders()).extracting(PurchaseOrder::getItem).containsExactly("compiler");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void findWithFetchGraphHint_lazyCollectionNamed_isLoaded(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = customerWithOrder(emf);
    Customer customer;
    try (EntityManager em = emf.createEntityManager()) {
      EntityGraph<Customer> graph = em.createEntityGraph(Customer.class);
      graph.addAttributeNodes("orders");
      customer = em.find(Customer.class, id, Map.of("jakarta.persistence.fetchgraph", graph));
    }
    assertThat(customer.getOrders()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void findWithoutGraph_lazyCollection_isNotLoaded(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = customerWithOrder(emf);
    try (EntityManager em = emf.createEntityManager()) {
      Customer customer = em.find(Customer.class, id);
      assertThat(emf.getPersistenceUnitUtil().isLoaded(customer, "orders")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void validationGroupProperty_groupWithoutConstraints_skipsValidationButSizeStillBoundsTheColumn(Provider provider) {
    EntityManagerFactory emf = LENIENT.fresh(provider);
    // @NotNull is not checked by the lenient group; the label is short enough for its column
    long id = emf.callInTransaction(em -> {
      Audited audited = new Audited("short");
      audited.setLabel("fine");
      em.persist(audited);
      return audited.getId();
    });
    // @Size(max = 10) is the column's length (Hibernate applies Bean Validation to the schema): too
    // long fails at commit even though validation itself is skipped
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.persist(new Audited("far too long a label"))))
        .isInstanceOf(jakarta.persistence.PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Audited.class, id).getLabel()).isEqualTo("fine");
    }
  }
}
