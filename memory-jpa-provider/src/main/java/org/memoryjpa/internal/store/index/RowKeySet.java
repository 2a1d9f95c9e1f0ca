package org.memoryjpa.internal.store.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A bucket of two or more row keys that hold one indexed value: an open-addressing hash set with
 * double hashing, written by one thread and read by any number. A foreign-key index has one per
 * referenced row, and a parent with thousands of children makes it large, so adding a key costs a
 * probe and one store: no node, no counter, no lock, and on growth one copy into an array twice the
 * size.
 *
 * <p>Threading: only the committer changes a set (see {@link KeyIndex}). It publishes each new key
 * with a release store into the current array and each new array through a volatile field, and
 * readers load slots with acquire loads, so a reader sees every key added before the commit it is
 * pinned at. An iterator walks one array; keys added after it started may or may not appear, and a
 * key appears at most once: a removed key leaves a {@link Removed} marker in its slot, and adding
 * that key again revives the same slot, so no array ever holds one key in two slots.
 *
 * <p>Each key has a <em>hint</em> beside it, in the next slot of the same array: an object the writer
 * gave with the key (the store gives the row version that made the entry), or null. Readers get it
 * from a {@link BucketCursor}; the set only stores it, and forgets it when the key goes. A key and its
 * hint share a cache line, so a reader that uses the hint fetches no other memory for the entry.
 *
 * <p>Its own class so that no row key can be mistaken for a bucket of several.
 */
final class RowKeySet implements Iterable<Object> {

  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
  private static final int MIN_CAPACITY = 8;

  // pairs: the key at an even index (null: never used since the array was built), its hint after
  // it; the number of pairs, the capacity, is a power of two
  private volatile Object[] slots;
  // writer only: live keys, and key slots that are not null (live or removed)
  private int size;
  private int used;

  // two distinct keys; the set is published with the index entry that holds it, so plain stores do
  RowKeySet(Object first, Object second) {
    this(first, null, second, null);
  }

  RowKeySet(Object first, Object firstHint, Object second, Object secondHint) {
    Object[] array = new Object[2 * MIN_CAPACITY];
    insertFresh(array, first, firstHint);
    insertFresh(array, second, secondHint);
    size = 2;
    used = 2;
    slots = array;
  }

  /** The number of keys; for the writer only. */
  int size() {
    return size;
  }

  /** Adds {@code key} without a hint; returns false if it was present. Writer only. */
  boolean add(Object key) {
    return add(key, null);
  }

  /**
   * Adds {@code key} with {@code hint}; returns false if it was present, in which case the key's
   * hint becomes {@code hint} unless that is null. Writer only.
   */
  boolean add(Object key, Object hint) {
    Object[] array = slots;
    int mask = capacity(array) - 1;
    int hash = key.hashCode();
    for (int i = home(hash, mask), step = step(hash); ; i = (i + step) & mask) {
      Object slot = array[2 * i];
      if (slot == null) {
        if ((used + 1) * 2 > capacity(array)) {
          rehash(size + 1);
          insertFresh(slots, key, hint);
        } else {
          // the hint first: a reader that sees the key sees its hint
          SLOT.setRelease(array, 2 * i + 1, hint);
          SLOT.setRelease(array, 2 * i, key);
        }
        size++;
        used++;
        return true;
      }
      if (slot instanceof Removed) {
        if (((Removed) slot).key.equals(key)) {
          SLOT.setRelease(array, 2 * i + 1, hint);
          SLOT.setRelease(array, 2 * i, key);
          size++;
          return true;
        }
      } else if (slot.equals(key)) {
        if (hint != null) {
          SLOT.setRelease(array, 2 * i + 1, hint);
        }
        return false;
      }
    }
  }

  /** Removes {@code key} and its hint; returns false if it was absent. Writer only. */
  boolean remove(Object key) {
    Object[] array = slots;
    int index = indexOf(array, key);
    if (index < 0) {
      return false;
    }
    SLOT.setRelease(array, 2 * index, new Removed(key));
    SLOT.setRelease(array, 2 * index + 1, null);
    size--;
    if (capacity(array) > MIN_CAPACITY && size * 8 < capacity(array)) {
      rehash(size);
    }
    return true;
  }

