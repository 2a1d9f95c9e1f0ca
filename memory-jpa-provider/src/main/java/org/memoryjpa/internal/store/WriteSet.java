package org.memoryjpa.internal.store;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pending changes of one transaction, by table then key, in the order they were first made (so
 * that checks report the first violation the caller caused). Private to its transaction; not
 * thread-safe.
 *
 * <p>The tables are a short array searched by identity: a transaction writes to a few tables, and
 * an update of one row, the common case, then costs one small array and one map rather than a map
 * of maps.
 */
final class WriteSet {

  /** The pending writes to one table, by key in the order first made. */
  static final class TableWrites {

    final Table table;
    // four slots, not sixteen: most transactions write a row or two per table
    final LinkedHashMap<Object, Write> rows = new LinkedHashMap<>(4);

    private TableWrites(Table table) {
      this.table = table;
    }
  }

  // created on the first write: most transactions only read
  private TableWrites[] tables;
  private int tableCount;
  private int size;
  // bumped by every change, so that a commit can tell whether validate() saw the final write set
  private int changes;

  boolean isEmpty() {
    return size == 0;
  }

  int changes() {
    return changes;
  }

  /** The number of tables written to, for {@link #tableAt}. */
  int tableCount() {
    return tableCount;
  }

  /** The writes to the {@code index}th table written to, in the order first written. */
  TableWrites tableAt(int index) {
    return tables[index];
  }

  private TableWrites writesTo(Table table) {
    for (int i = 0; i < tableCount; i++) {
      if (tables[i].table == table) {
        return tables[i];
      }
    }
    return null;
  }

  Write find(Table table, Object key) {
    if (size == 0) {
      return null;
    }
    TableWrites writes = writesTo(table);
    return writes == null ? null : writes.rows.get(key);
  }

  void put(Table table, Object key, Write write) {
    TableWrites writes = writesTo(table);
    if (writes == null) {
      if (tables == null) {
        tables = new TableWrites[2];
      } else if (tableCount == tables.length) {
        tables = Arrays.copyOf(tables, tableCount * 2);
      }
      writes = new TableWrites(table);
      tables[tableCount++] = writes;
    }
    if (writes.rows.put(key, write) == null) {
      size++;
    }
    changes++;
  }

  void remove(Table table, Object key) {
    if (size == 0) {
      return;
    }
    TableWrites writes = writesTo(table);
    if (writes != null && writes.rows.remove(key) != null) {
      size--;
      changes++;
    }
  }

  /** The pending writes to {@code table}; a live view, empty if none. */
  Map<Object, Write> of(Table table) {
    if (size == 0) {
      return Collections.emptyMap();
    }
    TableWrites writes = writesTo(table);
    return writes == null ? Collections.emptyMap() : writes.rows;
  }

  void clear() {
    tables = null;
    tableCount = 0;
    size = 0;
    changes++;
  }
}
