package org.memoryjpa.internal.store.index;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * The total order of sorted indexes: numbers compare by value whatever their boxed type, values of
 * one class by their natural order, and values of unrelated classes by class name so that a mixed
 * column still has a consistent order. Nulls are never indexed and are rejected. Stateless and
 * thread-safe; use {@link #INSTANCE}.
 *
 * <p>Strings compare by {@link String#compareTo}, not by a collation, and {@link BigDecimal}s by
 * value, so {@code 1.0} and {@code 1.00} are one index entry.
 */
public final class ValueOrder implements Comparator<Object> {

  /** The one instance. */
  public static final ValueOrder INSTANCE = new ValueOrder();

  private ValueOrder() {}

  /**
   * Whether a sorted index can hold {@code value}: a {@link Comparable}, which includes every number
   * and every composite key whose components are comparable.
   */
  public static boolean isOrderable(Object value) {
    return value instanceof Comparable<?>;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public int compare(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a == null || b == null) {
      throw new NullPointerException("Sorted index values are never null; nulls are not indexed");
    }
    if (a instanceof Number && b instanceof Number) {
      return compareNumbers((Number) a, (Number) b);
    }
    requireComparable(a);
    requireComparable(b);
    if (a.getClass() == b.getClass() || a.getClass().isInstance(b)) {
      return ((Comparable) a).compareTo(b);
    }
    if (b.getClass().isInstance(a)) {
      return -((Comparable) b).compareTo(a);
    }
    return a.getClass().getName().compareTo(b.getClass().getName());
  }

  private static void requireComparable(Object value) {
    if (!(value instanceof Comparable<?>)) {
      throw new IllegalArgumentException(
          "Sorted index cannot order a value of type '"
              + value.getClass().getName()
              + "'; it is not Comparable. Declare a hash index for it instead");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareNumbers(Number a, Number b) {
    if (isIntegral(a) && isIntegral(b)) {
      return Long.compare(a.longValue(), b.longValue());
    }
    if (a.getClass() == b.getClass() && a instanceof Comparable) {
      return ((Comparable) a).compareTo(b);
    }
    if (isFloating(a) || isFloating(b)) {
      // NaN and infinities have no BigDecimal form; double order is exact enough for mixed bounds
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    return toBigDecimal(a).compareTo(toBigDecimal(b));
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
  }

  private static boolean isFloating(Number n) {
    return n instanceof Double || n instanceof Float;
  }

  private static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(n.toString());
  }
}
