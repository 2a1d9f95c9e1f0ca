package org.memoryjpa.graph;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Graph;
import jakarta.persistence.Subgraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.MetadataReader;

/**
 * The shop model of the graph tests, read by memory-jpa and booted by Hibernate 7 + H2 (the
 * reference), and a provider-neutral rendering of a graph's nodes to compare the two.
 */
final class GraphFixtures {

  static final List<Class<?>> SHOP =
      List.of(
          Customer.class,
          VipCustomer.class,
          Address.class,
          Purchase.class,
          PurchaseLine.class,
          Product.class,
          Book.class,
          Album.class);

  private static final AtomicInteger UNITS = new AtomicInteger();
  private static DomainModel shop;
  private static EntityManagerFactory hibernateShop;

  private GraphFixtures() {}

  /** The shop model as memory-jpa reads it (immutable, so shared). */
  static synchronized DomainModel shop() {
    if (shop == null) {
      shop = MetadataReader.read(SHOP);
    }
    return shop;
  }

  /** A fresh registry of the shop's named graphs (fresh, because tests add graphs to it). */
  static NamedEntityGraphRegistry registry() {
    return NamedEntityGraphRegistry.of(shop());
  }

  /**
   * Hibernate's factory for the shop, shared by the graph tests and closed when the JVM exits.
   * Booting it also fills the static metamodel ({@code Customer_.name}) the tests pass as
   * attributes.
   */
  static synchronized EntityManagerFactory hibernateShop() {
    if (hibernateShop == null) {
      EntityManagerFactory factory = hibernate(SHOP);
      Runtime.getRuntime().addShutdownHook(new Thread(factory::close));
      hibernateShop = factory;
    }
    return hibernateShop;
  }

  /** A new Hibernate factory over the classes, on its own H2 database; the caller closes it. */
  static EntityManagerFactory hibernate(List<Class<?>> classes) {
    int unit = UNITS.incrementAndGet();
    return new HibernatePersistenceConfiguration("graphs" + unit)
        .managedClasses(classes)
        .property(
            "jakarta.persistence.jdbc.url", "jdbc:h2:mem:graphs" + unit + ";DB_CLOSE_DELAY=-1")
        .property("hibernate.hbm2ddl.auto", "create-drop")
        .createEntityManagerFactory();
  }

  /**
   * The nodes of a graph through the JPA API only, sorted, with subgraphs by class, e.g. {@code
   * [name, purchases{Purchase:[lines]}, quantities key{Product:[title]}]}.
   */
  static String shape(Graph<?> graph) {
    List<String> nodes = new ArrayList<>();
    for (AttributeNode<?> node : graph.getAttributeNodes()) {
      nodes.add(
          node.getAttributeName()
              + subgraphs("", node.getSubgraphs())
              + subgraphs(" key", node.getKeySubgraphs()));
    }
    nodes.sort(Comparator.naturalOrder());
    return "[" + String.join(", ", nodes) + "]";
  }

  @SuppressWarnings("rawtypes") // AttributeNode's signature is raw
  private static String subgraphs(String label, Map<Class, Subgraph> subgraphs) {
    if (subgraphs.isEmpty()) {
      return "";
    }
    List<String> entries = new ArrayList<>();
    subgraphs.forEach(
        (type, subgraph) -> entries.add(type.getSimpleName() + ":" + shape(subgraph)));
    entries.sort(Comparator.naturalOrder());
    return label + "{" + String.join(", ", entries) + "}";
  }
}
