package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.graph.MemoryAttributeNode;
import org.memoryjpa.internal.graph.MemoryEntityGraph;
import org.memoryjpa.internal.graph.MemorySubgraph;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;
import org.memoryjpa.internal.metadata.DomainModel;

/** The read-only view the session and query engine use to apply fetch and load graphs. */
class GraphTraversalTest {

  private final DomainModel shop = GraphFixtures.shop();
  private final NamedEntityGraphRegistry registry = GraphFixtures.registry();

  @Test
  void attributeNodes_graphWithoutTreatedSubgraphs_listsOwnNodesInOrderAdded() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
    graph.addAttributeNodes("tags", "name");

    assertThat(graph.attributeNodes(Customer.class))
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("tags", "name");
    assertThat(graph.attributeNodes())
        .extracting(node -> node.attribute().name())
        .containsExactly("tags", "name");
  }

  @Test
  void attributeNodes_subtypeInstance_addsNodesOfTreatedSubgraph() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
    graph.addAttributeNode("name");
    graph.addTreatedSubgraph(VipCustomer.class).addAttributeNodes("manager", "name");

    assertThat(graph.attributeNodes(VipCustomer.class))
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("name", "manager", "name");
    assertThat(graph.attributeNodes(Customer.class))
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("name");
  }

  @Test
  void attributeNodes_declaredGraph_returnsSameListOnEveryCall() {
    MemoryEntityGraph<?> graph = registry.getEntityGraph("Customer.address");

    assertThat(graph.attributeNodes(Customer.class)).isSameAs(graph.attributeNodes());
    assertThat(graph.attributeNodes()).isSameAs(graph.attributeNodes());
  }

  @Test
  void valueSubgraph_collectionNode_describesElementEntity() {
    MemoryEntityGraph<?> graph = registry.getEntityGraph("Customer.purchases");

    MemoryAttributeNode<?> purchases = graph.getAttributeNode("purchases");

    assertThat(purchases.attribute())
        .isSameAs(shop.requireEntity(Customer.class).requireAttribute("purchases"));
    assertThat(purchases.valueSubgraph().managedType())
        .isSameAs(shop.findManagedType(Purchase.class));
    assertThat(purchases.keySubgraph()).isNull();
    assertThat(graph.getAttributeNode("name").valueSubgraph()).isNull();
  }

  @Test
  void keySubgraph_mapKeyedByEntity_describesKeyEntity() {
    MemorySubgraph<?> purchase =
        registry.getEntityGraph("Customer.purchases").getAttributeNode("purchases").valueSubgraph();

    MemoryAttributeNode<?> quantities = purchase.getAttributeNode("quantities");

    assertThat(quantities.keySubgraph().managedType())
        .isSameAs(shop.findManagedType(Product.class));
    assertThat(quantities.keySubgraph().attributeNodes())
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("title");
    assertThat(quantities.valueSubgraph()).isNull();
  }

  @Test
  void valueSubgraph_treatedByType_appliesOnlyToInstancesOfSubtype() {
    MemorySubgraph<?> product =
        registry
            .getEntityGraph("Customer.purchases")
            .getAttributeNode("purchases")
            .valueSubgraph()
            .getAttributeNode("lines")
            .valueSubgraph()
            .getAttributeNode("product")
            .valueSubgraph();

    assertThat(product.managedType()).isSameAs(shop.findManagedType(Product.class));
    assertThat(product.attributeNodes(Book.class))
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("author");
    assertThat(product.attributeNodes(Album.class)).isEmpty();
    assertThat(product.attributeNodes(Product.class)).isEmpty();
  }

  @Test
  void excludedAttributes_removedAttribute_isListedUntilAddedAgain() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
    graph.removeAttributeNode("referrer");
    graph.removeAttributeNode("tags");

    assertThat(graph.excludedAttributes(Customer.class)).containsExactly("referrer", "tags");

    graph.addSubgraph("referrer");

    assertThat(graph.excludedAttributes(Customer.class)).containsExactly("tags");
  }

  @Test
  void excludedAttributes_removedByType_listsEveryAttributeOfThatType() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    graph.removeAttributeNodes(PersistentAttributeType.ELEMENT_COLLECTION);

    assertThat(graph.excludedAttributes(Customer.class))
        .containsExactlyInAnyOrder("tags", "previousAddresses");
  }

  @Test
  void excludedAttributes_removedInTreatedSubgraph_appliesToSubtypeOnly() {
    MemoryEntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);
    graph.addTreatedSubgraph(VipCustomer.class).removeAttributeNode("manager");

    assertThat(graph.excludedAttributes(VipCustomer.class)).containsExactly("manager");
    assertThat(graph.excludedAttributes(Customer.class)).isEmpty();
  }

  @Test
  void isMutable_createdDeclaredAndCopiedGraphs_tellsWhichMayChange() {
    assertThat(registry.createEntityGraph(Customer.class).isMutable()).isTrue();
    assertThat(registry.getEntityGraph("Customer.all").isMutable()).isFalse();
    assertThat(registry.createEntityGraph("Customer.all").isMutable()).isTrue();
  }

  @Test
  void require_graphOfThisProvider_returnsIt() {
    EntityGraph<Customer> graph = registry.createEntityGraph(Customer.class);

    assertThat(MemoryEntityGraph.require(graph)).isSameAs(graph);
  }

  @Test
  void require_null_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MemoryEntityGraph.require(null))
        .withMessageStartingWith("Entity graph 'null' was not created by memory-jpa");
  }
}
