package org.memoryjpa.internal.proxy;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The session's set for {@code Set} attributes: loads its elements on first use, keeping their load
 * order. Not thread-safe.
 *
 * @param <E> the element type
 */
public final class PersistentSet<E> extends AbstractSet<E> implements PersistentCollection {

  private final Object owner;
  private final String role;
  private final PersistentCollection.Loading<LinkedHashSet<E>> contents;
  private List<E> loadedElements = List.of();

  /** A set that loads its elements through {@code loader} on first use. */
  public PersistentSet(Object owner, String role, Supplier<? extends Collection<E>> loader) {
    this.owner = owner;
    this.role = role;
    this.contents = new PersistentCollection.Loading<>(() -> {
      LinkedHashSet<E> loaded = new LinkedHashSet<>(loader.get());
      loadedElements = loaded.stream().filter(java.util.Objects::nonNull).toList();
      return loaded;
    });
  }

  /** A set already loaded with {@code elements}. */
  public PersistentSet(Object owner, String role, Collection<E> elements) {
    this.owner = owner;
    this.role = role;
    LinkedHashSet<E> loaded = new LinkedHashSet<>(elements);
    this.contents = new PersistentCollection.Loading<>(loaded, true);
    this.loadedElements = loaded.stream().filter(java.util.Objects::nonNull).toList();
  }

  private boolean dirty;

  @Override
  public boolean isDirty() {
    return dirty;
  }

  @Override
  public void clearDirty() {
    dirty = false;
  }

  @Override
  public boolean isInitialized() {
    return contents.isLoaded();
  }

  @Override
  public void initialize() {
    contents.get();
  }

  @Override
  public Collection<?> loadedElements() {
    return loadedElements;
  }

  @Override
  public Object owner() {
    return owner;
  }

  @Override
  public String role() {
    return role;
  }

  @Override
  public Iterator<E> iterator() {
    Iterator<E> delegate = contents.get().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return delegate.hasNext();
      }

      @Override
      public E next() {
        return delegate.next();
      }

      @Override
      public void remove() {
        delegate.remove();
        dirty = true;
      }
    };
  }

  @Override
  public int size() {
    return contents.get().size();
  }

  @Override
  public boolean add(E e) {
    boolean added = contents.get().add(e);
    dirty |= added;
    return added;
  }

  @Override
  public boolean contains(Object o) {
    return contents.get().contains(o);
  }

  @Override
  public boolean remove(Object o) {
    boolean removed = contents.get().remove(o);
    dirty |= removed;
    return removed;
  }

  @Override
  public String toString() {
    return isInitialized() ? contents.get().toString() : "[uninitialized " + role + "]";
  }
}
