package org.memoryjpa.internal.proxy;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The session's list (and bag) for {@code List} and {@code Collection} attributes: loads its elements
 * on first use. Not thread-safe.
 *
 * @param <E> the element type
 */
public final class PersistentList<E> extends AbstractList<E> implements PersistentCollection, RandomAccess {

  private final CollectionState<ArrayList<E>> state;

  /** A list that loads its elements through {@code loader} on first use. */
  public PersistentList(Object owner, String role, Supplier<? extends Collection<E>> loader) {
    this.state = CollectionState.lazy(owner, role, loader, ArrayList::new);
  }

  /** A list already loaded with {@code elements}. */
  public PersistentList(Object owner, String role, Collection<E> elements) {
    this.state = CollectionState.loaded(owner, role, new ArrayList<>(elements));
  }

  @Override
  public CollectionState<?> state() {
    return state;
  }

  @Override
  public E get(int index) {
    return state.contents().get(index);
  }

  @Override
  public int size() {
    return state.contents().size();
  }

  @Override
  public E set(int index, E element) {
    return state.changing().set(index, element);
  }

  @Override
  public void add(int index, E element) {
    state.changing().add(index, element);
    modCount++;
  }

  @Override
  public E remove(int index) {
    E removed = state.changing().remove(index);
    modCount++;
    return removed;
  }

  @Override
  public boolean contains(Object o) {
    return state.contents().contains(o);
  }

  @Override
  public int indexOf(Object o) {
    return state.contents().indexOf(o);
  }

  @Override
  public String toString() {
    return state.toString();
  }
}
