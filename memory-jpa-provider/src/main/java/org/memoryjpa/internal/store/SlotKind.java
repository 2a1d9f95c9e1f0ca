package org.memoryjpa.internal.store;

/** What a row slot holds; the kind decides which checks and indexes the store gives the slot. */
public enum SlotKind {
  /**
   * A plain immutable value: {@code String}, a number, a {@code java.time} value, an enum's mapped
   * form. Mutable values (a {@code byte[]}) must be copied by the caller before they are handed in.
   */
  VALUE,
  /**
   * The key of a row in the column's target table, or null: a to-one foreign key. Indexed, so that
   * the rows pointing at a key can be found, and checked at commit.
   */
  REFERENCE,
  /**
   * An immutable {@code List} of keys of target rows (the owning side of a to-many join table); null
   * means empty. Every element is indexed and checked like a {@link #REFERENCE}.
   */
  REFERENCE_LIST,
  /** An immutable {@code List}, {@code Set} or {@code Map} of values (element collections); unchecked. */
  COLLECTION;

  /** Whether the slot points at rows of another table. */
  public boolean isReference() {
    return this == REFERENCE || this == REFERENCE_LIST;
  }
}
