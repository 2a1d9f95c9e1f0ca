package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.graph.GraphFixtures.shape;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;
import org.memoryjpa.internal.metadata.MetadataReader;

/**
 * {@code @NamedEntityGraph} declarations, right and wrong, each on its own small model, built by
 * memory-jpa at bootstrap and by Hibernate when it boots.
 */
class NamedEntityGraphDeclarationsTest {

  @Entity(name = "Node")
  public static class Node {
    @Id Long id;
    String label;
    @ManyToOne Node next;
  }

  @Entity(name = "SpecialNode")
  public static class SpecialNode extends Node {
    String extra;
  }

  @Entity(name = "Unrelated")
  public static class Unrelated {
    @Id Long id;
  }

  @Entity(name = "MissingSubgraph")
  @NamedEntityGraph(
      name = "missing",
      attributeNodes = @NamedAttributeNode(value = "node", subgraph = "nod"),
      subgraphs = @NamedSubgraph(name = "node", attributeNodes = @NamedAttributeNode("label")))
  public static class MissingSubgraph {
    @Id Long id;
    @ManyToOne Node node;
  }

  @Entity(name = "NoSubgraphs")
  @NamedEntityGraph(
      name = "none",
      attributeNodes = @NamedAttributeNode(value = "node", subgraph = "node"))
  public static class NoSubgraphs {
    @Id Long id;
    @ManyToOne Node node;
  }

  @Entity(name = "MisspeltInSubgraph")
  @NamedEntityGraph(
      name = "misspelt",
      attributeNodes = @NamedAttributeNode(value = "node", subgraph = "s"),
      subgraphs = @NamedSubgraph(name = "s", attributeNodes = @NamedAttributeNode("lable")))
  public static class MisspeltInSubgraph {
    @Id Long id;
    @ManyToOne Node node;
  }

  @Entity(name = "WrongSubgraphType")
  @NamedEntityGraph(
      name = "wrongType",
      attributeNodes = @NamedAttributeNode(value = "node", subgraph = "s"),
      subgraphs =
          @NamedSubgraph(
              name = "s",
              type = Unrelated.class,
              attributeNodes = @NamedAttributeNode("id")))
  public static class WrongSubgraphType {
    @Id Long id;
    @ManyToOne Node node;
  }

  @Entity(name = "SubgraphOnBasic")
  @NamedEntityGraph(
      name = "onBasic",
      attributeNodes = @NamedAttributeNode(value = "name", subgraph = "s"),
      subgraphs = @NamedSubgraph(name = "s", attributeNodes = @NamedAttributeNode("label")))
  public static class SubgraphOnBasic {
    @Id Long id;
    String name;
  }

  @Entity(name = "KeySubgraphOnBasic")
  @NamedEntityGraph(
      name = "keyOnBasic",
      attributeNodes = @NamedAttributeNode(value = "name", keySubgraph = "s"),
      subgraphs =
          @NamedSubgraph(
              name = "s",
              type = Node.class,
              attributeNodes = @NamedAttributeNode("label")))
  public static class KeySubgraphOnBasic {
    @Id Long id;
    String name;
  }

  @Entity(name = "UntypedSubclassSubgraph")
  @NamedEntityGraph(
      name = "untypedSubclass",
      subclassSubgraphs = @NamedSubgraph(name = "sub", attributeNodes = @NamedAttributeNode("id")))
  public static class UntypedSubclassSubgraph {
    @Id Long id;
  }

  @Entity(name = "Cycle")
  @NamedEntityGraph(
      name = "cycle",
      attributeNodes = @NamedAttributeNode(value = "node", subgraph = "a"),
      subgraphs = {
        @NamedSubgraph(
            name = "a",
            attributeNodes = @NamedAttributeNode(value = "next", subgraph = "b")),
        @NamedSubgraph(
            name = "b",
            attributeNodes = @NamedAttributeNode(value = "next", subgraph = "a"))
      })
  public static class Cycle {
    @Id Long id;
    @ManyToOne Node node;
  }

  @Entity(name = "UntypedKeySubgraph")
  @NamedEntityGraph(
      name = "untypedKey",
      attributeNodes = @NamedAttributeNode(value = "counts", keySubgraph = "k"),
      subgraphs = @NamedSubgraph(name = "k", attributeNodes = @NamedAttributeNode("label")))
  public static class UntypedKeySubgraph {
    @Id Long id;

