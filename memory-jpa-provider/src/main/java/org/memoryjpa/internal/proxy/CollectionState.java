package org.memoryjpa.internal.proxy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The state behind one persistent collection view: its owner and role, the contents (loaded once, on
 * first use), the non-null elements it held when loaded, and whether the application changed it since
 * the last flush. Not thread-safe.
 *
 * @param <T> the loaded collection or map type
 */
public final class CollectionState<T> {

  private final Object owner;
  private final String role;
  private final Supplier<T> loader;
  private T contents;
  private List<Object> loadedElements = List.of();
  private boolean dirty;

  private CollectionState(Object owner, String role, Supplier<T> loader, T contents) {
    this.owner = owner;
    this.role = role;
    this.loader = loader;
    if (contents != null) {
      loaded(contents);
    }
  }

  static <T> CollectionState<T> lazy(Object owner, String role, Supplier<T> loader) {
    return new CollectionState<>(owner, role, loader, null);
  }

  static <T> CollectionState<T> loaded(Object owner, String role, T contents) {
    return new CollectionState<>(owner, role, null, contents);
  }

  boolean isLoaded() {
    return contents != null;
  }

  /** The contents, loading them on first call. */
  T contents() {
    if (contents == null) {
      loaded(loader.get());
    }
    return contents;
  }

  /** The contents for a change: loads them and marks the collection changed. */
  T changing() {
    T value = contents();
    dirty = true;
    return value;
  }

  private void loaded(T value) {
    contents = value;
    Collection<?> elements = value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
    loadedElements = elements.stream().filter(Objects::nonNull).map(e -> (Object) e).toList();
  }

  List<Object> loadedElements() {
    return loadedElements;
  }

  boolean isDirty() {
    return dirty;
  }

  void markDirty() {
    dirty = true;
  }

  void clearDirty() {
    dirty = false;
  }

  Object owner() {
    return owner;
  }

  String role() {
    return role;
  }

  @Override
  public String toString() {
    return isLoaded() ? contents.toString() : "[uninitialized " + role + "]";
  }
}
