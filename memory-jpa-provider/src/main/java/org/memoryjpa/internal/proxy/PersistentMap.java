package org.memoryjpa.internal.proxy;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
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

  private final CollectionState<LinkedHashMap<K, V>> state;

  /** A map that loads its entries through {@code loader} on first use. */
  public PersistentMap(Object owner, String role, Supplier<? extends Map<K, V>> loader) {
    this.state = CollectionState.lazy(owner, role, loader, LinkedHashMap::new);
  }

  /** A map already loaded with {@code entries}. */
  public PersistentMap(Object owner, String role, Map<K, V> entries) {
    this.state = CollectionState.loaded(owner, role, new LinkedHashMap<>(entries));
  }

  @Override
  public CollectionState<?> state() {
    return state;
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    // views of the map may change it behind our back; count handing them out as a change
    return state.changing().entrySet();
  }

  @Override
  public V put(K key, V value) {
    return state.changing().put(key, value);
  }

  @Override
  public V get(Object key) {
    return state.contents().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return state.contents().containsKey(key);
  }

  @Override
  public V remove(Object key) {
    return state.changing().remove(key);
  }

  @Override
  public int size() {
    return state.contents().size();
  }

  @Override
  public String toString() {
    return state.toString();
  }
}
