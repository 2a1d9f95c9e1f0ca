package org.memoryjpa.internal.store.index;

/**
 * A walk over the row keys of one index bucket, each with its hint: the object the writer gave with
 * the key (see {@link KeyIndex#add(Object, Object, Object)}), or null when it gave none. Weakly consistent, like the bucket's iterator. Single-threaded; usage: {@code
 * while (cursor.next()) { cursor.key(); cursor.hint(); }}.
 */
public final class BucketCursor {

  private static final Object[] NO_PAIRS = {};

  // a RowKeySet's array of (key, hint) pairs, or NO_PAIRS
  private final Object[] pairs;
  // a bucket of one key, not yet returned; null once returned or for a set
  private Object single;
  private Object singleHint;
  private int index;
  private Object key;
  private Object hint;

  BucketCursor(Object[] pairs) {
    this.pairs = pairs;
  }

  private BucketCursor(Object single, Object singleHint) {
    this.pairs = NO_PAIRS;
    this.single = single;
    this.singleHint = singleHint;
  }

  /** The cursor over a bucket obtained from {@link KeyIndex}: null, a single key or a key set. */
  static BucketCursor of(Object bucket) {
    if (bucket instanceof RowKeySet) {
      return ((RowKeySet) bucket).cursor();
    }
    return new BucketCursor(KeyIndex.keyOf(bucket), KeyIndex.hintOf(bucket));
  }

  /** Moves to the next key; false at the end. */
  public boolean next() {
    if (single != null) {
      key = single;
      hint = singleHint;
      single = null;
      return true;
    }
    while (index < pairs.length) {
      Object slot = RowKeySet.load(pairs, index);
      index += 2;
      if (RowKeySet.isLive(slot)) {
        key = slot;
        hint = RowKeySet.load(pairs, index - 1);
        return true;
      }
    }
    return false;
  }

  /** The current row key. */
  public Object key() {
    return key;
  }

  /** The current key's hint, or null. */
  public Object hint() {
    return hint;
  }
}
