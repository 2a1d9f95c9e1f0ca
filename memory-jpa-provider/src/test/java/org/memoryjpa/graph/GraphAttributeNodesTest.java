package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.graph.GraphFixtures.shape;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Graph;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;

/**
 * Attribute nodes of a graph made with createEntityGraph(Class), on memory-jpa and on Hibernate.
 */
class GraphAttributeNodesTest {

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

  /** Runs the same steps on a new Customer graph of each provider and returns their shapes. */
  private String[] onBoth(Consumer<EntityGraph<Customer>> steps) {
    EntityGraph<Customer> memory = registry.createEntityGraph(Customer.class);
    EntityGraph<Customer> reference = hibernate.createEntityGraph(Customer.class);
    steps.accept(memory);
    steps.accept(reference);
    return new String[] {shape(memory), shape(reference)};
  }

  private EntityGraph<Customer> customerGraph() {
    return registry.createEntityGraph(Customer.class);
  }

  @Test
  void addAttributeNode_name_addsNodeOfThatAttribute() {
    EntityGraph<Customer> graph = customerGraph();

    AttributeNode<String> node = graph.addAttributeNode("name");

    assertThat(node.getAttributeName()).isEqualTo("name");
    assertThat(shape(graph)).isEqualTo("[name]");
  }

  @Test
  void addAttributeNode_sameNameTwice_returnsExistingNode() {
    EntityGraph<Customer> graph = customerGraph();

    AttributeNode<?> first = graph.addAttributeNode("name");

    assertThat(graph.<Object>addAttributeNode("name")).isSameAs(first);
    assertThat(graph.getAttributeNodes()).hasSize(1);
  }

  @Test
  void addAttributeNode_inheritedAttribute_addsNode() {
    EntityGraph<VipCustomer> graph = registry.createEntityGraph(VipCustomer.class);

    graph.addAttributeNode("name");
    graph.addAttributeNode("level");

    assertThat(shape(graph)).isEqualTo("[level, name]");
  }

