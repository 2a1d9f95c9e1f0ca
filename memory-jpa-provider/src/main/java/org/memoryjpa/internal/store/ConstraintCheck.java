package org.memoryjpa.internal.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a transaction's pending writes against the state the transaction would leave: the latest
 * committed rows overlaid with its own writes. It checks the final state, not the order of the
 * operations, so a transaction may insert a parent after its child or delete a parent together with
 * its children. Run by {@link StoreTransaction#validate} and again under the commit lock, where the
 * latest committed state cannot move. One instance per run; not thread-safe.
 *
 * <p>Per written row: not-null columns (for the row's type), the primary key (an inserted key must
 * have no committed row), unique keys (SQL semantics: a null component exempts the row), and
 * references (each must point at a row that exists in the final state), and exclusive lists (an
 * element held by one row only, once). Per deleted row: no row of
 * the final state may still reference it. All lookups go through indexes: the work is proportional to
 * the write set, not to the tables.
 */
final class ConstraintCheck {

  private final WriteSet writes;
  // per unique index: value -> key of the pending row that has it; created on first need, as most
  // checks are of one row per table, which no other pending row can clash with
  private Map<RowIndex, Map<Object, Object>> pendingUnique;
  // per exclusive list slot's index: element -> key of the pending row that holds it
  private Map<RowIndex, Map<Object, Object>> pendingElements;

  ConstraintCheck(WriteSet writes) {
    this.writes = writes;
  }

  void run() {
    for (int t = 0; t < writes.tableCount(); t++) {
      Table table = writes.tableAt(t).table;
      Map<Object, Write> tableWrites = writes.tableAt(t).rows;
      for (Map.Entry<Object, Write> write : tableWrites.entrySet()) {
        Object key = write.getKey();
        RowSnapshot row = write.getValue().row;
        if (row == null) {
          requireUnreferenced(table, key);
          continue;
        }
        requireValues(table, row);
        RowSnapshot base = write.getValue().base;
        if (base == null && table.latest(key) != null) {
          throw Violations.primaryKey(table, key);
        }
        requireUnique(table, key, row, base, tableWrites.size() > 1);
        requireTargets(table, row, base);
      }
    }
  }

  /** The row {@code key} of {@code table} as the transaction would leave it; null if none. */
  private RowSnapshot finalRow(Table table, Object key) {
    Write write = writes.find(table, key);
    return write != null ? write.row : table.latest(key);
  }

  private static void requireValues(Table table, RowSnapshot row) {
    TableSchema schema = table.schema();
    for (int slot : table.requiredSlots) {
      if (row.value(slot) == null && schema.column(slot).isRequiredFor(row.typeTag())) {
        throw Violations.notNull(table, slot, row);
      }
    }
  }

  /**
   * The unique keys of {@code row}, which replaces {@code base} (the committed row, or null). A value
   * the row keeps from {@code base} needs no look at the committed rows, which held it uniquely
   * when {@code base} was committed and still do, {@code base} being still the latest (the commit
   * checks that first); it is still recorded as pending, against the transaction's other rows of
   * the table, if {@code siblings} says it has any.
   */
  private void requireUnique(
      Table table, Object key, RowSnapshot row, RowSnapshot base, boolean siblings) {
    for (RowIndex index : table.indexes) {
      UniqueKey uniqueKey = index.uniqueKey();
      if (uniqueKey == null) {
        continue;
      }
      Object value = index.keyOf(row);
      if (value == null) {
        continue;
      }
      if (siblings) {
        if (pendingUnique == null) {
          pendingUnique = new HashMap<>();
        }
        Object pendingOwner = pendingOf(pendingUnique, index).putIfAbsent(value, key);
        if (pendingOwner != null && !pendingOwner.equals(key)) {
          throw Violations.unique(table, uniqueKey, value, pendingOwner);
        }
      }
      if (base != null && index.sameValues(row, base)) {
        continue;
      }
      Iterator<Object> candidates = index.entries.rowKeys(value);
      while (candidates.hasNext()) {
        Object candidate = candidates.next();
        if (candidate.equals(key) || writes.find(table, candidate) != null) {
          continue; // a pending row is checked through pendingUnique
        }
        RowSnapshot other = table.latest(candidate);
        if (other != null && index.holds(other, value)) {
          throw Violations.unique(table, uniqueKey, value, candidate);
        }
      }
    }
  }

  /**
   * The references of {@code row}, which replaces {@code base} (the committed row, or null). A
   * reference the row keeps from {@code base} pointed at a committed row then, and a committed row
   * cannot be deleted while a committed row references it, so only this transaction's own deletions
   * can break it: the check looks at the write set alone, as a database checks a foreign key on
   * UPDATE only when its columns change.
   */
  private void requireTargets(Table table, RowSnapshot row, RowSnapshot base) {
    for (int slot : table.referenceSlots) {
      Object value = row.value(slot);
      if (value == null) {
        continue;
      }
      Table target = table.targets[slot];
      boolean kept = base != null && table.referenceIndex(slot).sameValues(row, base);
      if (table.schema().column(slot).kind() == SlotKind.REFERENCE) {
        if (kept) {
          requirePendingTarget(table, slot, row, target, value);
        } else {
          requireTarget(table, slot, row, target, value);
        }
        continue;
      }
      if (kept) {
        if (!writes.of(target).isEmpty()) {
          for (Object element : (Collection<?>) value) {
            requirePendingTarget(table, slot, row, target, element);
          }
        }
      } else {
        for (Object element : (Collection<?>) value) {
          if (element == null) {
            throw Violations.notNull(table, slot, row);
          }
          requireTarget(table, slot, row, target, element);
        }
      }
      if (table.schema().column(slot).isExclusive()) {
        requireExclusive(table, slot, row.key(), (Collection<?>) value, !kept);
      }
    }
  }

  /**
   * Each element of an exclusive list is held once, by this row only, in the final state; the
   * committed rows are looked at only for a list the row does not keep from its base, as for unique
   * keys.
   */
  private void requireExclusive(
      Table table, int slot, Object key, Collection<?> elements, boolean checkCommitted) {
    RowIndex index = checkCommitted ? table.usableReferenceIndex(slot) : table.referenceIndex(slot);
    if (pendingElements == null) {
      pendingElements = new HashMap<>();
    }
    Map<Object, Object> pending = pendingOf(pendingElements, index);
    for (Object element : elements) {
      Object holder = pending.putIfAbsent(element, key);
      if (holder != null) {
        throw Violations.exclusiveElement(table, slot, element, holder);
      }
      if (!checkCommitted) {
        continue;
      }
      Iterator<Object> candidates = index.entries.rowKeys(element);
      while (candidates.hasNext()) {
        Object candidate = candidates.next();
        if (candidate.equals(key) || writes.find(table, candidate) != null) {
          continue; // a pending row is checked through pendingElements
        }
        RowSnapshot other = table.latest(candidate);
        if (other != null && index.holds(other, element)) {
          throw Violations.exclusiveElement(table, slot, element, candidate);
        }
      }
    }
  }

  private static Map<Object, Object> pendingOf(
      Map<RowIndex, Map<Object, Object>> byIndex, RowIndex index) {
    Map<Object, Object> pending = byIndex.get(index);
    if (pending == null) {
      pending = new HashMap<>();
      byIndex.put(index, pending);
    }
    return pending;
  }

  private void requireTarget(Table table, int slot, RowSnapshot row, Table target, Object key) {
    if (finalRow(target, key) == null) {
      throw Violations.missingTarget(table, slot, row.key(), key);
    }
  }

  /** A target committed when the row's base was: present unless this transaction deletes it. */
  private void requirePendingTarget(
      Table table, int slot, RowSnapshot row, Table target, Object key) {
    Write write = writes.find(target, key);
    if (write != null && write.row == null) {
      throw Violations.missingTarget(table, slot, row.key(), key);
    }
  }

  private void requireUnreferenced(Table table, Object key) {
    for (Table.Reference reference : table.incoming()) {
      Table source = reference.source();
      RowIndex index = source.usableReferenceIndex(reference.slot());
      Iterator<Object> candidates = index.entries.rowKeys(key);
      while (candidates.hasNext()) {
        Object candidate = candidates.next();
        if (writes.find(source, candidate) != null) {
          continue; // a pending row is checked by requireTargets
        }
        RowSnapshot referencing = source.latest(candidate);
        if (referencing != null && index.holds(referencing, key)) {
          throw Violations.stillReferenced(source, reference.slot(), candidate, key);
        }
      }
    }
  }
}
