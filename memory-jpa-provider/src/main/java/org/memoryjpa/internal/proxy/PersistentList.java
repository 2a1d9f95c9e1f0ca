package org.memoryjpa.internal.proxy;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The session's list (and bag) for {@code List} and {@code Collection} attributes: loads its elements
 * on first use. Not thread-safe.
 *
 * @param <E> the element type
 */
public final class PersistentList<E> extends AbstractList<E> implements PersistentCollection, RandomAccess {

  private final Object owner;
  private final String role;
  private final PersistentCollection.Loading<ArrayList<E>> contents;
  private List<E> loadedElements = List.of();

  /** A list that loads its elements through {@code loader} on first use. */
  public PersistentList(Object owner, String role, Supplier<? extends Collection<E>> loader) {
    this.owner = owner;
    this.role = role;
    this.contents = new PersistentCollection.Loading<>(() -> {
      ArrayList<E> loaded = new ArrayList<>(loader.get());
      loadedElements = List.copyOf(nonNull(loaded));
      return loaded;
    });
  }

  /** A list already loaded with {@code elements}. */
  public PersistentList(Object owner, String role, Collection<E> elements) {
    this.owner = owner;
    this.role = role;
    ArrayList<E> loaded = new ArrayList<>(elements);
    this.contents = new PersistentCollection.Loading<>(loaded, true);
    this.loadedElements = List.copyOf(nonNull(loaded));
  }

  static <E> List<E> nonNull(List<E> list) {
    return list.stream().filter(java.util.Objects::nonNull).toList();
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
  public E get(int index) {
    return contents.get().get(index);
  }

  @Override
  public int size() {
    return contents.get().size();
  }

  @Override
  public E set(int index, E element) {
    dirty = true;
    return contents.get().set(index, element);
  }

  @Override
  public void add(int index, E element) {
    contents.get().add(index, element);
    dirty = true;
    modCount++;
  }

  @Override
  public E remove(int index) {
    E removed = contents.get().remove(index);
    dirty = true;
    modCount++;
    return removed;
  }

  @Override
  public boolean contains(Object o) {
    return contents.get().contains(o);
  }

  @Override
  public int indexOf(Object o) {
    return contents.get().indexOf(o);
  }

  @Override
  public String toString() {
    return isInitialized() ? contents.get().toString() : "[uninitialized " + role + "]";
  }
}
