package org.memoryjpa.internal.graph;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.NamedEntityGraphModel;

/**
 * The named entity graphs of one EntityManagerFactory: those declared by {@code @NamedEntityGraph},
 * built at bootstrap, and those added by {@code EntityManagerFactory.addNamedEntityGraph}. Every
 * graph it holds is immutable, as the JPA Javadoc asks (Hibernate 7.4 leaves declared graphs
 * mutable, and a change reaches every EntityManager); {@link #createEntityGraph(String)} hands out
 * mutable copies. The methods mirror the {@code EntityManagerFactory} and {@code EntityManager}
 * methods of the same names, which delegate to them.
 *
 * <p>Thread-safe: the factory and all its EntityManagers share one registry. Reads see an immutable
 * snapshot of the name-to-graph map without locking; the rare additions replace the snapshot under
 * a lock, so a reader sees a graph fully built or not at all.
 */
public final class NamedEntityGraphRegistry {

  private final DomainModel model;
  private final Object writeLock = new Object();
  private volatile Map<String, MemoryEntityGraph<?>> graphs;

  private NamedEntityGraphRegistry(DomainModel model, Map<String, MemoryEntityGraph<?>> graphs) {
    this.model = model;
    this.graphs = graphs;
  }

  /**
   * The registry of a persistence unit, holding the graphs its classes declare.
   *
   * @throws PersistenceException when a declared graph is wrong (an unknown attribute or subgraph,
   *     a subgraph on an attribute that cannot have one, a subgraph type that is not a subtype)
   */
  public static NamedEntityGraphRegistry of(DomainModel model) {
    Map<String, MemoryEntityGraph<?>> graphs = new LinkedHashMap<>();
    for (NamedEntityGraphModel declaration : model.namedEntityGraphs().values()) {
      graphs.put(declaration.name(), NamedEntityGraphBuilder.build(declaration));
    }
    return new NamedEntityGraphRegistry(model, Collections.unmodifiableMap(graphs));
  }

  /**
   * A new, empty, mutable graph for {@code EntityManager.createEntityGraph(Class)}.
   *
   * @throws IllegalArgumentException when the class is not an entity of the unit
   */
  public <T> MemoryEntityGraph<T> createEntityGraph(Class<T> rootType) {
    return MemoryEntityGraph.create(requireEntity(rootType, "create an entity graph of"));
  }

  /**
   * A mutable, unnamed copy of the named graph, or null when there is none ({@code
   * EntityManager.createEntityGraph(String)}; the copy is unnamed as in Hibernate).
   */
  public MemoryEntityGraph<?> createEntityGraph(String graphName) {
    MemoryEntityGraph<?> graph = findEntityGraph(graphName);
    return graph == null ? null : graph.copy(null, true);
  }

  /** The immutable named graph, or null. */
  public MemoryEntityGraph<?> findEntityGraph(String graphName) {
    return graphName == null ? null : graphs.get(graphName);
  }

  /**
   * The immutable named graph, for {@code EntityManager.getEntityGraph(String)}.
   *
   * @throws IllegalArgumentException naming the closest graph name when there is none of that name
   */
  public MemoryEntityGraph<?> getEntityGraph(String graphName) {
    MemoryEntityGraph<?> graph = findEntityGraph(graphName);
    if (graph == null) {
      Map<String, MemoryEntityGraph<?>> all = graphs;
      throw new IllegalArgumentException(
          "Unknown named entity graph '"
              + graphName
              + "'"
              + (all.isEmpty()
                  ? "; the persistence unit declares none: add @NamedEntityGraph to an entity or"
                        + " call EntityManagerFactory.addNamedEntityGraph"
                  : Suggestions.didYouMean(String.valueOf(graphName), all.keySet())));
    }
    return graph;
  }

  /**
   * The named graphs that apply to the entity, for {@code EntityManager.getEntityGraphs(Class)}:
   * those rooted at it or at one of its entity supertypes.
   *
   * @throws IllegalArgumentException when the class is not an entity of the unit
   */
  public <T> List<EntityGraph<? super T>> getEntityGraphs(Class<T> entityClass) {
    EntityModel entity = requireEntity(entityClass, "list the entity graphs of");
    List<EntityGraph<? super T>> applicable = new ArrayList<>();
    for (MemoryEntityGraph<?> graph : graphs.values()) {
      if (graph.entityType().isSupertypeOf(entity)) {
        applicable.add(MemoryGraph.cast(graph));
      }
    }
    return Collections.unmodifiableList(applicable);
  }

  /**
   * The named graphs whose entity type is assignable to {@code entityType}, by name, for {@code
   * EntityManagerFactory.getNamedEntityGraphs(Class)}: those rooted at that type or one of its
   * subtypes; {@code Object.class} gives every graph. (As the JPA Javadoc says; Hibernate 7 instead
   * returns those rooted at a supertype, and rejects a class that is not an entity.)
   */
  public <E> Map<String, EntityGraph<? extends E>> getNamedEntityGraphs(Class<E> entityType) {
    if (entityType == null) {
      throw new IllegalArgumentException(
          "Cannot list named entity graphs of type 'null'; pass Object.class for all of them");
    }
    Map<String, EntityGraph<? extends E>> matching = new LinkedHashMap<>();
    graphs.forEach(
        (name, graph) -> {
          if (entityType.isAssignableFrom(graph.entityType().javaType())) {
            matching.put(name, MemoryGraph.cast(graph));
          }
        });
    return Collections.unmodifiableMap(matching);
  }

  /**
   * Stores an immutable copy of the graph under {@code graphName}, replacing any graph of that name
   * (declared or added), for {@code EntityManagerFactory.addNamedEntityGraph}. Later changes to the
   * given graph do not reach the copy.
   *
   * @throws IllegalArgumentException when the name is null, or the graph is null or not of this
   *     unit
   */
  public <T> void addNamedEntityGraph(String graphName, EntityGraph<T> entityGraph) {
    if (graphName == null) {
      throw new IllegalArgumentException(
          "Cannot add an entity graph under the name 'null'; give it a name");
    }
    MemoryEntityGraph<T> graph = MemoryEntityGraph.require(entityGraph);
    EntityModel entity = graph.entityType();
    if (model.findManagedType(entity.javaType()) != entity) {
      throw new IllegalArgumentException(
          "Cannot add entity graph '"
              + graphName
              + "' of "
              + entity.describe()
              + ": it was created by an EntityManager of another persistence unit; create it with"
              + " one of this unit's EntityManagers");
    }
    MemoryEntityGraph<T> copy = graph.copy(graphName, false);
    synchronized (writeLock) {
      Map<String, MemoryEntityGraph<?>> next = new LinkedHashMap<>(graphs);
      next.put(graphName, copy);
      graphs = Collections.unmodifiableMap(next);
    }
  }

  private EntityModel requireEntity(Class<?> type, String action) {
    ManagedTypeModel managed = type == null ? null : model.findManagedType(type);
    if (managed instanceof EntityModel entity) {
      return entity;
    }
    String name = type == null ? "null" : type.getName();
    String why =
        managed != null
            ? ": it is " + managed.describe() + ", and entity graphs are rooted at entities"
            : ": it is not an entity of the persistence unit"
                + Suggestions.didYouMean(
                    type == null ? "null" : type.getSimpleName(),
                    model.entities().stream().map(EntityModel::name).toList());
    throw new IllegalArgumentException("Cannot " + action + " '" + name + "'" + why);
  }
}
