package org.memoryjpa.internal.proxy;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

/**
 * The session's set for {@code Set} attributes: loads its elements on first use, keeping their load
 * order. Not thread-safe.
 *
 * @param <E> the element type
 */
public final class PersistentSet<E> extends AbstractSet<E> implements PersistentCollection {

  private final CollectionState<LinkedHashSet<E>> state;

  /** A set that loads its elements through {@code loader} on first use. */
  public PersistentSet(Object owner, String role, Supplier<? extends Collection<E>> loader) {
    this.state = CollectionState.lazy(owner, role, loader, LinkedHashSet::new);
  }

  /** A set already loaded with {@code elements}. */
  public PersistentSet(Object owner, String role, Collection<E> elements) {
    this.state = CollectionState.loaded(owner, role, new LinkedHashSet<>(elements));
  }

  @Override
  public CollectionState<?> state() {
    return state;
  }

  @Override
  public Iterator<E> iterator() {
    Iterator<E> delegate = state.contents().iterator();
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
        state.markDirty();
      }
    };
  }

  @Override
  public int size() {
    return state.contents().size();
  }

  @Override
  public boolean add(E e) {
    boolean added = state.contents().add(e);
    if (added) {
      state.markDirty();
    }
    return added;
  }

  @Override
  public boolean contains(Object o) {
    return state.contents().contains(o);
  }

  @Override
  public boolean remove(Object o) {
    boolean removed = state.contents().remove(o);
    if (removed) {
      state.markDirty();
    }
    return removed;
  }

  @Override
  public String toString() {
    return state.toString();
  }
}
