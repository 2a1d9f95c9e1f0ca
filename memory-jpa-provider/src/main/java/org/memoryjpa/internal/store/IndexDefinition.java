package org.memoryjpa.internal.store;

import java.util.List;

/**
 * A secondary index over one or more slots. A row with a null in any indexed slot has no entry, as
 * SQL equality and ranges never match null. Over several slots the index key is a {@link
 * CompositeKey} of the slot values, in order. Immutable.
 *
 * @param name the index name, unique within its table; lookups name it
 * @param kind hash (equality) or sorted (equality and ranges)
 * @param slots the slots it covers, in order
 */
public record IndexDefinition(String name, IndexKind kind, List<Integer> slots) {

  /** Checks the arguments and copies the slot list. */
  public IndexDefinition {
    SchemaChecks.requireName(name, "index");
    if (kind == null) {
      throw new IllegalArgumentException("Index '" + name + "' has no kind; pass HASH or SORTED");
    }
    slots = SchemaChecks.requireSlots(slots, "index '" + name + "'");
  }

  /** An index of the given kind over the given slots. */
  public static IndexDefinition of(String name, IndexKind kind, int... slots) {
    return new IndexDefinition(name, kind, SchemaChecks.boxed(slots));
  }
}
