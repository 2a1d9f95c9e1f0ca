package org.memoryjpa.internal.store.index;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An index for equality lookups and range scans in {@link ValueOrder}: values that compare equal are
 * one entry ({@code 1} and {@code 1L}, {@code 1.0} and {@code 1.00}). Only {@link
 * ValueOrder#isOrderable orderable} values may be added. Thread-safe for one writer and many readers
 * (see {@link KeyIndex}).
 */
public final class SortedIndex extends KeyIndex {

  private final ConcurrentSkipListMap<Object, Object> buckets;

  public SortedIndex() {
    this(new ConcurrentSkipListMap<>(ValueOrder.INSTANCE));
  }

  private SortedIndex(ConcurrentSkipListMap<Object, Object> buckets) {
    super(Buckets.of(buckets));
    this.buckets = buckets;
  }

  /**
   * The entries (value to bucket, see {@link KeyIndex#keysOf}) whose values lie between the bounds,
   * in ascending or descending order; a null bound leaves that side open. Weakly consistent.
   */
  public Iterator<Map.Entry<Object, Object>> range(
      Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive, boolean descending) {
    NavigableMap<Object, Object> view = buckets;
    if (lower != null && upper != null) {
      if (ValueOrder.INSTANCE.compare(lower, upper) > 0) {
        return Collections.emptyIterator();
      }
      view = buckets.subMap(lower, lowerInclusive, upper, upperInclusive);
    } else if (lower != null) {
      view = buckets.tailMap(lower, lowerInclusive);
    } else if (upper != null) {
      view = buckets.headMap(upper, upperInclusive);
    }
    return (descending ? view.descendingMap() : view).entrySet().iterator();
  }
}
