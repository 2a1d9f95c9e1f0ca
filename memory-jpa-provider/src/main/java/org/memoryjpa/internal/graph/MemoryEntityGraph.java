package org.memoryjpa.internal.graph;

import jakarta.persistence.EntityGraph;
import org.memoryjpa.internal.metadata.EntityModel;

/**
 * An entity graph rooted at an entity: created empty and mutable by {@code
 * EntityManager.createEntityGraph(Class)}, or an immutable named graph from
 * {@code @NamedEntityGraph} or {@code EntityManagerFactory.addNamedEntityGraph} (see {@link
 * NamedEntityGraphRegistry}). See {@link MemoryGraph} for mutability and threading.
 *
 * <p>How the session and the query engine apply a graph to an instance {@code e} of class {@code
 * C}: the attributes to fetch are those of {@link #attributeNodes(Class) attributeNodes(C)} (plus
 * the id and version). As a fetch graph every other attribute stays lazy; as a load graph every
 * other attribute keeps its mapped fetch type, except those of {@link #excludedAttributes(Class)
 * excludedAttributes(C)}, which stay lazy. For each node, each value {@code v} of the attribute
 * (each element of a collection) is loaded with the node's {@link
 * MemoryAttributeNode#valueSubgraph() valueSubgraph()} applied the same way with {@code v}'s class,
 * when it has one, and each map key with its {@link MemoryAttributeNode#keySubgraph()
 * keySubgraph()}.
 *
 * @param <T> the root entity's Java type
 */
public final class MemoryEntityGraph<T> extends MemoryGraph<T> implements EntityGraph<T> {

  private MemoryEntityGraph(EntityModel entity, GraphPlace place) {
    super(entity, place);
  }

  private MemoryEntityGraph(MemoryEntityGraph<T> source, GraphPlace place) {
    super(source, place);
  }

  /** A new, empty, mutable and unnamed graph rooted at {@code entity}. */
  public static <T> MemoryEntityGraph<T> create(EntityModel entity) {
    return new MemoryEntityGraph<>(entity, GraphPlace.root(null, true));
  }

  /** A new, empty, mutable graph already named, for building a named graph before copying it. */
  static <T> MemoryEntityGraph<T> create(EntityModel entity, String name) {
    return new MemoryEntityGraph<>(entity, GraphPlace.root(name, true));
  }

  /**
   * The graph of this provider behind an {@link EntityGraph} argument or hint value.
   *
   * @throws IllegalArgumentException when it is null or was created by another provider
   */
  public static <T> MemoryEntityGraph<T> require(EntityGraph<T> graph) {
    if (graph instanceof MemoryEntityGraph<T> memoryGraph) {
      return memoryGraph;
    }
    throw new IllegalArgumentException(
        "Entity graph '"
            + (graph == null ? "null" : graph.getClass().getName())
            + "' was not created by memory-jpa; create it with EntityManager.createEntityGraph or"
            + " look it up with EntityManager.getEntityGraph");
  }

  /**
   * A deep copy named {@code name} (null for none).
   *
   * @param mutable whether the copy may change; an immutable copy never does, whatever this graph
   *     does
   */
  MemoryEntityGraph<T> copy(String name, boolean mutable) {
    return new MemoryEntityGraph<>(this, GraphPlace.root(name, mutable));
  }

  /** The entity this graph is rooted at. */
  public EntityModel entityType() {
    return (EntityModel) type;
  }

  @Override
  public String getName() {
    return place.graphName();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also for the graph's own entity type (Hibernate fails with a
   *     {@code ClassCastException} there)
   */
  @Override
  public <S extends T> MemorySubgraph<S> addTreatedSubgraph(Class<S> type) {
    checkMutable();
    return cast(treated(properSubtype(type)));
  }

  @Override
  @Deprecated(since = "3.2", forRemoval = true)
  @SuppressWarnings("removal") // implements the deprecated JPA method
  public <X> MemorySubgraph<? extends X> addSubclassSubgraph(Class<? extends X> type) {
    checkMutable();
    return cast(treated(properSubtype(type)));
  }

  private EntityModel properSubtype(Class<?> javaType) {
    String what = where();
    if (javaType == type.javaType()) {
      throw new IllegalArgumentException(
          "Cannot treat "
              + what
              + " as its own type '"
              + javaType.getName()
              + "'; add its attributes to the graph itself");
    }
    return (EntityModel) AttributeBinder.requireSubtype(type, javaType, what);
  }
}
