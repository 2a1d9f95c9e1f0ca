package org.memoryjpa.internal.graph;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.Subgraph;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * One attribute of an entity graph or subgraph, with at most one subgraph for its value (the target
 * entity, the embeddable, or a collection's elements) and one for its map keys. Subgraphs for
 * subtypes of the value or key hang off those two as treated subgraphs; {@link #getSubgraphs()}
 * lists them all by class, as Hibernate does.
 *
 * <p>Mutable while its graph is; a node of an immutable graph is immutable and thread-safe.
 *
 * @param <T> the attribute's Java type
 */
public final class MemoryAttributeNode<T> implements AttributeNode<T> {

  private final AttributeMapping attribute;
  private final GraphPlace place;
  private MemorySubgraph<?> valueSubgraph;
  private MemorySubgraph<?> keySubgraph;

  MemoryAttributeNode(AttributeMapping attribute, GraphPlace place) {
    this.attribute = attribute;
    this.place = place;
  }

  private MemoryAttributeNode(MemoryAttributeNode<T> source, GraphPlace place) {
    this.attribute = source.attribute;
    this.place = place;
    this.valueSubgraph = source.valueSubgraph == null ? null : source.valueSubgraph.copy(place);
    this.keySubgraph = source.keySubgraph == null ? null : source.keySubgraph.copy(place);
  }

  MemoryAttributeNode<T> copy(GraphPlace root) {
    return new MemoryAttributeNode<>(this, root.rooted(place));
  }

  /** The mapped attribute this node stands for. */
  public AttributeMapping attribute() {
    return attribute;
  }

  /**
   * The subgraph for the attribute's value (for collections: its elements), or null when the graph
   * gives none. Its treated subgraphs, for subtypes of the value, apply through {@link
   * MemoryGraph#attributeNodes(Class)}.
   */
  public MemorySubgraph<?> valueSubgraph() {
    return valueSubgraph;
  }

  /** The subgraph for the map keys, or null when the graph gives none. */
  public MemorySubgraph<?> keySubgraph() {
    return keySubgraph;
  }

  /** The value subgraph over {@code type}, created on first use. The caller checked the type. */
  MemorySubgraph<?> valueSubgraph(ManagedTypeModel type) {
    if (valueSubgraph == null) {
      valueSubgraph = new MemorySubgraph<>(type, place.child(attribute.name()));
    }
    return valueSubgraph;
  }

  /** The key subgraph over {@code type}, created on first use. The caller checked the type. */
  MemorySubgraph<?> keySubgraph(ManagedTypeModel type) {
    if (keySubgraph == null) {
      keySubgraph = new MemorySubgraph<>(type, place.child("KEY(" + attribute.name() + ")"));
    }
    return keySubgraph;
  }

  @Override
  public String getAttributeName() {
    return attribute.name();
  }

  @Override
  @SuppressWarnings("rawtypes") // the JPA signature is raw
  public Map<Class, Subgraph> getSubgraphs() {
    return bySubtype(valueSubgraph);
  }

  @Override
  @SuppressWarnings("rawtypes") // the JPA signature is raw
  public Map<Class, Subgraph> getKeySubgraphs() {
    return bySubtype(keySubgraph);
  }

  @SuppressWarnings("rawtypes")
  private static Map<Class, Subgraph> bySubtype(MemorySubgraph<?> subgraph) {
    if (subgraph == null) {
      return Map.of();
    }
    Map<Class, Subgraph> map = new LinkedHashMap<>();
    map.put(subgraph.getClassType(), subgraph);
    for (MemorySubgraph<?> treated : subgraph.treatedSubgraphs()) {
      map.put(treated.getClassType(), treated);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return "AttributeNode[" + attribute + "]";
  }
}
