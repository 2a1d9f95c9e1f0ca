package org.memoryjpa.internal.proxy;

import java.util.function.Supplier;

/**
 * A collection or map that the session hands to entities for collection-valued attributes: loaded on
 * first use through a loader the session supplies, and remembering what it held when loaded so that
 * flush can tell removed elements (orphan removal) from kept ones. Not thread-safe, like the
 * entities that hold it.
 */
public interface PersistentCollection {

  /** Whether the contents have been loaded. */
  boolean isInitialized();

  /** Loads the contents now if they are not loaded yet. */
  void initialize();

  /** The elements (for maps: the values) as they were when loaded; empty before loading. */
  java.util.Collection<?> loadedElements();

  /** Whether the application changed the contents since loading or the last {@link #clearDirty()}. */
  boolean isDirty();

  /** Marks the current contents as flushed. */
  void clearDirty();

  /** The owning entity instance. */
  Object owner();

  /** The attribute name of the collection on its owner. */
  String role();

  /**
   * Loads lazily: the loader runs once, on first access, and may throw (e.g. when the entity manager
   * is closed).
   *
   * @param <T> the loaded collection or map type
   */
  final class Loading<T> {
    private final Supplier<T> loader;
    private T contents;

    Loading(Supplier<T> loader) {
      this.loader = loader;
    }

    Loading(T contents, boolean loaded) {
      this.loader = null;
      this.contents = contents;
    }

    boolean isLoaded() {
      return contents != null;
    }

    T get() {
      if (contents == null) {
        contents = loader.get();
      }
      return contents;
    }
  }
}
