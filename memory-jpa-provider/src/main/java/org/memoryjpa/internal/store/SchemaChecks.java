package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Argument checks shared by the schema value types. Stateless; never instantiated. */
final class SchemaChecks {

  private SchemaChecks() {}

  static void requireName(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A " + what + " needs a non-blank name; got '" + name + "'");
    }
  }

  static List<Integer> requireSlots(List<Integer> slots, String owner) {
    if (slots == null || slots.isEmpty()) {
      throw new IllegalArgumentException("The " + owner + " covers no slot; give at least one");
    }
    List<Integer> copy = List.copyOf(slots);
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("The " + owner + " names a slot twice: " + copy);
    }
    for (int slot : copy) {
      if (slot < 0) {
        throw new IllegalArgumentException("The " + owner + " names negative slot " + slot);
      }
    }
    return copy;
  }

  static List<Integer> boxed(int... slots) {
    List<Integer> list = new ArrayList<>(slots.length);
    for (int slot : slots) {
      list.add(slot);
    }
    return list;
  }
}
