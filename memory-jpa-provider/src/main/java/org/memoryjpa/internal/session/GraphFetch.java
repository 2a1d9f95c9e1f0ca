package org.memoryjpa.internal.session;

import jakarta.persistence.EntityGraph;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.graph.MemoryAttributeNode;
import org.memoryjpa.internal.graph.MemoryEntityGraph;
import org.memoryjpa.internal.graph.MemoryGraph;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.proxy.PersistentCollection;

/**
 * Applies the {@code jakarta.persistence.fetchgraph} or {@code loadgraph} hint of a query to its entity
 * results: every attribute the graph names is loaded (lazy collections initialised, lazy references
 * resolved), and the subgraphs are followed into the loaded values, so that the results are usable
 * after the entity manager closes. Attributes the graph leaves out keep their mapped fetch type, for
 * both hints. One per query run; confined to the entity manager's thread.
 */
final class GraphFetch {

  static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";
  static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

  private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The graph a query's hints name, or null. */
  static MemoryEntityGraph<?> of(Map<String, Object> hints) {
    Object graph = hints.get(FETCH_GRAPH);
    if (graph == null) {
      graph = hints.get(LOAD_GRAPH);
    }
    if (graph == null) {
      return null;
    }
    if (!(graph instanceof EntityGraph<?> entityGraph)) {
      throw new IllegalArgumentException("The hint '" + FETCH_GRAPH + "' or '" + LOAD_GRAPH
          + "' must be an EntityGraph, not a '" + graph.getClass().getName() + "'");
    }
    return MemoryEntityGraph.require(entityGraph);
  }

  /** Loads what {@code graph} names in {@code value}, an entity (or proxy) of the graph's type. */
  void apply(Object value, MemoryGraph<?> graph) {
    if (value == null || graph == null) {
      return;
    }
    LazyInitializer lazy = EntityProxies.initializerOf(value);
    Object instance = lazy != null ? lazy.implementation() : value;
    if (!graph.managedType().javaType().isInstance(instance) || !visited.add(instance)) {
      return;
    }
    for (MemoryAttributeNode<?> node : graph.attributeNodes(instance.getClass())) {
      Object loaded = node.attribute().get(instance);
      if (loaded instanceof PersistentCollection collection) {
        collection.initialize();
      }
      if (node.valueSubgraph() == null) {
        LazyInitializer reference = EntityProxies.initializerOf(loaded);
        if (reference != null) {
          reference.implementation();
        }
        continue;
      }
      if (loaded instanceof Map<?, ?> map) {
        map.values().forEach(element -> apply(element, node.valueSubgraph()));
      } else if (loaded instanceof Collection<?> elements) {
        elements.forEach(element -> apply(element, node.valueSubgraph()));
      } else {
        apply(loaded, node.valueSubgraph());
      }
    }
  }
}