  /** Whether {@code key} is in the set; any thread. */
  boolean contains(Object key) {
    return indexOf(slots, key) >= 0;
  }

  // the pair index of the live key, or -1
  private static int indexOf(Object[] array, Object key) {
    int mask = capacity(array) - 1;
    int hash = key.hashCode();
    for (int i = home(hash, mask), step = step(hash); ; i = (i + step) & mask) {
      Object slot = SLOT.getAcquire(array, 2 * i);
      if (slot == null) {
        return -1;
      }
      if (!(slot instanceof Removed) && slot.equals(key)) {
        return i;
      }
    }
  }

  /** The keys, weakly consistent (see the class comment); any thread. */
  @Override
  public Iterator<Object> iterator() {
    return new Keys(slots);
  }

  /** The keys with their hints, weakly consistent like {@link #iterator}; any thread. */
  BucketCursor cursor() {
    return new BucketCursor(slots);
  }

  private static int capacity(Object[] array) {
    return array.length >> 1;
  }

  // a new array at most a quarter full for `live` keys, published once filled: an add probes until
  // it meets an empty slot and compares the key of every slot on the way, each a likely cache miss,
  // so the set stays at most half full (about 1.5 probes for a new key, 2.5 at three quarters)
  private void rehash(int live) {
    int capacity = MIN_CAPACITY;
    while (capacity < live * 4) {
      capacity <<= 1;
    }
    Object[] old = slots;
    Object[] fresh = new Object[2 * capacity];
    for (int i = 0; i < old.length; i += 2) {
      Object slot = old[i];
      if (slot != null && !(slot instanceof Removed)) {
        insertFresh(fresh, slot, old[i + 1]);
      }
    }
    used = size;
    slots = fresh;
  }

  // into an array that holds neither the key nor a removed marker of it
  private static void insertFresh(Object[] array, Object key, Object hint) {
    int mask = capacity(array) - 1;
    int hash = key.hashCode();
    int i = home(hash, mask);
    for (int step = step(hash); array[2 * i] != null; ) {
      i = (i + step) & mask;
    }
    SLOT.setRelease(array, 2 * i + 1, hint);
    SLOT.setRelease(array, 2 * i, key);
  }

  // the slot ConcurrentHashMap and RowHeads give a key's hash: ids below the capacity keep their
  // order, so a walk of the set meets rows in id order. Each entry's hint references a row version,
  // and a young collection copies a version next to the one it copied before, through whichever
  // reference it meets first: in hash order (Fibonacci hashing before) the set scattered a loaded
  // table's rows against its own walk and against the table's (see PROFILE.md, groupby)
  private static int home(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  // double hashing: consecutive ids fill consecutive slots, and a key whose home lies in such a run
  // jumps by an odd step of its own instead of walking the run
  private static int step(int hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) | 1;
  }

  /** Whether a key slot read from a set's array holds a live key. */
  static boolean isLive(Object slot) {
    return slot != null && !(slot instanceof Removed);
  }

  /** The acquire load of one slot of a set's array, for {@link BucketCursor}. */
  static Object load(Object[] array, int index) {
    return SLOT.getAcquire(array, index);
  }

  /** The mark of a removed key in its slot, kept so that adding the key again reuses the slot. */
  private static final class Removed {
    final Object key;

    Removed(Object key) {
      this.key = key;
    }
  }

  private static final class Keys implements Iterator<Object> {
    private final Object[] array;
    private int index;
    private Object next;

    Keys(Object[] array) {
      this.array = array;
      advance();
    }

    private void advance() {
      next = null;
      while (index < array.length) {
        Object slot = SLOT.getAcquire(array, index);
        index += 2;
        if (isLive(slot)) {
          next = slot;
          return;
        }
      }
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Object next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      Object key = next;
      advance();
      return key;
    }
  }
}
