package org.memoryjpa.internal.store.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.BiConsumer;

/**
 * The value to bucket map of a {@link HashIndex}: open addressing over an {@code int[]} of the
 * values' hashes and an {@code Object[]} of (value, bucket) pairs. A unique lookup (5a's query by
 * e-mail) reads the hash, value and bucket of one slot, whose loads do not depend on each other, then
 * the stored value and the bucket's row: a {@code ConcurrentHashMap} reads its table slot, then the
 * node, and only then the key and the value, one cache miss deeper per lookup, and costs a node per
 * value. The stored hash is compared before the value, so a colliding slot costs no {@code equals}.
 *
 * <p>Threading: one writer at a time (the committer, see {@link KeyIndex}), any number of lock-free
 * readers. A new slot's hash and bucket are written before its value is released, and a reader
 * acquires the value first, so a value it sees comes with its hash and a bucket. A removed value
 * stays in its slot with a null bucket (clearing the value would cut other values' probe sequences)
 * until a resize drops it; adding the same value again fills that slot. A resize or {@link #clear}
 * builds new arrays and publishes them through a volatile field: a reader still probing the old ones
 * sees them as they were, like a {@code ConcurrentHashMap} read that ran just before the write.
 */
final class BucketTable implements Buckets {

  private static final VarHandle PAIRS = MethodHandles.arrayElementVarHandle(Object[].class);
  private static final int MIN_CAPACITY = 16;

  private volatile Slots slots = new Slots(MIN_CAPACITY);
  // writer only: values with a bucket
  private int size;

  @Override
  public Object get(Object value) {
    return slots.get(value, value.hashCode());
  }

  /** Maps {@code value} to {@code bucket}, not null; returns the bucket it replaced. Writer only. */
  @Override
  public Object put(Object value, Object bucket) {
    int hash = value.hashCode();
    Slots current = slots;
    int slot = current.find(value, hash);
    if (slot >= 0) {
      Object previous = current.bucketAt(slot);
      if (previous == null) {
        size++;
      }
      current.setBucket(slot, bucket);
      return previous;
    }
    if (8 * (current.used + 1) > 5 * current.capacity()) {
      current = current.resized(size + 1);
      slots = current;
    }
    current.insert(value, hash, bucket);
    size++;
    return null;
  }

  /** Unmaps {@code value} if its bucket equals {@code bucket}, as {@code Map.remove}. Writer only. */
  @Override
  public boolean remove(Object value, Object bucket) {
    Slots current = slots;
    int slot = current.find(value, value.hashCode());
    if (slot < 0 || !bucket.equals(current.bucketAt(slot))) {
      return false;
    }
    current.setBucket(slot, null);
    size--;
    return true;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEach(BiConsumer<? super Object, ? super Object> action) {
    Object[] pairs = slots.pairs;
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = PAIRS.getAcquire(pairs, i);
      Object bucket = value == null ? null : PAIRS.getAcquire(pairs, i + 1);
      if (bucket != null) {
        action.accept(value, bucket);
      }
    }
  }

  /** Forgets every value. Writer only. */
  @Override
  public void clear() {
    slots = new Slots(MIN_CAPACITY);
    size = 0;
  }

  /** The arrays of one capacity; replaced whole, never shrunk in place. */
  private static final class Slots {

    private final int[] hashes;
    // value at 2i, its bucket at 2i + 1
    final Object[] pairs;
    private final int shift;
    // writer only: slots holding a value, with or without a bucket
    int used;

    Slots(int capacity) {
      hashes = new int[capacity];
      pairs = new Object[2 * capacity];
      shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    int capacity() {
      return hashes.length;
    }

    // Fibonacci hashing: consecutive ids and similar strings land far apart
    private int home(int hash) {
      return ((hash ^ (hash >>> 16)) * 0x9E3779B9) >>> shift;
    }

    Object get(Object value, int hash) {
      int mask = hashes.length - 1;
      for (int i = home(hash); ; i = (i + 1) & mask) {
        Object stored = PAIRS.getAcquire(pairs, 2 * i);
        if (stored == null) {
          return null;
        }
        if (hashes[i] == hash && (stored == value || stored.equals(value))) {
          return PAIRS.getAcquire(pairs, 2 * i + 1);
        }
      }
    }

    // the slot holding `value`, with or without a bucket, or -1; writer only
    int find(Object value, int hash) {
      int mask = hashes.length - 1;
      for (int i = home(hash); ; i = (i + 1) & mask) {
        Object stored = pairs[2 * i];
        if (stored == null) {
          return -1;
        }
        if (hashes[i] == hash && (stored == value || stored.equals(value))) {
          return i;
        }
      }
    }

    Object bucketAt(int slot) {
      return pairs[2 * slot + 1];
    }

    void setBucket(int slot, Object bucket) {
      PAIRS.setRelease(pairs, 2 * slot + 1, bucket);
    }

    // puts a value that no slot holds into the first free slot of its probe sequence
    void insert(Object value, int hash, Object bucket) {
      int mask = hashes.length - 1;
      int i = home(hash);
      while (pairs[2 * i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = hash;
      pairs[2 * i + 1] = bucket;
      PAIRS.setRelease(pairs, 2 * i, value);
      used++;
    }

    // a copy without removed values, at most half full with `live` values; it grows again past five
    // eighths, so a copy is paid for by at least an eighth of its capacity in new values
    Slots resized(int live) {
      int capacity = MIN_CAPACITY;
      while (capacity < 2 * live) {
        capacity <<= 1;
      }
      Slots grown = new Slots(capacity);
      for (int i = 0; i < hashes.length; i++) {
        Object bucket = pairs[2 * i + 1];
        if (bucket != null) {
          grown.insert(pairs[2 * i], hashes[i], bucket);
        }
      }
      return grown;
    }
  }
}
