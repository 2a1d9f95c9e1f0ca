package org.memoryjpa.internal.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The newest version of each row of one {@link Table}, by key. {@code Long} keys (the common
 * generated {@code @Id}) live in an open-addressing table over a {@code long[]} of keys and a parallel
 * array of heads: a lookup hashes the primitive, compares longs and reads one array element, where a
 * {@link ConcurrentHashMap} spreads the boxed key's hash, follows a node and calls {@code
 * Long.equals}; it also saves the node per row. Every other key (String, UUID, {@link CompositeKey},
 * other numbers) goes to a {@code ConcurrentHashMap} made on first need; a {@code Long} never equals
 * another type's key, so the split changes no lookup.
 *
 * <p>Threading: any number of readers, lock-free; one writer at a time, the committer holding the
 * database's commit lock (see {@link Table}). A slot's key is written before its head is released
 * and never changes until the next resize, so a reader that acquires a non-null head reads the right
 * key. Removal leaves a tombstone in the slot (clearing it would cut other keys' probe sequences);
 * re-inserting the same key reuses the slot. A resize or {@link #clear} builds new arrays and
 * publishes them through a volatile field; a reader still probing the old arrays sees them as they
 * were, like a {@code ConcurrentHashMap} read that ran just before the write. Iteration is weakly
 * consistent, as the map it replaces.
 */
final class RowHeads {

  private static final VarHandle HEADS = MethodHandles.arrayElementVarHandle(RowSnapshot[].class);
  // marks a removed key's slot; never handed out
  private static final RowSnapshot REMOVED = RowSnapshot.of(0L, -1, new Object[0]);
  private static final int INITIAL_CAPACITY = 16;

  private volatile Slots slots = new Slots(INITIAL_CAPACITY);
  // keys that are not Longs; null until the first one
  private volatile ConcurrentHashMap<Object, RowSnapshot> others;

  /** The head of the row {@code key}, or null. */
  RowSnapshot get(Object key) {
    if (key instanceof Long id) {
      return slots.get(id);
    }
    ConcurrentHashMap<Object, RowSnapshot> map = others;
    return map == null ? null : map.get(key);
  }

  /** Makes {@code head} the head of the row {@code key}. Committer only. */
  void put(Object key, RowSnapshot head) {
    if (key instanceof Long id) {
      Slots current = slots;
      if (!current.put(id, head)) {
        Slots grown = current.resized();
        grown.put(id, head);
        slots = grown;
      }
    } else {
      ConcurrentHashMap<Object, RowSnapshot> map = others;
      if (map == null) {
        map = new ConcurrentHashMap<>();
        others = map;
      }
      map.put(key, head);
    }
  }

  /** Removes the row {@code key} if its head is still {@code head}. Committer only. */
  void remove(Object key, RowSnapshot head) {
    if (key instanceof Long id) {
      slots.remove(id, head);
    } else {
      ConcurrentHashMap<Object, RowSnapshot> map = others;
      if (map != null) {
        map.remove(key, head);
      }
    }
  }

  /** Drops every row. Committer only. */
  void clear() {
    slots = new Slots(INITIAL_CAPACITY);
    ConcurrentHashMap<Object, RowSnapshot> map = others;
    if (map != null) {
      map.clear();
    }
  }

  /** Every head, in no particular order; weakly consistent while a commit runs. */
  AbstractCollection<RowSnapshot> values() {
    Slots current = slots;
    ConcurrentHashMap<Object, RowSnapshot> map = others;
    return new AbstractCollection<>() {
      @Override
      public Iterator<RowSnapshot> iterator() {
        return new HeadIterator(current, map == null ? null : map.values().iterator());
      }

      @Override
      public int size() {
        return current.live + (map == null ? 0 : map.size());
      }
    };
  }

  /**
   * Calls {@code action} with each key as the map holds it and its head (for the invariant check,
   * which compares the two).
   */
  void forEach(BiConsumer<Object, RowSnapshot> action) {
    Slots current = slots;
    for (int i = 0; i < current.heads.length; i++) {
      RowSnapshot head = (RowSnapshot) HEADS.getAcquire(current.heads, i);
      if (head != null && head != REMOVED) {
        action.accept(current.keys[i], head);
      }
    }
    ConcurrentHashMap<Object, RowSnapshot> map = others;
    if (map != null) {
      map.forEach(action);
    }
  }

  /** One generation of the open-addressing table: double hashing, at most half full. */
  private static final class Slots {
    final long[] keys;
    final RowSnapshot[] heads;
    // written by the committer only; read by size() as an estimate
    int live;
    int used;

    Slots(int capacity) {
      keys = new long[capacity];
      heads = new RowSnapshot[capacity];
    }

    private int home(long key) {
      // ConcurrentHashMap's slot for the boxed key: a table of ids below its capacity iterates in
      // ascending id order, as it did in that map (the order of ORDER BY ties, which conformance
      // scripts compare with Hibernate's)
      int hash = Long.hashCode(key);
      return (hash ^ (hash >>> 16)) & (heads.length - 1);
    }

    private static int step(long key) {
      // double hashing: a key whose home is taken (ids at or past the capacity, strided ids) jumps
      // by an odd step of its own instead of walking the run of consecutive ids next to its home
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) | 1;
    }

    RowSnapshot get(long key) {
      int mask = heads.length - 1;
      for (int i = home(key), step = step(key); ; i = (i + step) & mask) {
        RowSnapshot head = (RowSnapshot) HEADS.getAcquire(heads, i);
        if (head == null) {
          return null;
        }
        if (keys[i] == key) {
          return head == REMOVED ? null : head;
        }
      }
    }

    /** False, changing nothing, when the key is new and the table has no room left for it. */
    boolean put(long key, RowSnapshot head) {
      int mask = heads.length - 1;
      for (int i = home(key), step = step(key); ; i = (i + step) & mask) {
        RowSnapshot present = heads[i];
        if (present == null) {
          if ((used + 1) * 2 > heads.length) {
            return false;
          }
          keys[i] = key;
          HEADS.setRelease(heads, i, head);
          used++;
          live++;
          return true;
        }
        if (keys[i] == key) {
          if (present == REMOVED) {
            live++;
          }
          HEADS.setRelease(heads, i, head);
          return true;
        }
      }
    }

    void remove(long key, RowSnapshot head) {
      int mask = heads.length - 1;
      for (int i = home(key), step = step(key); ; i = (i + step) & mask) {
        RowSnapshot present = heads[i];
        if (present == null) {
          return;
        }
        if (keys[i] == key) {
          if (present == head) {
            HEADS.setRelease(heads, i, REMOVED);
            live--;
          }
          return;
        }
      }
    }

    /** A copy without tombstones, twice as large unless tombstones alone filled this one. */
    Slots resized() {
      int capacity = (live + 1) * 4 > heads.length ? heads.length * 2 : heads.length;
      Slots next = new Slots(capacity);
      for (int i = 0; i < heads.length; i++) {
        RowSnapshot head = heads[i];
        if (head != null && head != REMOVED) {
          next.put(keys[i], head);
        }
      }
      return next;
    }
  }

  /** The heads of one generation's slots, then those of the other keys' map. */
  private static final class HeadIterator implements Iterator<RowSnapshot> {
    private final RowSnapshot[] heads;
    private final Iterator<RowSnapshot> others;
    private int index;
    private RowSnapshot next;

    HeadIterator(Slots slots, Iterator<RowSnapshot> others) {
      this.heads = slots.heads;
      this.others = others;
      advance();
    }

    private void advance() {
      while (index < heads.length) {
        RowSnapshot head = (RowSnapshot) HEADS.getAcquire(heads, index++);
        if (head != null && head != REMOVED) {
          next = head;
          return;
        }
      }
      next = others != null && others.hasNext() ? others.next() : null;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public RowSnapshot next() {
      RowSnapshot current = next;
      if (current == null) {
        throw new NoSuchElementException();
      }
      advance();
      return current;
    }
  }
}
