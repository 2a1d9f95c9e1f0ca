package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies what the store promises itself, for tests and tools: every version chain is ordered by
 * stamp and published; every live version a reader may still see has its entries in every built
 * index (a lazy reference index nobody needed yet has none); every index entry belongs to a version
 * still in its chain; once nothing waits to be pruned, chains are single versions and indexes hold
 * exactly the latest rows; and the latest committed rows keep
 * their unique keys, exclusive lists, not-null columns and references. Runs under the commit lock;
 * one instance per run.
 */
final class InvariantCheck {

  private final VersionClock clock;
  private final List<String> problems = new ArrayList<>();

  InvariantCheck(VersionClock clock) {
    this.clock = clock;
  }

  List<String> run(Collection<Table> tables) {
    long last = clock.lastCommitted();
    long oldest = clock.oldestPin();
    boolean settled = clock.isSettled();
    for (Table table : tables) {
      checkChains(table, last, oldest, settled);
      checkIndexEntries(table);
      checkConstraints(table);
    }
    return problems;
  }

  private void checkChains(Table table, long last, long oldest, boolean settled) {
    table.rows.forEach(
        (key, head) -> {
          String row = ValueText.row(table.name(), key);
          if (!head.key().equals(key)) {
            problems.add(row + " maps to a version of key '" + ValueText.of(head.key()) + "'");
          }
          if (settled && (head.older != null || head.isDeletion() && head.stamp <= oldest)) {
            problems.add(row + " keeps superseded versions although nothing waits to be pruned");
          }
          long previous = last + 1;
          for (RowSnapshot version = head; version != null; version = version.older) {
            if (version.stamp >= previous || version.stamp <= 0) {
              problems.add(row + " has version stamp " + version.stamp + " out of order");
            }
            previous = version.stamp;
            if (!version.isDeletion()) {
              checkEntriesOf(table, version);
            }
            if (version.stamp <= oldest) {
              break; // older versions are invisible to every reader and may linger until pruned
            }
          }
        });
  }

  private void checkEntriesOf(Table table, RowSnapshot version) {
    if (version.size() != table.schema().slotCount()) {
      problems.add(ValueText.row(table.name(), version.key()) + " has a wrong slot count");
      return;
    }
    for (RowIndex index : table.indexes) {
      if (!index.isBuilt()) {
        continue; // its build will find the version
      }
      for (Object key : index.keysOf(version)) {
        if (!index.entries.contains(key, version.key())) {
          problems.add(
              "Index '" + index.definition().name() + "' of '" + table.name() + "' lacks '"
                  + ValueText.of(key) + "' -> '" + ValueText.of(version.key()) + "'");
        }
      }
    }
  }

  private void checkIndexEntries(Table table) {
    for (RowIndex index : table.indexes) {
      if (!index.isBuilt() && index.entries.valueCount() > 0) {
        problems.add(
            "Index '" + index.definition().name() + "' of '" + table.name() + "' is not built but has "
                + index.entries.valueCount() + " value(s)");
      }
      index.entries.forEach(
          (value, key) -> {
            if (!isHeld(table.rows.get(key), index, value)) {
              problems.add(
                  "Index '" + index.definition().name() + "' of '" + table.name()
                      + "' has stale entry '" + ValueText.of(value) + "' -> '"
                      + ValueText.of(key) + "'");
            }
          });
    }
  }

  // entries go when the pruner cuts their version, so every entry belongs to a version still in
  // the chain (once settled, that is the head alone, and the index matches the rows exactly)
  private static boolean isHeld(RowSnapshot head, RowIndex index, Object value) {
    for (RowSnapshot version = head; version != null; version = version.older) {
      if (!version.isDeletion() && index.holds(version, value)) {
        return true;
      }
    }
    return false;
  }

  private void checkConstraints(Table table) {
    Map<RowIndex, Map<Object, Object>> seen = new HashMap<>();
    for (RowSnapshot head : table.rows.values()) {
      RowSnapshot row = Table.visible(head, Long.MAX_VALUE);
      if (row == null) {
        continue;
      }
      for (int slot : table.requiredSlots) {
        if (row.value(slot) == null && table.schema().column(slot).isRequiredFor(row.typeTag())) {
          problems.add(Violations.notNull(table, slot, row).getMessage());
        }
      }
      for (RowIndex index : table.indexes) {
        Object value = index.uniqueKey() == null ? null : index.keyOf(row);
        Object other =
            value == null
                ? null
                : seen.computeIfAbsent(index, i -> new HashMap<>()).putIfAbsent(value, row.key());
        if (other != null) {
          problems.add(Violations.unique(table, index.uniqueKey(), value, other).getMessage());
        }
      }
      for (int slot : table.referenceSlots) {
        if (table.schema().column(slot).isExclusive() && row.value(slot) instanceof Collection<?> elements) {
          Map<Object, Object> holders = seen.computeIfAbsent(table.referenceIndex(slot), i -> new HashMap<>());
          for (Object element : elements) {
            Object other = holders.putIfAbsent(element, row.key());
            if (other != null) {
              problems.add(Violations.exclusiveElement(table, slot, element, other).getMessage());
            }
          }
        }
      }
      checkReferences(table, row);
    }
  }

  private void checkReferences(Table table, RowSnapshot row) {
    for (int slot : table.referenceSlots) {
      Object value = row.value(slot);
      List<Object> targets = new ArrayList<>();
      if (value instanceof Collection<?>) {
        targets.addAll((Collection<?>) value);
      } else if (value != null) {
        targets.add(value);
      }
      for (Object target : targets) {
        if (target == null || Table.visible(table.targets[slot].rows.get(target), Long.MAX_VALUE)
            == null) {
          problems.add(Violations.missingTarget(table, slot, row.key(), target).getMessage());
        }
      }
    }
  }
}
