package org.memoryjpa.internal.store;

import java.util.Arrays;
import org.memoryjpa.internal.store.index.ValueOrder;

/**
 * A key made of several values: the id of an entity with an {@code @EmbeddedId} or {@code @IdClass},
 * and the key of an index over several slots. Compares by value: equal components (by {@code equals})
 * make equal keys; order is component by component in {@link ValueOrder}. Immutable as long as its
 * components are; the hash is computed once.
 */
public final class CompositeKey implements Comparable<CompositeKey> {

  private final Object[] components;
  private final int hash;

  private CompositeKey(Object[] components) {
    this.components = components;
    this.hash = Arrays.hashCode(components);
  }

  /** A key of the given components, copied; components may be null (index keys never are). */
  public static CompositeKey of(Object... components) {
    return new CompositeKey(components.clone());
  }

  /** A key over an array the caller hands over and never changes. */
  static CompositeKey wrap(Object[] components) {
    return new CompositeKey(components);
  }

  /** The number of components. */
  public int size() {
    return components.length;
  }

  /** The component at {@code index}. */
  public Object component(int index) {
    return components[index];
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof CompositeKey
            && hash == ((CompositeKey) other).hash
            && Arrays.equals(components, ((CompositeKey) other).components);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(CompositeKey other) {
    int common = Math.min(components.length, other.components.length);
    for (int i = 0; i < common; i++) {
      int order = ValueOrder.INSTANCE.compare(components[i], other.components[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(components.length, other.components.length);
  }

  @Override
  public String toString() {
    return ValueText.of(this);
  }
}
