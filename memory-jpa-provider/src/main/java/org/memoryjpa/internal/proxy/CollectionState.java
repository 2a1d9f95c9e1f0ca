package org.memoryjpa.internal.proxy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
  // the source's loader and the copy into the view's own collection are kept apart, so that a
  // lazy view costs no lambda of its own: the copy is a constant method reference
  private final Supplier<?> loader;
  private final Function<Object, T> copy;
  private T contents;
  private List<Object> loadedElements = List.of();
  private boolean dirty;

  private CollectionState(Object owner, String role, Supplier<?> loader, Function<Object, T> copy, T contents) {
    this.owner = owner;
    this.role = role;
    this.loader = loader;
    this.copy = copy;
    if (contents != null) {
      loaded(contents);
    }
  }

  /** A state loading through {@code loader} on first use, into a collection made by {@code copy}. */
  @SuppressWarnings("unchecked")
  static <S, T> CollectionState<T> lazy(
      Object owner, String role, Supplier<? extends S> loader, Function<? super S, T> copy) {
    return new CollectionState<>(owner, role, loader, (Function<Object, T>) copy, null);
  }

  static <T> CollectionState<T> loaded(Object owner, String role, T contents) {
    return new CollectionState<>(owner, role, null, null, contents);
  }

  boolean isLoaded() {
    return contents != null;
  }

  /** The contents, loading them on first call. */
  T contents() {
    if (contents == null) {
      loaded(copy.apply(loader.get()));
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
