package org.memoryjpa.internal.metadata;

import java.util.List;

/**
 * A {@code @NamedEntityGraph} as declared on an entity: attribute nodes and their subgraphs by name.
 *
 * @param name the graph's name (the entity name when the annotation gives none)
 * @param entity the entity the graph is rooted at
 * @param includeAllAttributes whether every attribute is a node
 * @param attributeNodes the nodes of the root
 * @param subgraphs the named subgraphs nodes may refer to
 * @param subclassSubgraphs the subgraphs for subclasses
 */
public record NamedEntityGraphModel(
    String name,
    EntityModel entity,
    boolean includeAllAttributes,
    List<Node> attributeNodes,
    List<Subgraph> subgraphs,
    List<Subgraph> subclassSubgraphs) {

  /** One attribute node: the attribute and the names of its subgraph and key subgraph (or ""). */
  public record Node(String attribute, String subgraph, String keySubgraph) {}

  /** A named subgraph: its type (void.class when unspecified) and its nodes. */
  public record Subgraph(String name, Class<?> type, List<Node> attributeNodes) {}
}
