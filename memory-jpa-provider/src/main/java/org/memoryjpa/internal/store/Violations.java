package org.memoryjpa.internal.store;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import org.memoryjpa.ConstraintViolationException;
import org.memoryjpa.ConstraintViolationException.Kind;

/**
 * The exceptions the store throws for broken constraints and stale rows, with their messages in the
 * house shape: what failed with the subject in quotes, where, why, and the fix. Stateless; never
 * instantiated.
 */
final class Violations {

  private Violations() {}

  static ConstraintViolationException primaryKey(Table table, Object key) {
    TableSchema schema = table.schema();
    return new ConstraintViolationException(
        "Primary key '" + schema.primaryKeyName() + "' violated on '" + table.name() + "' "
            + columns(schema.keyColumns()) + " by value '" + ValueText.of(key)
            + "'; another row already has it",
        Kind.PRIMARY_KEY,
        schema.primaryKeyName(),
        table.name(),
        schema.keyColumns());
  }

  static ConstraintViolationException unique(
      Table table, UniqueKey key, Object value, Object otherRowKey) {
    List<String> names = table.schema().columnNames(key.slots());
    return new ConstraintViolationException(
        "Unique constraint '" + key.name() + "' violated on '" + table.name() + "' "
            + columns(names) + " by value '" + ValueText.of(value)
            + "'; another row already has it: '" + ValueText.row(table.name(), otherRowKey) + "'",
        Kind.UNIQUE,
        key.name(),
        table.name(),
        names);
  }

  static ConstraintViolationException exclusiveElement(
      Table table, int slot, Object element, Object holderKey) {
    ColumnSchema column = table.schema().column(slot);
    String name = "UK_" + table.name() + "_" + column.name();
    return new ConstraintViolationException(
        "Unique constraint '" + name + "' violated on '" + table.name() + "' (" + column.name()
            + ") by value '" + ValueText.of(element) + "': '"
            + ValueText.row(column.targetTable(), element) + "' may be held once, by one row, and row '"
            + ValueText.row(table.name(), holderKey) + "' holds it already; remove it there first",
        Kind.UNIQUE,
        name,
        table.name(),
        List.of(column.name()));
  }

  static ConstraintViolationException notNull(Table table, int slot, RowSnapshot row) {
    TableSchema schema = table.schema();
    String column = schema.column(slot).name();
    String name = "NN_" + table.name() + "_" + column;
    String type = schema.typeName(row.typeTag());
    return new ConstraintViolationException(
        "Not-null constraint '" + name + "' violated on '" + table.name() + "' (" + column
            + ") by row '" + ValueText.row(table.name(), row.key()) + "'"
            + (type.equals(table.name()) ? "" : " of type '" + type + "'")
            + "; the column needs a value: set one before flushing, or make the column nullable",
        Kind.NOT_NULL,
        name,
        table.name(),
        List.of(column));
  }

  static ConstraintViolationException missingTarget(
      Table table, int slot, Object rowKey, Object targetKey) {
    ColumnSchema column = table.schema().column(slot);
    String name = foreignKeyName(table, column);
    return new ConstraintViolationException(
        "Foreign key '" + name + "' violated on '" + table.name() + "' (" + column.name()
            + ") by value '" + ValueText.of(targetKey) + "': row '"
            + ValueText.row(table.name(), rowKey) + "' references '"
            + ValueText.row(column.targetTable(), targetKey)
            + "', which does not exist; persist the referenced row in this or an earlier"
            + " transaction, or clear the reference",
        Kind.FOREIGN_KEY,
        name,
        table.name(),
        List.of(column.name()));
  }

  static ConstraintViolationException stillReferenced(
      Table source, int slot, Object sourceKey, Object targetKey) {
    ColumnSchema column = source.schema().column(slot);
    String name = foreignKeyName(source, column);
    return new ConstraintViolationException(
        "Foreign key '" + name + "' violated on '" + source.name() + "' (" + column.name()
            + ") by value '" + ValueText.of(targetKey) + "': '"
            + ValueText.row(column.targetTable(), targetKey) + "' is deleted while row '"
            + ValueText.row(source.name(), sourceKey)
            + "' still references it; delete or reassign the referencing rows first",
        Kind.FOREIGN_KEY,
        name,
        source.name(),
        List.of(column.name()));
  }

  static String foreignKeyName(Table table, ColumnSchema column) {
    return column.foreignKeyName() != null
        ? column.foreignKeyName()
        : "FK_" + table.name() + "_" + column.name();
  }

  static OptimisticLockException changedSinceRead(Table table, Object key) {
    return new OptimisticLockException(
        "Row '" + ValueText.row(table.name(), key) + "' was updated or deleted by another"
            + " transaction after this transaction read it; reload it and retry");
  }

  static OptimisticLockException versionMismatch(
      Table table, Object key, Object expected, Object actual) {
    return new OptimisticLockException(
        "Row '" + ValueText.row(table.name(), key) + "' has version '" + ValueText.of(actual)
            + "' but the write expected version '" + ValueText.of(expected)
            + "': another transaction changed it; reload it and retry");
  }

  static OptimisticLockException missingRow(Table table, Object key, String why) {
    return new OptimisticLockException(
        "Row '" + ValueText.row(table.name(), key) + "' does not exist: " + why
            + "; reload it and retry");
  }

  private static String columns(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }
}
