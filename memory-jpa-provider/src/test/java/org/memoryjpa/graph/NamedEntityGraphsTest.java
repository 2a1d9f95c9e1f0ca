package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.memoryjpa.graph.GraphFixtures.shape;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Subgraph;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.memoryjpa.internal.graph.MemoryAttributeNode;
import org.memoryjpa.internal.graph.MemoryEntityGraph;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;

/**
 * Named graphs declared by {@code @NamedEntityGraph} on the shop's entities, compared with
 * Hibernate's.
 */
class NamedEntityGraphsTest {

  private static EntityManager hibernate;
  private final NamedEntityGraphRegistry registry = GraphFixtures.registry();

  @BeforeAll
  static void bootHibernate() {
    hibernate = GraphFixtures.hibernateShop().createEntityManager();
  }

  @AfterAll
  static void closeHibernate() {
    hibernate.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Customer.purchases",
        "Customer.all",
        "Customer.address",
        "VipCustomer.manager",
        "Book.author"
      })
  void getEntityGraph_declaredGraph_hasHibernatesNodes(String name) {
    assertThat(shape(registry.getEntityGraph(name)))
        .isEqualTo(shape(hibernate.getEntityGraph(name)));
  }

  @Test
  void getEntityGraph_nestedTypedAndKeySubgraphs_buildsEveryLevel() {
    assertThat(shape(registry.getEntityGraph("Customer.purchases")))
        .isEqualTo(
            "[name, purchases{Purchase:[lines{PurchaseLine:[product{Book:[author], Product:[]}]},"
                + " quantities key{Product:[title]}]}]");
  }

  @Test
  void getEntityGraph_includeAllAttributes_hasEveryAttribute() {
    assertThat(shape(registry.getEntityGraph("Customer.all")))
        .isEqualTo("[address, id, name, previousAddresses, purchases, referrer, tags, wishlist]");
  }

  @Test
  void getEntityGraph_embeddableSubgraph_describesEmbeddable() {
    assertThat(shape(registry.getEntityGraph("Customer.address")))
        .isEqualTo("[address{Address:[city]}]");
  }

  @Test
  void getEntityGraph_subclassSubgraph_addsSubtypeNodeFoundThroughRoot_likeHibernate() {
    MemoryEntityGraph<?> graph = registry.getEntityGraph("Customer.purchases");
    EntityGraph<?> reference = hibernate.getEntityGraph("Customer.purchases");

    assertThat(graph.hasAttributeNode("manager"))
        .isTrue()
        .isEqualTo(reference.hasAttributeNode("manager"));
    assertThat(graph.attributeNodes(VipCustomer.class))
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("name", "purchases", "manager");
    assertThat(graph.attributeNodes(Customer.class))
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("name", "purchases");
  }

  @Test
  void getName_declaredGraph_isDeclaredName_likeHibernate() {
    assertThat(registry.getEntityGraph("Customer.all").getName())
        .isEqualTo("Customer.all")
        .isEqualTo(hibernate.getEntityGraph("Customer.all").getName());
  }

  @Test
  void getEntityGraph_twice_returnsSameImmutableGraph() {
    MemoryEntityGraph<?> graph = registry.getEntityGraph("Customer.all");

    assertThat(registry.getEntityGraph("Customer.all")).isSameAs(graph);
    assertThat(graph.isMutable()).isFalse();
  }

  @SuppressWarnings("unchecked") // JPA's addAttributeNodes(Attribute...) is not @SafeVarargs
  static Stream<Arguments> changes() {
    return Stream.of(
        change("addAttributeNode(String)", graph -> graph.addAttributeNode("tags")),
        change("addAttributeNode(Attribute)", graph -> graph.addAttributeNode(Customer_.tags)),
        change("addAttributeNodes(String...)", graph -> graph.addAttributeNodes("tags")),
        change("addAttributeNodes(Attribute...)", graph -> graph.addAttributeNodes(Customer_.tags)),
        change("addAttributeNode of an existing node", graph -> graph.addAttributeNode("name")),
        change("removeAttributeNode(String)", graph -> graph.removeAttributeNode("name")),
        change(
            "removeAttributeNode(Attribute)", graph -> graph.removeAttributeNode(Customer_.name)),
        change(
            "removeAttributeNodes",
            graph -> graph.removeAttributeNodes(PersistentAttributeType.BASIC)),
        change("addSubgraph(String)", graph -> graph.addSubgraph("referrer")),
        change(
            "addSubgraph(String, Class)",
            graph -> graph.addSubgraph("referrer", VipCustomer.class)),
        change("addSubgraph(Attribute)", graph -> graph.addSubgraph(Customer_.referrer)),
        change(
            "addTreatedSubgraph(Attribute, Class)",
            graph -> graph.addTreatedSubgraph(Customer_.referrer, VipCustomer.class)),
        change("addElementSubgraph(String)", graph -> graph.addElementSubgraph("purchases")),
        change(
            "addElementSubgraph(String, Class)",
            graph -> graph.addElementSubgraph("wishlist", Book.class)),
        change(
            "addElementSubgraph(PluralAttribute)",
            graph -> graph.addElementSubgraph(Customer_.wishlist)),
        change(
            "addTreatedElementSubgraph",
            graph -> graph.addTreatedElementSubgraph(Customer_.wishlist, Book.class)),
        change("addKeySubgraph(String)", graph -> graph.addKeySubgraph("purchases")),
        change(
            "addKeySubgraph(String, Class)",
            graph -> graph.addKeySubgraph("purchases", Purchase.class)),
        change("addTreatedSubgraph(Class)", graph -> graph.addTreatedSubgraph(VipCustomer.class)),
        change(
            "a subgraph's addAttributeNode",
            graph -> firstSubgraph(graph, "purchases").addAttributeNode("customer")));
  }

  private static Arguments change(String what, Consumer<EntityGraph<Customer>> change) {
    return Arguments.of(what, change);
  }

  @SuppressWarnings("unchecked") // the subgraph of 'purchases' describes Purchase
  private static Subgraph<Purchase> firstSubgraph(EntityGraph<Customer> graph, String attribute) {
    return (Subgraph<Purchase>)
        graph.getAttributeNode(attribute).getSubgraphs().values().iterator().next();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  @SuppressWarnings("unchecked") // the graph is rooted at Customer
  void change_declaredGraph_throwsIllegalStateAndKeepsGraph(
      String what, Consumer<EntityGraph<Customer>> change) {
    EntityGraph<Customer> graph =
        (EntityGraph<Customer>) registry.getEntityGraph("Customer.purchases");
    String before = shape(graph);

    assertThatIllegalStateException()
        .isThrownBy(() -> change.accept(graph))
        .withMessage(
            "Cannot change the named entity graph 'Customer.purchases': named entity graphs are"
                + " immutable; use EntityManager.createEntityGraph(\"Customer.purchases\") for a"
                + " mutable copy");
    assertThat(shape(graph)).isEqualTo(before);
  }

  @Test
  void getSubgraphs_declaredGraph_areImmutableToo() {
    MemoryEntityGraph<?> graph = registry.getEntityGraph("Customer.purchases");
    MemoryAttributeNode<?> purchases = graph.getAttributeNode("purchases");

    Subgraph<?> keys =
        (Subgraph<?>)
            purchases
                .valueSubgraph()
                .getAttributeNode("quantities")
                .getKeySubgraphs()
                .get(Product.class);

    assertThat(keys.getClassType()).isEqualTo(Product.class);
    assertThatIllegalStateException().isThrownBy(() -> keys.addAttributeNode("id"));
  }
}
