package org.memoryjpa.internal.store;

import java.util.Arrays;

/**
 * The rows one commit gave a new version (or a deletion) on top of an older one: once every reader
 * is pinned at that commit or later, the older versions can go. Built and consumed under the commit
 * lock; not thread-safe.
 */
final class SupersededVersions {

  final long stamp;
  // small at first: most commits update a row or two, and one is made per commit
  private Table[] tables = new Table[2];
  private Object[] keys = new Object[2];
  private int size;

  SupersededVersions(long stamp) {
    this.stamp = stamp;
  }

  void add(Table table, Object key) {
    if (size == keys.length) {
      tables = Arrays.copyOf(tables, size * 2);
      keys = Arrays.copyOf(keys, size * 2);
    }
    tables[size] = table;
    keys[size] = key;
    size++;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Prunes every row of the commit for readers pinned at {@code oldestPin} or later. */
  void prune(long oldestPin) {
    for (int i = 0; i < size; i++) {
      tables[i].prune(keys[i], oldestPin);
    }
  }
}
