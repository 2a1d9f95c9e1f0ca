package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The complete internal state of a database as comparable text: the commit counter, every version
 * chain with its stamps, and every index entry. Two equal dumps mean nothing at all changed.
 */
final class StoreDump {

  private StoreDump() {}

  static Map<String, Object> of(Database database) {
    Map<String, Object> dump = new TreeMap<>();
    dump.put("lastCommitted", database.lastCommitted());
    for (Table table : database.tables()) {
      Map<String, List<String>> rows = new TreeMap<>();
      table.rows.forEach(
          (key, head) -> {
            List<String> chain = new ArrayList<>();
            for (RowSnapshot version = head; version != null; version = version.older) {
              chain.add(
                  version.stamp
                      + ":"
                      + (version.isDeletion()
                          ? "deleted"
                          : version.typeTag() + Arrays.toString(version.sharedValues())));
            }
            rows.put(String.valueOf(key), chain);
          });
      dump.put(table.name() + " rows", rows);
      for (RowIndex index : table.indexes) {
        List<String> entries = new ArrayList<>();
        index.entries.forEach((value, key) -> entries.add(value + " -> " + key));
        Collections.sort(entries);
        dump.put(table.name() + " index " + index.definition().name(), entries);
      }
    }
    return dump;
  }
}
