package org.memoryjpa.internal.store.index;

import java.util.Collections;
import java.util.Iterator;
import java.util.function.BiConsumer;

/**
 * A map from an indexed value to the keys of the rows that hold it, shared by the hash and the sorted
 * index. Each value maps to a <em>bucket</em>: while there is only one row, its key or, when the
 * writer gave one, its {@link RowHint} in place of the key, which keeps unique and foreign-key indexes
 * at one map entry per row; a {@link RowKeySet} once there are more, so that adding the
 * ten-thousandth child of one parent costs a probe and a store.
 *
 * <p>Threading: exactly one thread changes an index at a time (the store's committer, under its
 * commit lock); any number of readers traverse it meanwhile. Readers may see an entry a moment before
 * or after the change that made it, and may see stale entries: the store re-checks every hit against
 * the row version the reader sees, so an index only has to be a superset of the truth.
 */
public abstract class KeyIndex {

  // the value to bucket map: a BucketTable, or a concurrent skip list for a sorted index
  private final Buckets buckets;

  KeyIndex(Buckets buckets) {
    this.buckets = buckets;
  }

  /** Records that the row {@code rowKey} holds {@code value}; a no-op if already recorded. */
  public final void add(Object value, Object rowKey) {
    add(value, rowKey, null);
  }

  /**
   * Records that the row {@code rowKey} holds {@code value}, with {@code hint} for readers of the
   * entry ({@link BucketCursor#hint}); if already recorded, a hint other than null replaces the one it
   * had. A bucket of this one row keeps the hint in place of the key when it is a {@link RowHint} (of
   * {@code rowKey}); any other hint is kept only in a bucket of several rows.
   */
  public final void add(Object value, Object rowKey, Object hint) {
    Object bucket = buckets.get(value);
    if (bucket == null) {
      buckets.put(value, hint instanceof RowHint ? hint : rowKey);
    } else if (bucket instanceof RowKeySet) {
      ((RowKeySet) bucket).add(rowKey, hint);
    } else if (!keyOf(bucket).equals(rowKey)) {
      buckets.put(value, new RowKeySet(keyOf(bucket), hintOf(bucket), rowKey, hint));
    } else if (hint instanceof RowHint && hint != bucket) {
      buckets.put(value, hint);
    }
  }

  /** Forgets that the row {@code rowKey} holds {@code value}; a no-op if not recorded. */
  public final void remove(Object value, Object rowKey) {
    Object bucket = buckets.get(value);
    if (bucket == null) {
      return;
    }
    if (bucket instanceof RowKeySet) {
      RowKeySet keys = (RowKeySet) bucket;
      if (keys.remove(rowKey) && keys.size() <= 1) {
        // back to the compact form; a reader still iterating the old set is unaffected
        BucketCursor rest = keys.cursor();
        if (rest.next()) {
          buckets.put(value, rest.hint() != null ? rest.hint() : rest.key());
        } else {
          buckets.remove(value, bucket);
        }
      }
    } else if (keyOf(bucket).equals(rowKey)) {
      buckets.remove(value, bucket);
    }
  }

  /** Whether the index records that the row {@code rowKey} holds {@code value}. */
  public final boolean contains(Object value, Object rowKey) {
    Object bucket = buckets.get(value);
    if (bucket instanceof RowKeySet) {
      return ((RowKeySet) bucket).contains(rowKey);
    }
    return bucket != null && keyOf(bucket).equals(rowKey);
  }

  /** The keys of the rows recorded for {@code value}; weakly consistent, never null. */
  public final Iterator<Object> rowKeys(Object value) {
    return keysOf(buckets.get(value));
  }

  /** The keys of the rows recorded for {@code value}, with their hints; weakly consistent. */
  public final BucketCursor bucket(Object value) {
    return BucketCursor.of(buckets.get(value));
  }

  /** The number of distinct values recorded. */
  public final int valueCount() {
    return buckets.size();
  }

  /** Calls {@code action} with every (value, row key) pair; for invariant checks and tools. */
  public final void forEach(BiConsumer<Object, Object> action) {
    buckets.forEach(
        (value, bucket) -> {
          Iterator<Object> keys = keysOf(bucket);
          while (keys.hasNext()) {
            action.accept(value, keys.next());
          }
        });
  }

  /** Forgets everything. */
  public final void clear() {
    buckets.clear();
  }

  /** The row keys of a bucket obtained from this class, with their hints. */
  public static BucketCursor cursorOf(Object bucket) {
    return BucketCursor.of(bucket);
  }

  /** The row keys in a bucket obtained from this class: a single key or a key set. */
  public static Iterator<Object> keysOf(Object bucket) {
    if (bucket == null) {
      return Collections.emptyIterator();
    }
    if (bucket instanceof RowKeySet) {
      return ((RowKeySet) bucket).iterator();
    }
    return Collections.singleton(keyOf(bucket)).iterator();
  }

  // the row key of a bucket of one row: the key itself or its hint
  static Object keyOf(Object single) {
    return single instanceof RowHint ? ((RowHint) single).key() : single;
  }

  // the hint of a bucket of one row, or null
  static Object hintOf(Object single) {
    return single instanceof RowHint ? single : null;
  }
}
