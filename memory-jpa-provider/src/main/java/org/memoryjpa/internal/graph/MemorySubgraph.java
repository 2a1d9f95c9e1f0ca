package org.memoryjpa.internal.graph;

import jakarta.persistence.Subgraph;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * A subgraph: the nodes to fetch of the entity or embeddable an attribute refers to (its value, its
 * elements or its map keys), or of an entity subtype of a graph's type (a treated subgraph).
 * Mutable while its root graph is; see {@link MemoryGraph}.
 *
 * @param <T> the Java type of the managed type
 */
public final class MemorySubgraph<T> extends MemoryGraph<T> implements Subgraph<T> {

  MemorySubgraph(ManagedTypeModel type, GraphPlace place) {
    super(type, place);
  }

  private MemorySubgraph(MemorySubgraph<T> source, GraphPlace place) {
    super(source, place);
  }

  /** A deep copy in the tree of {@code root} (its name and mutability), at this subgraph's path. */
  MemorySubgraph<T> copy(GraphPlace root) {
    return new MemorySubgraph<>(this, root.rooted(place));
  }

  @Override
  public Class<T> getClassType() {
    return cast(type.javaType());
  }
}
