package org.memoryjpa.internal.store;

import java.util.List;

/**
 * A unique constraint over one or more slots, checked with SQL semantics: a row with a null in any of
 * the slots is not checked, so any number of such rows may coexist. Immutable.
 *
 * @param name the constraint name shown in messages, e.g. {@code UK_customer_email}
 * @param slots the slots it covers, in order
 */
public record UniqueKey(String name, List<Integer> slots) {

  /** Checks the arguments and copies the slot list. */
  public UniqueKey {
    SchemaChecks.requireName(name, "unique key");
    slots = SchemaChecks.requireSlots(slots, "unique key '" + name + "'");
  }

  /** A unique key over the given slots. */
  public static UniqueKey of(String name, int... slots) {
    return new UniqueKey(name, SchemaChecks.boxed(slots));
  }
}
