package org.memoryjpa.internal.proxy;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The session's map for {@code Map} attributes: loads its entries on first use, keeping their load
 * order. Not thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class PersistentMap<K, V> extends AbstractMap<K, V> implements PersistentCollection {

  private final Object owner;
  private final String role;
  private final PersistentCollection.Loading<LinkedHashMap<K, V>> contents;
  private List<V> loadedValues = List.of();

  /** A map that loads its entries through {@code loader} on first use. */
  public PersistentMap(Object owner, String role, Supplier<? extends Map<K, V>> loader) {
    this.owner = owner;
    this.role = role;
    this.contents = new PersistentCollection.Loading<>(() -> {
      LinkedHashMap<K, V> loaded = new LinkedHashMap<>(loader.get());
      loadedValues = loaded.values().stream().filter(java.util.Objects::nonNull).toList();
      return loaded;
    });
  }

  /** A map already loaded with {@code entries}. */
  public PersistentMap(Object owner, String role, Map<K, V> entries) {
    this.owner = owner;
    this.role = role;
    LinkedHashMap<K, V> loaded = new LinkedHashMap<>(entries);
    this.contents = new PersistentCollection.Loading<>(loaded, true);
    this.loadedValues = loaded.values().stream().filter(java.util.Objects::nonNull).toList();
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
    return loadedValues;
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
  public Set<Entry<K, V>> entrySet() {
    // views of the map may change it behind our back; count handing them out as a change
    dirty = true;
    return contents.get().entrySet();
  }

  @Override
  public V put(K key, V value) {
    dirty = true;
    return contents.get().put(key, value);
  }

  @Override
  public V get(Object key) {
    return contents.get().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return contents.get().containsKey(key);
  }

  @Override
  public V remove(Object key) {
    dirty = true;
    return contents.get().remove(key);
  }

  @Override
  public int size() {
    return contents.get().size();
  }

  @Override
  public String toString() {
    return isInitialized() ? contents.get().toString() : "{uninitialized " + role + "}";
  }
}
