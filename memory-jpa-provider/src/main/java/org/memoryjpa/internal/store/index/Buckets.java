package org.memoryjpa.internal.store.index;

import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;

/**
 * The value to bucket map of a {@link KeyIndex}, reduced to what the index calls: a {@link
 * BucketTable} for a hash index, a concurrent skip list for a sorted one. One writer, any number of
 * readers, as {@code KeyIndex} says.
 */
interface Buckets {

  /** The bucket of {@code value}, or null. */
  Object get(Object value);

  /** Makes {@code bucket} the bucket of {@code value}. */
  Object put(Object value, Object bucket);

  /** Unmaps {@code value} if its bucket equals {@code bucket}. */
  boolean remove(Object value, Object bucket);

  /** Calls {@code action} with every value and its bucket; weakly consistent. */
  void forEach(BiConsumer<? super Object, ? super Object> action);

  /** The number of values with a bucket. */
  int size();

  /** Forgets every value. */
  void clear();

  /** The buckets of a concurrent map, whose own methods are these. */
  static Buckets of(ConcurrentMap<Object, Object> map) {
    return new Buckets() {
      @Override
      public Object get(Object value) {
        return map.get(value);
      }

      @Override
      public Object put(Object value, Object bucket) {
        return map.put(value, bucket);
      }

      @Override
      public boolean remove(Object value, Object bucket) {
        return map.remove(value, bucket);
      }

      @Override
      public void forEach(BiConsumer<? super Object, ? super Object> action) {
        map.forEach(action);
      }

      @Override
      public int size() {
        return map.size();
      }

      @Override
      public void clear() {
        map.clear();
      }
    };
  }
}
