package org.memoryjpa.internal.session;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The stored form of an owned association map keyed by a basic value ({@code @MapKeyColumn},
 * {@code @MapKeyEnumerated}): to the store, the list of the referenced entities' keys, which it checks
 * and indexes like any owned to-many; to the session, also the stored map key of each element. Two
 * values are equal only when both the keys and the map keys are, so re-keying an entry is a change.
 * Immutable.
 */
final class KeyedReferences extends AbstractList<Object> implements RandomAccess {

  private final List<Object> targetKeys;
  private final List<Object> mapKeys;

  private KeyedReferences(List<Object> targetKeys, List<Object> mapKeys) {
    this.targetKeys = targetKeys;
    this.mapKeys = mapKeys;
  }

  /** From stored map keys to referenced entity keys, in iteration order. */
  static KeyedReferences of(Map<Object, Object> entries) {
    List<Object> targets = new ArrayList<>(entries.size());
    List<Object> keys = new ArrayList<>(entries.size());
    entries.forEach((mapKey, targetKey) -> {
      keys.add(mapKey);
      targets.add(targetKey);
    });
    return new KeyedReferences(List.copyOf(targets), java.util.Collections.unmodifiableList(keys));
  }

  /** The entries: stored map key to referenced entity key. */
  Map<Object, Object> entries() {
    Map<Object, Object> entries = new LinkedHashMap<>();
    for (int i = 0; i < targetKeys.size(); i++) {
      entries.put(mapKeys.get(i), targetKeys.get(i));
    }
    return entries;
  }

  /** The stored map key of the element at {@code index}. */
  Object mapKeyAt(int index) {
    return mapKeys.get(index);
  }

  @Override
  public Object get(int index) {
    return targetKeys.get(index);
  }

  @Override
  public int size() {
    return targetKeys.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyedReferences that && entries().equals(that.entries());
  }

  @Override
  public int hashCode() {
    return entries().hashCode();
  }
}
