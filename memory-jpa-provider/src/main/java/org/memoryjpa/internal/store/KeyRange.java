package org.memoryjpa.internal.store;

import java.util.Objects;
import org.memoryjpa.internal.store.index.ValueOrder;

/**
 * The bounds of a range scan over a sorted index, and its direction. A null bound leaves that side
 * open; it does not stand for SQL NULL, which never matches a range (callers turn a comparison with
 * NULL into an empty result before they get here). Rows with a null index value are never in a
 * range. Over an index of several slots a bound is a {@link CompositeKey} of all the slots. Immutable.
 */
public final class KeyRange {

  private static final KeyRange ALL = new KeyRange(null, false, null, false, false);

  private final Object lower;
  private final boolean lowerInclusive;
  private final Object upper;
  private final boolean upperInclusive;
  private final boolean descending;

  private KeyRange(
      Object lower,
      boolean lowerInclusive,
      Object upper,
      boolean upperInclusive,
      boolean descending) {
    this.lower = lower;
    this.lowerInclusive = lowerInclusive;
    this.upper = upper;
    this.upperInclusive = upperInclusive;
    this.descending = descending;
  }

  /** Every non-null value, ascending. */
  public static KeyRange all() {
    return ALL;
  }

  /** Values {@code >= lower}. */
  public static KeyRange atLeast(Object lower) {
    return between(Objects.requireNonNull(lower, "lower"), true, null, false);
  }

  /** Values {@code > lower}. */
  public static KeyRange greaterThan(Object lower) {
    return between(Objects.requireNonNull(lower, "lower"), false, null, false);
  }

  /** Values {@code <= upper}. */
  public static KeyRange atMost(Object upper) {
    return between(null, false, Objects.requireNonNull(upper, "upper"), true);
  }

  /** Values {@code < upper}. */
  public static KeyRange lessThan(Object upper) {
    return between(null, false, Objects.requireNonNull(upper, "upper"), false);
  }

  /** Values between the bounds; a null bound is open. */
  public static KeyRange between(
      Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
    return new KeyRange(lower, lowerInclusive, upper, upperInclusive, false);
  }

  /** The same range, scanned from the upper end down. */
  public KeyRange descending() {
    return new KeyRange(lower, lowerInclusive, upper, upperInclusive, true);
  }

  /** The lower bound, or null when open. */
  public Object lower() {
    return lower;
  }

  /** Whether values equal to the lower bound are in the range. */
  public boolean lowerInclusive() {
    return lowerInclusive;
  }

  /** The upper bound, or null when open. */
  public Object upper() {
    return upper;
  }

  /** Whether values equal to the upper bound are in the range. */
  public boolean upperInclusive() {
    return upperInclusive;
  }

  /** Whether the scan runs from the upper end down. */
  public boolean isDescending() {
    return descending;
  }

  /** Whether the non-null {@code value} lies in the range. */
  public boolean contains(Object value) {
    if (lower != null) {
      int order = ValueOrder.INSTANCE.compare(value, lower);
      if (order < 0 || order == 0 && !lowerInclusive) {
        return false;
      }
    }
    if (upper != null) {
      int order = ValueOrder.INSTANCE.compare(value, upper);
      return order < 0 || order == 0 && upperInclusive;
    }
    return true;
  }

  @Override
  public String toString() {
    return (lower == null ? "(-inf" : (lowerInclusive ? "[" : "(") + ValueText.of(lower))
        + ", "
        + (upper == null ? "+inf)" : ValueText.of(upper) + (upperInclusive ? "]" : ")"))
        + (descending ? " desc" : "");
  }
}