    @ElementCollection
    @MapKeyJoinColumn(name = "node_id")
    Map<Node, Integer> counts;
  }

  @Entity(name = "SubgraphPerSubtype")
  @NamedEntityGraph(
      name = "perSubtype",
      attributeNodes = {
        @NamedAttributeNode("node"),
        @NamedAttributeNode(value = "node", subgraph = "s")
      },
      subgraphs = {
        @NamedSubgraph(name = "s", attributeNodes = @NamedAttributeNode("label")),
        @NamedSubgraph(
            name = "s",
            type = SpecialNode.class,
            attributeNodes = @NamedAttributeNode("extra"))
      })
  public static class SubgraphPerSubtype {
    @Id Long id;
    @ManyToOne Node node;
  }

  @Entity(name = "Unnamed")
  @NamedEntityGraph(attributeNodes = @NamedAttributeNode("name"))
  public static class Unnamed {
    @Id Long id;
    String name;
  }

  @Entity(name = "AllOfSubtype")
  @NamedEntityGraph(name = "allOfSubtype", includeAllAttributes = true)
  public static class AllOfSubtype extends Node {
    String more;
  }

  private static NamedEntityGraphRegistry memory(Class<?>... classes) {
    return NamedEntityGraphRegistry.of(MetadataReader.read(List.of(classes)));
  }

  /** The shape of the named graph as Hibernate builds it. */
  private static String hibernateShape(String graphName, Class<?>... classes) {
    try (EntityManagerFactory factory = GraphFixtures.hibernate(List.of(classes))) {
      return shape(factory.createEntityManager().getEntityGraph(graphName));
    }
  }

