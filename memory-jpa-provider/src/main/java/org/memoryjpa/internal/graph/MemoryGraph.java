package org.memoryjpa.internal.graph;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.Graph;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * The attribute nodes of an entity graph or subgraph over one managed type, the attributes removed
 * from it, and its subgraphs for entity subtypes of that type ("treated" subgraphs). The common
 * part of {@link MemoryEntityGraph} and {@link MemorySubgraph}.
 *
 * <p>Every attribute name and {@code Attribute} is checked against the managed type by the {@link
 * AttributeBinder}. A mutable graph (from {@code EntityManager.createEntityGraph}) is confined to
 * one thread like its EntityManager. An immutable graph (a named graph) is built complete by a copy
 * constructor, rejects every change with an {@link IllegalStateException}, and may be shared
 * between threads.
 *
 * <p>The session and query engine read a graph through {@link #attributeNodes(Class)} and {@link
 * #excludedAttributes(Class)}; see {@link MemoryEntityGraph} for how to apply one.
 *
 * @param <T> the Java type of the managed type
 */
public abstract sealed class MemoryGraph<T> implements Graph<T>
    permits MemoryEntityGraph, MemorySubgraph {

  private enum Kind {
    VALUE,
    SINGULAR,
    ELEMENT,
    KEY
  }

  final ManagedTypeModel type;
  final GraphPlace place;
  private final Map<String, MemoryAttributeNode<?>> nodes = new LinkedHashMap<>();
  private final Set<String> excluded = new LinkedHashSet<>();
  private final Map<Class<?>, MemorySubgraph<?>> treated = new LinkedHashMap<>();
  // the node list of an immutable graph, so that readers on the fetch path allocate nothing
  private final List<MemoryAttributeNode<?>> frozenNodes;

  MemoryGraph(ManagedTypeModel type, GraphPlace place) {
    this.type = type;
    this.place = place;
    this.frozenNodes = null;
  }

  /** A deep copy of {@code source} placed in a tree with {@code place}'s name and mutability. */
  MemoryGraph(MemoryGraph<T> source, GraphPlace place) {
    this.type = source.type;
    this.place = place;
    source.nodes.forEach((name, node) -> nodes.put(name, node.copy(place)));
    excluded.addAll(source.excluded);
    source.treated.forEach((javaType, subgraph) -> treated.put(javaType, subgraph.copy(place)));
    this.frozenNodes = place.mutable() ? null : List.copyOf(nodes.values());
  }

  // ---- read-only traversal for the session and the query engine ----

  /** The managed type this graph describes. */
  public ManagedTypeModel managedType() {
    return type;
  }

  /** Whether this graph may change (false for named graphs). */
  public boolean isMutable() {
    return place.mutable();
  }

  /**
   * The nodes of this graph itself, in the order they were added; not those of treated subgraphs.
   */
  public List<MemoryAttributeNode<?>> attributeNodes() {
    return frozenNodes != null ? frozenNodes : List.copyOf(nodes.values());
  }

  /**
   * The nodes that apply to an instance of {@code concreteType}: this graph's own, then those of
   * each treated subgraph whose type is {@code concreteType} or a supertype of it. An attribute
   * named by more than one of them is listed once per graph naming it; fetch it once and follow
   * each listed node's subgraphs, which together are its subgraph.
   */
  public List<MemoryAttributeNode<?>> attributeNodes(Class<?> concreteType) {
    if (treated.isEmpty()) {
      return attributeNodes();
    }
    List<MemoryAttributeNode<?>> all = new ArrayList<>(nodes.values());
    for (MemorySubgraph<?> subgraph : treated.values()) {
      if (subgraph.type.javaType().isAssignableFrom(concreteType)) {
        all.addAll(subgraph.attributeNodes(concreteType));
      }
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The attributes removed from this graph or from a treated subgraph that applies to {@code
   * concreteType}. As a load graph, these are not fetched even when mapped EAGER.
   */
  public Set<String> excludedAttributes(Class<?> concreteType) {
    if (treated.isEmpty()) {
      return Collections.unmodifiableSet(excluded);
    }
    Set<String> all = new LinkedHashSet<>(excluded);
    for (MemorySubgraph<?> subgraph : treated.values()) {
      if (subgraph.type.javaType().isAssignableFrom(concreteType)) {
        all.addAll(subgraph.excludedAttributes(concreteType));
      }
    }
    return Collections.unmodifiableSet(all);
  }

  /** The subgraphs for subtypes of this graph's type, in the order they were added. */
  List<MemorySubgraph<?>> treatedSubgraphs() {
    return List.copyOf(treated.values());
  }

  // ---- attribute nodes ----

  @Override
  public <Y> MemoryAttributeNode<Y> addAttributeNode(String attributeName) {
    checkMutable();
    return cast(node(requireAttribute(attributeName)));
  }

  @Override
  public <Y> MemoryAttributeNode<Y> addAttributeNode(Attribute<? super T, Y> attribute) {
    checkMutable();
    return cast(node(resolve(attribute)));
  }

  @Override
  public void addAttributeNodes(String... attributeNames) {
    checkMutable();
    // resolve every name first, so that a wrong one leaves the graph as it was
    List<AttributeMapping> attributes = new ArrayList<>();
    for (String attributeName : attributeNames) {
      attributes.add(requireAttribute(attributeName));
    }
    attributes.forEach(this::node);
  }

  @Override
  @SafeVarargs
  public final void addAttributeNodes(Attribute<? super T, ?>... attributes) {
    checkMutable();
    List<AttributeMapping> resolved = new ArrayList<>();
    for (Attribute<? super T, ?> attribute : attributes) {
      resolved.add(resolve(attribute));
    }
    resolved.forEach(this::node);
  }

  @Override
  public boolean hasAttributeNode(String attributeName) {
    return lookUp(attributeName) != null;
  }

  @Override
  public boolean hasAttributeNode(Attribute<? super T, ?> attribute) {
    return nodes.containsKey(resolve(attribute).name());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Returns null when the graph has no node for the attribute, as Hibernate does (the JPA
   * Javadoc names {@code NoSuchElementException}). Finds nodes of treated subgraphs too.
   */
  @Override
  public <Y> MemoryAttributeNode<Y> getAttributeNode(String attributeName) {
    return cast(lookUp(attributeName));
  }

  /** {@inheritDoc} Returns null when the graph has no node for the attribute, as Hibernate does. */
  @Override
  public <Y> MemoryAttributeNode<Y> getAttributeNode(Attribute<? super T, Y> attribute) {
    return cast(nodes.get(resolve(attribute).name()));
  }

  @Override
  public void removeAttributeNode(String attributeName) {
    checkMutable();
    remove(requireAttribute(attributeName));
  }

  @Override
  public void removeAttributeNode(Attribute<? super T, ?> attribute) {
    checkMutable();
    remove(resolve(attribute));
  }

  @Override
  public void removeAttributeNodes(PersistentAttributeType nodeTypes) {
    checkMutable();
    if (nodeTypes == null) {
      throw new IllegalArgumentException(
          "Cannot remove attribute nodes of type 'null' from "
              + where()
              + "; pass a PersistentAttributeType");
    }
    for (AttributeMapping attribute : type.attributes()) {
      if (attribute.persistentAttributeType() == nodeTypes) {
        remove(attribute);
      }
    }
  }

  @Override
  public List<AttributeNode<?>> getAttributeNodes() {
    return List.copyOf(nodes.values());
  }

  // ---- subgraphs ----

  @Override
  public <X> MemorySubgraph<X> addSubgraph(Attribute<? super T, X> attribute) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.SINGULAR, null);
  }

  @Override
  public <Y> MemorySubgraph<Y> addTreatedSubgraph(
      Attribute<? super T, ? super Y> attribute, Class<Y> type) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.SINGULAR, type);
  }

  @Override
  @Deprecated(since = "3.2", forRemoval = true)
  @SuppressWarnings("removal") // implements the deprecated JPA method
  public <X> MemorySubgraph<? extends X> addSubgraph(
      Attribute<? super T, X> attribute, Class<? extends X> type) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.SINGULAR, type);
  }

  @Override
  public <X> MemorySubgraph<X> addSubgraph(String attributeName) {
    checkMutable();
    return subgraph(requireAttribute(attributeName), Kind.VALUE, null);
  }

  @Override
  public <X> MemorySubgraph<X> addSubgraph(String attributeName, Class<X> type) {
    checkMutable();
    return subgraph(requireAttribute(attributeName), Kind.VALUE, type);
  }

  @Override
  public <E> MemorySubgraph<E> addElementSubgraph(PluralAttribute<? super T, ?, E> attribute) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.ELEMENT, null);
  }

  @Override
  public <E> MemorySubgraph<E> addTreatedElementSubgraph(
      PluralAttribute<? super T, ?, ? super E> attribute, Class<E> type) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.ELEMENT, type);
  }

  @Override
  public <X> MemorySubgraph<X> addElementSubgraph(String attributeName) {
    checkMutable();
    return subgraph(requireAttribute(attributeName), Kind.ELEMENT, null);
  }

  @Override
  public <X> MemorySubgraph<X> addElementSubgraph(String attributeName, Class<X> type) {
    checkMutable();
    return subgraph(requireAttribute(attributeName), Kind.ELEMENT, type);
  }

  @Override
  public <K> MemorySubgraph<K> addMapKeySubgraph(MapAttribute<? super T, K, ?> attribute) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.KEY, null);
  }

  @Override
  public <K> MemorySubgraph<K> addTreatedMapKeySubgraph(
      MapAttribute<? super T, ? super K, ?> attribute, Class<K> type) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.KEY, type);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Works as the spec describes, the same as {@code addKeySubgraph(attribute.getName())}; Hibernate 7
   * throws {@code UnsupportedOperationException} here, so portable code should prefer
   * {@code addMapKeySubgraph}.
   */
  @Override
  @Deprecated(since = "3.2", forRemoval = true)
  @SuppressWarnings("removal") // implements the deprecated JPA method
  public <X> MemorySubgraph<X> addKeySubgraph(Attribute<? super T, X> attribute) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.KEY, null);
  }

  /** {@inheritDoc} Works as the spec describes (Hibernate 7 throws here). */
  @Override
  @Deprecated(since = "3.2", forRemoval = true)
  @SuppressWarnings("removal") // implements the deprecated JPA method
  public <X> MemorySubgraph<? extends X> addKeySubgraph(
      Attribute<? super T, X> attribute, Class<? extends X> type) {
    checkMutable();
    return subgraph(resolve(attribute), Kind.KEY, type);
  }

  @Override
  public <X> MemorySubgraph<X> addKeySubgraph(String attributeName) {
    checkMutable();
    return subgraph(requireAttribute(attributeName), Kind.KEY, null);
  }

  @Override
  public <X> MemorySubgraph<X> addKeySubgraph(String attributeName, Class<X> type) {
    checkMutable();
    return subgraph(requireAttribute(attributeName), Kind.KEY, type);
  }

  // ---- internals ----

  private <X> MemorySubgraph<X> subgraph(AttributeMapping attribute, Kind kind, Class<?> treatAs) {
    String where = where();
    ManagedTypeModel target =
        switch (kind) {
          case VALUE -> SubgraphTargets.requireValue(attribute, where);
          case SINGULAR -> SubgraphTargets.requireSingular(attribute, where);
          case ELEMENT -> SubgraphTargets.requireElement(attribute, where);
          case KEY -> SubgraphTargets.requireKey(attribute, where);
        };
    ManagedTypeModel as =
        treatAs == null
            ? target
            : AttributeBinder.requireSubtype(
                target, treatAs, "attribute '" + attribute.name() + "' of " + where);
    MemoryAttributeNode<?> node = node(attribute);
    MemorySubgraph<?> subgraph =
        kind == Kind.KEY ? node.keySubgraph(target) : node.valueSubgraph(target);
    return cast(as == target ? subgraph : subgraph.treated(as));
  }

  /** The subgraph of this graph for the subtype {@code as}, created on first use. */
  MemorySubgraph<?> treated(ManagedTypeModel as) {
    return treated.computeIfAbsent(as.javaType(), javaType -> new MemorySubgraph<>(as, place));
  }

  private MemoryAttributeNode<?> node(AttributeMapping attribute) {
    excluded.remove(attribute.name());
    return nodes.computeIfAbsent(
        attribute.name(), name -> new MemoryAttributeNode<>(attribute, place));
  }

  private void remove(AttributeMapping attribute) {
    nodes.remove(attribute.name());
    excluded.add(attribute.name());
  }

  /** The node of that name here or in a treated subgraph, or null; unknown names are rejected. */
  private MemoryAttributeNode<?> lookUp(String attributeName) {
    MemoryAttributeNode<?> node = attributeName == null ? null : findNode(attributeName);
    if (node == null && !AttributeBinder.isAttributeOfTypeOrSubtype(type, attributeName)) {
      requireAttribute(attributeName);
    }
    return node;
  }

  MemoryAttributeNode<?> findNode(String attributeName) {
    MemoryAttributeNode<?> node = nodes.get(attributeName);
    for (var subgraphs = treated.values().iterator(); node == null && subgraphs.hasNext(); ) {
      node = subgraphs.next().findNode(attributeName);
    }
    return node;
  }

  /** The attribute of that name of this graph's type. */
  AttributeMapping requireAttribute(String attributeName) {
    return AttributeBinder.requireAttribute(type, attributeName, where());
  }

  /** The mapped attribute a metamodel {@code Attribute} stands for; it must belong to this type. */
  private AttributeMapping resolve(Attribute<?, ?> attribute) {
    return AttributeBinder.resolve(type, attribute, where());
  }

  void checkMutable() {
    if (!place.mutable()) {
      String name = place.graphName();
      throw new IllegalStateException(
          name == null
              ? "Cannot change an immutable entity graph of "
                  + type.describe()
                  + "; create a mutable one with EntityManager.createEntityGraph"
              : "Cannot change the named entity graph '"
                  + name
                  + "': named entity graphs are immutable;"
                  + " use EntityManager.createEntityGraph(\""
                  + name
                  + "\") for a mutable copy");
    }
  }

  /**
   * The type and place of this graph for messages, e.g. {@code entity 'Purchase' at 'purchases' in
   * ...}.
   */
  String where() {
    return type.describe() + place.describe();
  }

  @SuppressWarnings("unchecked") // the JPA signatures are generic in types the graph cannot check
  static <R> R cast(Object value) {
    return (R) value;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + where() + ", nodes=" + nodes.keySet() + "]";
  }
}
