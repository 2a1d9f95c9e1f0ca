package org.memoryjpa.internal.graph;

import jakarta.persistence.PersistenceException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.memoryjpa.internal.diagnostics.MappingErrors;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.NamedEntityGraphModel;
import org.memoryjpa.internal.metadata.NamedEntityGraphModel.Node;
import org.memoryjpa.internal.metadata.NamedEntityGraphModel.Subgraph;

/**
 * Builds the immutable graph a {@code @NamedEntityGraph} declares, at bootstrap, through the same
 * {@link MemoryGraph} methods users call, so that names and subgraph targets are checked the same
 * way. As in Hibernate: {@code subgraph} on a collection describes its elements; a
 * {@code @NamedSubgraph} with a {@code type} is a treated subgraph of that subtype, and several
 * subgraphs of one name (one per subtype) all apply. Unlike Hibernate 7.4: an untyped {@code
 * keySubgraph} describes the map keys (Hibernate applies it to the values and fails on basic ones);
 * a node naming a subgraph the graph does not declare fails bootstrap (Hibernate ignores it);
 * subgraphs that refer to each other in a cycle fail bootstrap (Hibernate overflows the stack).
 * Every error is a {@link PersistenceException} naming the class, graph and subgraph. Single use;
 * not thread-safe.
 */
final class NamedEntityGraphBuilder {

  private final NamedEntityGraphModel declaration;
  // the named subgraphs being applied, innermost first: for messages and to find cycles
  private final Deque<String> chain = new ArrayDeque<>();
  private String subclassSubgraph; // the subclass subgraph being applied, for messages

  private NamedEntityGraphBuilder(NamedEntityGraphModel declaration) {
    this.declaration = declaration;
  }

  /**
   * The immutable graph the declaration describes, named after it.
   *
   * @throws PersistenceException naming the entity class, graph and subgraph of a wrong declaration
   */
  static MemoryEntityGraph<?> build(NamedEntityGraphModel declaration) {
    return new NamedEntityGraphBuilder(declaration).build();
  }

  private MemoryEntityGraph<?> build() {
    MemoryEntityGraph<Object> graph =
        MemoryEntityGraph.create(declaration.entity(), declaration.name());
    try {
      if (declaration.includeAllAttributes()) {
        for (AttributeMapping attribute : declaration.entity().attributes()) {
          graph.addAttributeNode(attribute.name());
        }
      }
      for (Subgraph subclass : declaration.subclassSubgraphs()) {
        if (subclass.type() == void.class) {
          throw error(
              "subclass subgraph '"
                  + subclass.name()
                  + "' declares no type; set @NamedSubgraph(type = ...)"
                  + " to an entity subclass of '"
                  + declaration.entity().name()
                  + "'",
              null);
        }
        subclassSubgraph = subclass.name();
        applyNodes(
            subclass.attributeNodes(), graph.addTreatedSubgraph(MemoryGraph.cast(subclass.type())));
        subclassSubgraph = null;
      }
      applyNodes(declaration.attributeNodes(), graph);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage(), e);
    }
    return graph.copy(declaration.name(), false);
  }

  private void applyNodes(List<Node> nodes, MemoryGraph<?> target) {
    for (Node node : nodes) {
      target.addAttributeNode(node.attribute());
      if (!node.subgraph().isEmpty()) {
        applySubgraphs(node, node.subgraph(), false, target);
      }
      if (!node.keySubgraph().isEmpty()) {
        applySubgraphs(node, node.keySubgraph(), true, target);
      }
    }
  }

  private void applySubgraphs(Node node, String name, boolean key, MemoryGraph<?> target) {
    List<Subgraph> matches = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (Subgraph subgraph : declaration.subgraphs()) {
      declared.add(subgraph.name());
      if (subgraph.name().equals(name)) {
        matches.add(subgraph);
      }
    }
    String what = (key ? "key subgraph '" : "subgraph '") + name + "'";
    if (matches.isEmpty()) {
      throw error(
          "attribute node '"
              + node.attribute()
              + "' refers to "
              + what
              + ", which the graph does not declare"
              + (declared.isEmpty()
                  ? "; declare it in subgraphs = @NamedSubgraph(name = \"" + name + "\", ...)"
                  : Suggestions.didYouMean(name, declared)),
          null);
    }
    if (chain.contains(name)) {
      List<String> cycle = new ArrayList<>(chain);
      Collections.reverse(cycle);
      cycle.add(name);
      throw error(
          what
              + " refers to itself through '"
              + String.join("' -> '", cycle)
              + "'; a named entity graph must be finite: end the chain with a subgraph without that"
              + " node",
          null);
    }
    for (Subgraph subgraph : matches) {
      Class<?> type = subgraph.type() == void.class ? null : subgraph.type();
      String attribute = node.attribute();
      MemorySubgraph<?> applied;
      try {
        applied =
            key
                ? (type == null
                    ? target.addKeySubgraph(attribute)
                    : target.addKeySubgraph(attribute, type))
                : (type == null
                    ? target.addSubgraph(attribute)
                    : target.addSubgraph(attribute, type));
      } catch (IllegalArgumentException e) {
        throw error("attribute node '" + attribute + "' with " + what + ": " + e.getMessage(), e);
      }
      chain.push(name);
      applyNodes(subgraph.attributeNodes(), applied);
      chain.pop();
    }
  }

  private PersistenceException error(String problem, Throwable cause) {
    String subgraph =
        !chain.isEmpty()
            ? ", @NamedSubgraph '" + chain.peek() + "'"
            : subclassSubgraph != null
                ? ", subclass @NamedSubgraph '" + subclassSubgraph + "'"
                : "";
    PersistenceException error =
        MappingErrors.onClass(
            declaration.entity().javaType(),
            "@NamedEntityGraph '" + declaration.name() + "'" + subgraph + ": " + problem);
    if (cause != null) {
      error.initCause(cause);
    }
    return error;
  }
}
