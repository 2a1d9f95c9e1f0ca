package org.memoryjpa.internal.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pending changes of one transaction, by table then key, in the order they were first made (so
 * that checks report the first violation the caller caused). Private to its transaction; not
 * thread-safe.
 */
final class WriteSet {

  // created on the first write: most transactions only read
  private LinkedHashMap<Table, LinkedHashMap<Object, Write>> byTable;
  private int size;
  // bumped by every change, so that a commit can tell whether validate() saw the final write set
  private int changes;

  boolean isEmpty() {
    return size == 0;
  }

  int changes() {
    return changes;
  }

  Write find(Table table, Object key) {
    if (size == 0) {
      return null;
    }
    Map<Object, Write> writes = byTable.get(table);
    return writes == null ? null : writes.get(key);
  }

  void put(Table table, Object key, Write write) {
    if (byTable == null) {
      byTable = new LinkedHashMap<>(4);
    }
    if (byTable.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, write) == null) {
      size++;
    }
    changes++;
  }

  void remove(Table table, Object key) {
    if (size == 0) {
      return;
    }
    Map<Object, Write> writes = byTable.get(table);
    if (writes != null && writes.remove(key) != null) {
      size--;
      changes++;
    }
  }

  /** The pending writes to {@code table}; a live view, empty if none. */
  Map<Object, Write> of(Table table) {
    if (size == 0) {
      return Collections.emptyMap();
    }
    Map<Object, Write> writes = byTable.get(table);
    return writes == null ? Collections.emptyMap() : writes;
  }

  Set<Map.Entry<Table, LinkedHashMap<Object, Write>>> tables() {
    return byTable == null ? Collections.emptySet() : byTable.entrySet();
  }

  void clear() {
    byTable = null;
    size = 0;
    changes++;
  }
}
