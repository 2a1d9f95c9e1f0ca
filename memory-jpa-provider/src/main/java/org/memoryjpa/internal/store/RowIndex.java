package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.memoryjpa.internal.store.index.HashIndex;
import org.memoryjpa.internal.store.index.KeyIndex;
import org.memoryjpa.internal.store.index.SortedIndex;
import org.memoryjpa.internal.store.index.ValueOrder;

/**
 * One index of a table at run time: which slots it reads, how it turns a row into index keys, and
 * the entries themselves. A table has one per unique key, one per declared index and one per
 * reference slot. Entries follow the rule of {@link KeyIndex}: a superset of the truth, re-checked
 * with {@link #holds} against the version a reader sees. Immutable apart from the entries, which only
 * the committer changes.
 *
 * <p>A reference index is <em>lazy</em>: it holds no entries until something first needs them (a
 * delete's foreign-key check, an exclusive list's check, {@code findByReference}), which {@link
 * Table#usableReferenceIndex} builds from the version chains under the commit lock. Until then
 * installs and pruning pass it by, so persisting thousands of children of one parent touches no
 * bucket of the parent; once built it is maintained like any other index, until a truncate drops it.
 */
final class RowIndex {

  private final IndexDefinition definition;
  private final UniqueKey uniqueKey;
  private final int[] slots;
  private final boolean sorted;
  // a REFERENCE_LIST slot: one entry per element rather than one per row
  private final boolean list;
  final KeyIndex entries;
  private final boolean lazy;
  // written under the commit lock; volatile so that a reader that sees it set sees the entries
  private volatile boolean built;

  /** A loop, not a stream: every table builds its indexes at bootstrap, where a stream loads dozens of classes. */
  private static int[] toArray(List<Integer> slots) {
    int[] array = new int[slots.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = slots.get(i);
    }
    return array;
  }

  private RowIndex(IndexDefinition definition, UniqueKey uniqueKey, boolean list, boolean lazy) {
    this.definition = definition;
    this.uniqueKey = uniqueKey;
    this.slots = toArray(definition.slots());
    this.sorted = definition.kind() == IndexKind.SORTED;
    this.list = list;
    this.entries = sorted ? new SortedIndex() : new HashIndex();
    this.lazy = lazy;
    this.built = !lazy;
  }

  static RowIndex forUniqueKey(UniqueKey key) {
    return new RowIndex(new IndexDefinition(key.name(), IndexKind.HASH, key.slots()), key, false, false);
  }

  static RowIndex forDefinition(IndexDefinition definition) {
    return new RowIndex(definition, null, false, false);
  }

  static RowIndex forReference(ColumnSchema column, int slot) {
    IndexDefinition definition =
        new IndexDefinition(column.name(), IndexKind.HASH, List.of(slot));
    return new RowIndex(definition, null, column.kind() == SlotKind.REFERENCE_LIST, true);
  }

  /** What lookups name this index by. */
  IndexDefinition definition() {
    return definition;
  }

  /** The unique key this index enforces, or null. */
  UniqueKey uniqueKey() {
    return uniqueKey;
  }

  boolean isSorted() {
    return sorted;
  }

  /**
   * Whether the entries cover every version in the chains: always, except for a lazy index nobody
   * has needed since the table was defined or truncated.
   */
  boolean isBuilt() {
    return built;
  }

  /**
   * Adds the entries of every live version of {@code heads}' chains and marks the index built; the
   * caller holds the commit lock, so no version is installed or pruned meanwhile.
   */
  void build(Iterable<RowSnapshot> heads) {
    for (RowSnapshot head : heads) {
      for (RowSnapshot version = head; version != null; version = version.older) {
        if (!version.isDeletion()) {
          // only the newest version is worth a hint: older ones are superseded
          addEntries(version, version == head ? version : null);
        }
      }
    }
    built = true;
  }

  /**
   * Forgets every entry at once, for a truncate that left no row a reader can see; a lazy index
   * waits again to be needed. Caller holds the commit lock.
   */
  void drop() {
    built = !lazy;
    entries.clear();
  }

  /**
   * The index key of a row that is not a list index: the slot's value, or a {@link CompositeKey} of
   * the slots' values; null when any of them is null, as such a row has no entry.
   */
  Object keyOf(RowSnapshot row) {
    if (slots.length == 1) {
      return row.value(slots[0]);
    }
    Object[] components = new Object[slots.length];
    for (int i = 0; i < slots.length; i++) {
      Object value = row.value(slots[i]);
      if (value == null) {
        return null;
      }
      components[i] = value;
    }
    return CompositeKey.wrap(components);
  }

