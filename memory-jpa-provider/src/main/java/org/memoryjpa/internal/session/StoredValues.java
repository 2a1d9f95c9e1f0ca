package org.memoryjpa.internal.session;

import org.memoryjpa.internal.store.CompositeKey;

/**
 * Compares stored values the way H2 orders them by default: NULL lowest (first ascending), numbers
 * by value across types, otherwise natural order. Stateless.
 */
final class StoredValues {

  private StoredValues() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a == null) {
      return -1;
    }
    if (b == null) {
      return 1;
    }
    if (a instanceof Number x && b instanceof Number y && a.getClass() != b.getClass()) {
      return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
    }
    if (a instanceof CompositeKey x && b instanceof CompositeKey y) {
      return x.compareTo(y);
    }
    if (a instanceof Comparable c && a.getClass().isInstance(b)) {
      return c.compareTo(b);
    }
    return a.toString().compareTo(b.toString());
  }
}
