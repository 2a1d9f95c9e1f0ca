package org.memoryjpa.internal.store;

import java.util.BitSet;
import java.util.Objects;

/**
 * One slot of a table's rows: its name in messages (the attribute path, e.g. {@code address.city}),
 * what it holds, and whether it may be null. A not-null requirement may be limited to some row types:
 * in single-table inheritance a column of a subtype is required only for rows of that subtype and its
 * subtypes. Immutable; the withers return copies.
 */
public final class ColumnSchema {

  private final String name;
  private final SlotKind kind;
  private final String targetTable;
  private final String foreignKeyName;
  private final boolean nullable;
  // the type tags the not-null requirement applies to; null when it applies to every row
  private final BitSet requiredTypes;
  // a REFERENCE_LIST whose elements may each be held once, by one row
  private final boolean exclusive;

  private ColumnSchema(
      String name,
      SlotKind kind,
      String targetTable,
      String foreignKeyName,
      boolean nullable,
      BitSet requiredTypes,
      boolean exclusive) {
    this.name = name;
    this.kind = kind;
    this.targetTable = targetTable;
    this.foreignKeyName = foreignKeyName;
    this.nullable = nullable;
    this.requiredTypes = requiredTypes;
    this.exclusive = exclusive;
  }

  /** A nullable column holding a plain immutable value. */
  public static ColumnSchema value(String name) {
    return create(name, SlotKind.VALUE, null);
  }

  /** A nullable to-one foreign key: the key of a row of {@code targetTable}, or null. */
  public static ColumnSchema reference(String name, String targetTable) {
    return create(name, SlotKind.REFERENCE, targetTable);
  }

  /** A list of keys of rows of {@code targetTable}: the owning side of a to-many join table. */
  public static ColumnSchema referenceList(String name, String targetTable) {
    return create(name, SlotKind.REFERENCE_LIST, targetTable);
  }

  /** An immutable collection or map of values (an element collection); never checked. */
  public static ColumnSchema collection(String name) {
    return create(name, SlotKind.COLLECTION, null);
  }

  private static ColumnSchema create(String name, SlotKind kind, String targetTable) {
    SchemaChecks.requireName(name, "column");
    if (kind.isReference()) {
      SchemaChecks.requireName(targetTable, "target table of column '" + name + "'");
    }
    return new ColumnSchema(name, kind, targetTable, null, true, null, false);
  }

  /** A copy that every row must fill. */
  public ColumnSchema notNull() {
    return new ColumnSchema(name, kind, targetTable, foreignKeyName, false, null, exclusive);
  }

  /**
   * A copy that rows of the given type tags must fill and other rows may leave null; pass the tags of
   * the declaring subtype and of all its subtypes.
   */
  public ColumnSchema notNullFor(int... typeTags) {
    BitSet tags = new BitSet();
    for (int tag : typeTags) {
      if (tag < 0) {
        throw new IllegalArgumentException(
            "Column '" + name + "' cannot be required for negative type tag " + tag);
      }
      tags.set(tag);
    }
    return new ColumnSchema(name, kind, targetTable, foreignKeyName, false, tags, exclusive);
  }

  /** A copy whose foreign key has the given constraint name (default {@code FK_<table>_<column>}). */
  public ColumnSchema foreignKey(String constraintName) {
    if (!kind.isReference()) {
      throw new IllegalArgumentException(
          "Column '" + name + "' holds a " + kind + ", not a reference; it has no foreign key");
    }
    SchemaChecks.requireName(constraintName, "foreign key of column '" + name + "'");
    return new ColumnSchema(name, kind, targetTable, constraintName, nullable, requiredTypes, exclusive);
  }

  /**
   * A copy of a list of keys whose elements are unique across the table: each referenced row may be
   * held once, by one row, as the unique key on a one-to-many join table's element column says.
   */
  public ColumnSchema exclusiveElements() {
    if (kind != SlotKind.REFERENCE_LIST) {
      throw new IllegalArgumentException(
          "Column '" + name + "' holds a " + kind + ", not a list of keys; only list elements can be exclusive");
    }
    return new ColumnSchema(name, kind, targetTable, foreignKeyName, nullable, requiredTypes, true);
  }

  /** Whether each element of this list of keys may be held by one row only, once. */
  public boolean isExclusive() {
    return exclusive;
  }

  /** The column's name in messages: the attribute path. */
  public String name() {
    return name;
  }

  /** What the slot holds. */
  public SlotKind kind() {
    return kind;
  }

  /** The table a reference points into; null for other kinds. */
  public String targetTable() {
    return targetTable;
  }

  /** The declared foreign key name, or null to derive one. */
  public String foreignKeyName() {
    return foreignKeyName;
  }

  /** False if at least some rows must fill the column. */
  public boolean nullable() {
    return nullable;
  }

  /** Whether a row of type {@code typeTag} must fill the column. */
  public boolean isRequiredFor(int typeTag) {
    return !nullable && (requiredTypes == null || (typeTag >= 0 && requiredTypes.get(typeTag)));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ColumnSchema)) {
      return false;
    }
    ColumnSchema that = (ColumnSchema) other;
    return nullable == that.nullable
        && exclusive == that.exclusive
        && name.equals(that.name)
        && kind == that.kind
        && Objects.equals(targetTable, that.targetTable)
        && Objects.equals(foreignKeyName, that.foreignKeyName)
        && Objects.equals(requiredTypes, that.requiredTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, targetTable, foreignKeyName, nullable, requiredTypes, exclusive);
  }

  @Override
  public String toString() {
    return name
        + " "
        + kind
        + (targetTable == null ? "" : " -> " + targetTable)
        + (nullable ? "" : requiredTypes == null ? " not null" : " not null for " + requiredTypes)
        + (exclusive ? " exclusive" : "");
  }
}