  /** The index key for lookup values given slot by slot; null when any is null. */
  Object keyOf(Object[] lookupValues) {
    if (lookupValues.length != slots.length) {
      throw new IllegalArgumentException(
          "Index '" + definition.name() + "' covers " + slots.length + " slot(s) but the lookup gave "
              + lookupValues.length + " value(s); give one value per slot, in order");
    }
    for (Object value : lookupValues) {
      if (value == null) {
        return null;
      }
    }
    return slots.length == 1 ? lookupValues[0] : CompositeKey.of(lookupValues);
  }

  /** Every index key of the live row {@code row}: none, one, or one per list element. */
  List<Object> keysOf(RowSnapshot row) {
    if (!list) {
      Object key = keyOf(row);
      return key == null ? List.of() : List.of(key);
    }
    Object elements = row.value(slots[0]);
    List<Object> keys = new ArrayList<>();
    if (elements != null) {
      for (Object element : (Collection<?>) elements) {
        if (element != null) {
          keys.add(element);
        }
      }
    }
    return keys;
  }

  /**
   * Adds the entries of {@code version}, a live committed row that supersedes {@code previous} (the
   * row's live head before it, or null). Nothing to do when both have the same indexed values: the
   * previous version's entries are the new one's, and pruning keeps an entry while any retained
   * version of the row holds it. Nothing either while a lazy index is not built: its build will
   * find the version in the chain.
   */
  void add(RowSnapshot version, RowSnapshot previous) {
    if (!built || previous != null && sameValues(version, previous)) {
      return;
    }
    addEntries(version, version);
  }

  // `hint`, the version itself or null, goes with each entry for readers (see ReadView's walks)
  private void addEntries(RowSnapshot version, RowSnapshot hint) {
    if (list) {
      Object elements = version.value(slots[0]);
      if (elements != null) {
        for (Object element : (Collection<?>) elements) {
          if (element != null) {
            entries.add(element, version.key(), hint);
          }
        }
      }
      return;
    }
    Object key = keyOf(version);
    if (key != null) {
      entries.add(key, version.key(), hint);
    }
  }

  /**
   * Whether two live rows have equal values in the index's slots, so equal index keys: compared
   * slot by slot, so no composite key is built, and a list an update left alone (the same {@code
   * List}) costs no element comparison.
   */
  boolean sameValues(RowSnapshot version, RowSnapshot previous) {
    for (int slot : slots) {
      Object value = version.value(slot);
      Object before = previous.value(slot);
      if (value != before && (value == null || !value.equals(before))) {
        return false;
      }
    }
    return true;
  }

  /** Removes the entries of {@code removed} that none of {@code retained} still needs. */
  void removeUnneeded(RowSnapshot removed, RowSnapshot retainedHead, RowSnapshot retainedTail) {
    if (!built) {
      return;
    }
    // the common case, an update that kept the indexed values: no element to look for
    if (retainedHead != null && !retainedHead.isDeletion() && sameValues(removed, retainedHead)) {
      return;
    }
    if (list) {
      Object elements = removed.value(slots[0]);
      if (elements != null) {
        for (Object element : (Collection<?>) elements) {
          if (element != null && !heldByAny(retainedHead, retainedTail, element)) {
            entries.remove(element, removed.key());
          }
        }
      }
      return;
    }
    Object key = keyOf(removed);
    if (key != null && !heldByAny(retainedHead, retainedTail, key)) {
      entries.remove(key, removed.key());
    }
  }

  private boolean heldByAny(RowSnapshot head, RowSnapshot tail, Object indexKey) {
    for (RowSnapshot version = head; version != null; version = version.older) {
      if (!version.isDeletion() && holds(version, indexKey)) {
        return true;
      }
      if (version == tail) {
        break;
      }
    }
    return false;
  }

  /** Whether the live row {@code row} has {@code indexKey}: the re-check of every index hit. */
  boolean holds(RowSnapshot row, Object indexKey) {
    if (list) {
      Object elements = row.value(slots[0]);
      return elements != null && ((Collection<?>) elements).contains(indexKey);
    }
    Object key = keyOf(row);
    if (key == null) {
      return false;
    }
    return sorted ? ValueOrder.INSTANCE.compare(key, indexKey) == 0 : key.equals(indexKey);
  }

  /** Throws unless a sorted index can order the row's key; called before anything is published. */
  void requireOrderable(RowSnapshot row, String table) {
    if (!sorted) {
      return;
    }
    for (int slot : slots) {
      Object value = row.value(slot);
      if (value != null && !ValueOrder.isOrderable(value)) {
        throw new IllegalArgumentException(
            "Sorted index '" + definition.name() + "' of table '" + table + "' cannot order value of"
                + " type '" + value.getClass().getName() + "' in row '"
                + ValueText.row(table, row.key()) + "'; it is not Comparable. Declare a HASH index");
      }
    }
  }
}