  @Test
  void addAttributeNode_misspeltName_throwsIllegalArgumentWithSuggestion_likeHibernate() {
    assertThatThrownBy(() -> customerGraph().addAttributeNode("nmae"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unknown attribute 'nmae' of entity 'Customer' in an entity graph; did you mean"
                + " 'name'?");
    assertThatThrownBy(() -> hibernate.createEntityGraph(Customer.class).addAttributeNode("nmae"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addAttributeNode_attributeOfSubtype_throwsIllegalArgumentNamingSubtype_likeHibernate() {
    assertThatThrownBy(() -> customerGraph().addAttributeNode("manager"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unknown attribute 'manager' of entity 'Customer' in an entity graph; it is an"
                + " attribute of subtype 'VipCustomer': add it to a subgraph treated as"
                + " 'VipCustomer'");
    assertThatThrownBy(
            () -> hibernate.createEntityGraph(Customer.class).addAttributeNode("manager"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addAttributeNode_nullName_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customerGraph().addAttributeNode((String) null))
        .withMessageStartingWith("Unknown attribute 'null' of entity 'Customer'");
  }

  @Test
  void addAttributeNode_metamodelAttribute_addsNode_likeHibernate() {
    String[] shapes = onBoth(graph -> graph.addAttributeNode(Customer_.tags));

    assertThat(shapes[0]).isEqualTo("[tags]").isEqualTo(shapes[1]);
  }

  @Test
  void addAttributeNode_inheritedMetamodelAttribute_addsNode() {
    EntityGraph<VipCustomer> graph = registry.createEntityGraph(VipCustomer.class);

    AttributeNode<String> node = graph.addAttributeNode(Customer_.name);

    assertThat(node.getAttributeName()).isEqualTo("name");
    assertThat(graph.hasAttributeNode(Customer_.name)).isTrue();
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"}) // a wrong call only raw types let through
  void addAttributeNode_attributeOfAnotherEntity_throwsIllegalArgument() {
    Graph raw = customerGraph();

    assertThatThrownBy(() -> raw.addAttributeNode(Purchase_.lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Attribute 'lines' of 'org.memoryjpa.graph.Purchase' is not an attribute of entity"
                + " 'Customer' in an entity graph; pass an attribute of 'Customer' or of one of its"
                + " supertypes");
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"}) // a wrong call only raw types let through
  void addAttributeNode_attributeOfSubtype_throwsIllegalArgumentWithTreatHint() {
    Graph raw = customerGraph();

    assertThatThrownBy(() -> raw.addAttributeNode(VipCustomer_.manager))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("; add it to a subgraph treated as 'VipCustomer'");
  }

  @Test
  void addAttributeNodes_names_addsEachAndKeepsExisting_likeHibernate() {
    String[] shapes =
        onBoth(
            graph -> {
              graph.addAttributeNode("name");
              graph.addAttributeNodes("name", "address", "purchases");
            });

    assertThat(shapes[0]).isEqualTo("[address, name, purchases]").isEqualTo(shapes[1]);
  }

  @Test
  void addAttributeNodes_oneUnknownName_addsNone() {
    EntityGraph<Customer> graph = customerGraph();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> graph.addAttributeNodes("name", "adress"))
        .withMessageEndingWith("did you mean 'address'?");
    assertThat(graph.getAttributeNodes()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked") // JPA's addAttributeNodes(Attribute...) is not @SafeVarargs
  void addAttributeNodes_metamodelAttributes_addsEach_likeHibernate() {
    String[] shapes = onBoth(graph -> graph.addAttributeNodes(Customer_.name, Customer_.referrer));

    assertThat(shapes[0]).isEqualTo("[name, referrer]").isEqualTo(shapes[1]);
  }

  @Test
  void hasAttributeNode_presentAndAbsent_answersLikeHibernate() {
    EntityGraph<Customer> memory = customerGraph();
    EntityGraph<Customer> reference = hibernate.createEntityGraph(Customer.class);
    memory.addAttributeNode("name");
    reference.addAttributeNode("name");

    assertThat(memory.hasAttributeNode("name"))
        .isTrue()
        .isEqualTo(reference.hasAttributeNode("name"));
    assertThat(memory.hasAttributeNode("address"))
        .isFalse()
        .isEqualTo(reference.hasAttributeNode("address"));
    assertThat(memory.hasAttributeNode(Customer_.name))
        .isTrue()
        .isEqualTo(reference.hasAttributeNode(Customer_.name));
    assertThat(memory.hasAttributeNode(Customer_.tags))
        .isFalse()
        .isEqualTo(reference.hasAttributeNode(Customer_.tags));
  }

  @Test
  void hasAttributeNode_unknownName_throwsIllegalArgumentWhereHibernateAnswersFalse() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customerGraph().hasAttributeNode("nmae"))
        .withMessageEndingWith("did you mean 'name'?");
    assertThat(hibernate.createEntityGraph(Customer.class).hasAttributeNode("nmae")).isFalse();
  }

  @Test
  void getAttributeNode_present_returnsTheNode() {
    EntityGraph<Customer> graph = customerGraph();
    AttributeNode<?> node = graph.addAttributeNode("address");

    assertThat(graph.<Object>getAttributeNode("address")).isSameAs(node);
    assertThat(graph.getAttributeNode(Customer_.address)).isSameAs(node);
  }

  @Test
  void getAttributeNode_absent_returnsNull_likeHibernate() {
    EntityGraph<Customer> reference = hibernate.createEntityGraph(Customer.class);

    assertThat(customerGraph().<Object>getAttributeNode("address")).isNull();
    assertThat(customerGraph().getAttributeNode(Customer_.address)).isNull();
    assertThat(reference.<Object>getAttributeNode("address")).isNull();
    assertThat(reference.getAttributeNode(Customer_.address)).isNull();
  }

  @Test
  void getAttributeNode_unknownName_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customerGraph().getAttributeNode("adress"))
        .withMessage(
            "Unknown attribute 'adress' of entity 'Customer' in an entity graph; did you mean"
                + " 'address'?");
  }

  @Test
  void removeAttributeNode_name_removesNode_likeHibernate() {
    String[] shapes =
        onBoth(
            graph -> {
              graph.addAttributeNodes("name", "address");
              graph.removeAttributeNode("name");
            });

    assertThat(shapes[0]).isEqualTo("[address]").isEqualTo(shapes[1]);
  }

  @Test
  void removeAttributeNode_absentNode_changesNothing_likeHibernate() {
    String[] shapes =
        onBoth(
            graph -> {
              graph.addAttributeNode("name");
              graph.removeAttributeNode("address");
            });

    assertThat(shapes[0]).isEqualTo("[name]").isEqualTo(shapes[1]);
  }

  @Test
  @SuppressWarnings("unchecked") // JPA's addAttributeNodes(Attribute...) is not @SafeVarargs
  void removeAttributeNode_metamodelAttribute_removesNode_likeHibernate() {
    String[] shapes =
        onBoth(
            graph -> {
              graph.addAttributeNodes(Customer_.name, Customer_.tags);
              graph.removeAttributeNode(Customer_.tags);
            });

    assertThat(shapes[0]).isEqualTo("[name]").isEqualTo(shapes[1]);
  }

  @Test
  void removeAttributeNode_unknownName_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customerGraph().removeAttributeNode("tgas"))
        .withMessageEndingWith("did you mean 'tags'?");
  }

  @Test
  void removeAttributeNode_thenAddAgain_dropsFormerSubgraph_likeHibernate() {
    String[] shapes =
        onBoth(
            graph -> {
              graph.addSubgraph("purchases").addAttributeNode("lines");
              graph.removeAttributeNode("purchases");
              graph.addAttributeNode("purchases");
            });

    assertThat(shapes[0]).isEqualTo("[purchases]").isEqualTo(shapes[1]);
  }

  @Test
  void removeAttributeNodes_basic_removesOnlyBasicNodes_likeHibernate() {
    String[] shapes =
        onBoth(
            graph -> {
              graph.addAttributeNodes("id", "name", "address", "tags", "purchases", "referrer");
              graph.removeAttributeNodes(PersistentAttributeType.BASIC);
            });

    assertThat(shapes[0]).isEqualTo("[address, purchases, referrer, tags]").isEqualTo(shapes[1]);
  }

  @Test
  void removeAttributeNodes_null_throwsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customerGraph().removeAttributeNodes(null))
        .withMessageContaining("pass a PersistentAttributeType");
  }

  @Test
  void getAttributeNodes_listInOrderAdded() {
    EntityGraph<Customer> graph = customerGraph();
    graph.addAttributeNodes("tags", "address", "name");

    assertThat(graph.getAttributeNodes())
        .extracting(AttributeNode::getAttributeName)
        .containsExactly("tags", "address", "name");
  }

  @Test
  void getAttributeNodes_modify_throwsUnsupportedOperation_likeHibernate() {
    EntityGraph<Customer> memory = customerGraph();
    EntityGraph<Customer> reference = hibernate.createEntityGraph(Customer.class);
    memory.addAttributeNode("name");
    reference.addAttributeNode("name");

    assertThatThrownBy(() -> memory.getAttributeNodes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> reference.getAttributeNodes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void getName_createdGraph_isNull_likeHibernate() {
    assertThat(customerGraph().getName()).isNull();
    assertThat(hibernate.createEntityGraph(Customer.class).getName()).isNull();
  }
}