  @Test
  void bootstrap_nodeNamesMisspeltSubgraph_throwsPersistenceExceptionWithSuggestion() {
    assertThatThrownBy(() -> memory(MissingSubgraph.class, Node.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessage(
            "Mapping error in '"
                + MissingSubgraph.class.getName()
                + "': @NamedEntityGraph 'missing': attribute node 'node' refers to subgraph 'nod',"
                + " which the graph does not declare; did you mean 'node'?");
  }

  @Test
  void bootstrap_nodeNamesMissingSubgraph_failsWhereHibernateIgnoresIt() {
    assertThatThrownBy(() -> memory(NoSubgraphs.class, Node.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageEndingWith(
            "@NamedEntityGraph 'none': attribute node 'node' refers to subgraph 'node', which the"
                + " graph does not declare; declare it in subgraphs = @NamedSubgraph(name ="
                + " \"node\", ...)");
    assertThat(hibernateShape("none", NoSubgraphs.class, Node.class)).isEqualTo("[node]");
  }

  @Test
  void
      bootstrap_misspeltAttributeInSubgraph_throwsPersistenceExceptionNamingSubgraph_likeHibernate() {
    assertThatThrownBy(() -> memory(MisspeltInSubgraph.class, Node.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessage(
            "Mapping error in '"
                + MisspeltInSubgraph.class.getName()
                + "': @NamedEntityGraph 'misspelt', @NamedSubgraph 's': Unknown attribute 'lable'"
                + " of entity 'Node' at 'node' in entity graph 'misspelt'; did you mean 'label'?")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GraphFixtures.hibernate(List.of(MisspeltInSubgraph.class, Node.class)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void bootstrap_subgraphTypeNotASubtype_throwsPersistenceException_likeHibernate() {
    assertThatThrownBy(
            () -> memory(WrongSubgraphType.class, Node.class, SpecialNode.class, Unrelated.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining(
            "@NamedEntityGraph 'wrongType': attribute node 'node' with subgraph 's': Cannot treat"
                + " attribute 'node' of entity 'WrongSubgraphType' in entity graph 'wrongType' as '"
                + Unrelated.class.getName()
                + "'")
        .hasMessageEndingWith(
            "it is not an entity subtype of entity 'Node'; its subtypes are 'SpecialNode'");
    assertThatThrownBy(
            () ->
                GraphFixtures.hibernate(
                    List.of(WrongSubgraphType.class, Node.class, Unrelated.class)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void bootstrap_subgraphOnBasicAttribute_throwsPersistenceException_likeHibernate() {
    assertThatThrownBy(() -> memory(SubgraphOnBasic.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageEndingWith(
            "@NamedEntityGraph 'onBasic': attribute node 'name' with subgraph 's': Cannot add a"
                + " subgraph for attribute 'name' of entity 'SubgraphOnBasic' in entity graph"
                + " 'onBasic': its type 'String' is not an entity or embeddable");
    assertThatThrownBy(() -> GraphFixtures.hibernate(List.of(SubgraphOnBasic.class)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void bootstrap_keySubgraphOnBasicAttribute_throwsPersistenceException_likeHibernate() {
    assertThatThrownBy(() -> memory(KeySubgraphOnBasic.class, Node.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageEndingWith(
            "Cannot add a key subgraph for attribute 'name' of entity 'KeySubgraphOnBasic' in"
                + " entity graph 'keyOnBasic': it is not a Map");
    assertThatThrownBy(() -> GraphFixtures.hibernate(List.of(KeySubgraphOnBasic.class, Node.class)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void bootstrap_subclassSubgraphWithoutType_throwsPersistenceException_likeHibernate() {
    assertThatThrownBy(() -> memory(UntypedSubclassSubgraph.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageEndingWith(
            "@NamedEntityGraph 'untypedSubclass': subclass subgraph 'sub' declares no type; set"
                + " @NamedSubgraph(type = ...) to an entity subclass of 'UntypedSubclassSubgraph'");
    assertThatThrownBy(() -> GraphFixtures.hibernate(List.of(UntypedSubclassSubgraph.class)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void bootstrap_subgraphsReferringToEachOther_throwsPersistenceExceptionNamingCycle() {
    // Hibernate 7 overflows the stack on this declaration
    assertThatThrownBy(() -> memory(Cycle.class, Node.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageEndingWith(
            "@NamedEntityGraph 'cycle', @NamedSubgraph 'b': subgraph 'a' refers to itself through"
                + " 'a' -> 'b' -> 'a'; a named entity graph must be finite: end the chain with a"
                + " subgraph without that node");
  }

  @Test
  void bootstrap_untypedKeySubgraph_buildsKeySubgraph_whereHibernateFailsToBoot() {
    NamedEntityGraphRegistry registry = memory(UntypedKeySubgraph.class, Node.class);

    assertThat(shape(registry.getEntityGraph("untypedKey")))
        .isEqualTo("[counts key{Node:[label]}]");
    // Hibernate 7.4 builds a value subgraph for an untyped key subgraph, and fails on the Integer
    // values
    assertThatThrownBy(() -> GraphFixtures.hibernate(List.of(UntypedKeySubgraph.class, Node.class)))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void bootstrap_subgraphsOfOneNamePerSubtypeAndRepeatedNode_mergeIntoOneNode_likeHibernate() {
    Class<?>[] classes = {SubgraphPerSubtype.class, Node.class, SpecialNode.class};

    String shape = shape(memory(classes).getEntityGraph("perSubtype"));

    assertThat(shape)
        .isEqualTo("[node{Node:[label], SpecialNode:[extra]}]")
        .isEqualTo(hibernateShape("perSubtype", classes));
  }

  @Test
  void bootstrap_graphWithoutName_isNamedAfterEntity_likeHibernate() {
    EntityGraph<?> graph = memory(Unnamed.class).getEntityGraph("Unnamed");

    assertThat(graph.getName()).isEqualTo("Unnamed");
    assertThat(shape(graph))
        .isEqualTo("[name]")
        .isEqualTo(hibernateShape("Unnamed", Unnamed.class));
  }

  @Test
  void change_declaredGraph_throwsIllegalState_whereHibernateLetsChangeReachEveryEntityManager() {
    EntityGraph<?> graph = memory(Unnamed.class).getEntityGraph("Unnamed");

    assertThatIllegalStateException().isThrownBy(() -> graph.addAttributeNode("id"));
    try (EntityManagerFactory factory = GraphFixtures.hibernate(List.of(Unnamed.class))) {
      factory.createEntityManager().getEntityGraph("Unnamed").addAttributeNode("id");
      assertThat(shape(factory.createEntityManager().getEntityGraph("Unnamed")))
          .isEqualTo("[id, name]");
    }
  }

  @Test
  void bootstrap_includeAllAttributesOnSubtype_includesInheritedAttributes_likeHibernate() {
    Class<?>[] classes = {AllOfSubtype.class, Node.class};

    String shape = shape(memory(classes).getEntityGraph("allOfSubtype"));

    assertThat(shape)
        .isEqualTo("[id, label, more, next]")
        .isEqualTo(hibernateShape("allOfSubtype", classes));
  }
}
