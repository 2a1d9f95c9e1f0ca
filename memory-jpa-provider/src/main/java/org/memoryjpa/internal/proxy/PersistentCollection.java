package org.memoryjpa.internal.proxy;

import java.util.Collection;

/**
 * A collection or map that the session hands to entities for collection-valued attributes: loaded on
 * first use through a loader the session supplies, remembering what it held when loaded (for orphan
 * removal) and whether the application changed it (for the owner's version). Not thread-safe, like
 * the entities that hold it.
 */
public interface PersistentCollection {

  /** The shared state behind the collection view. */
  CollectionState<?> state();

  /** Whether the contents have been loaded. */
  default boolean isInitialized() {
    return state().isLoaded();
  }

  /** Loads the contents now if they are not loaded yet. */
  default void initialize() {
    state().contents();
  }

  /** The elements (for maps: the values) as they were when loaded; empty before loading. */
  default Collection<?> loadedElements() {
    return state().loadedElements();
  }

  /** Whether the application changed the contents since loading or the last {@link #clearDirty()}. */
  default boolean isDirty() {
    return state().isDirty();
  }

  /** Marks the current contents as flushed. */
  default void clearDirty() {
    state().clearDirty();
  }

  /** The owning entity instance. */
  default Object owner() {
    return state().owner();
  }

  /** The attribute name of the collection on its owner. */
  default String role() {
    return state().role();
  }
}
