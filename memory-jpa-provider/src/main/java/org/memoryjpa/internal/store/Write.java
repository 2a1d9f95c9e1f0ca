package org.memoryjpa.internal.store;

/**
 * A transaction's pending change to one row, as its final state rather than the operations that led
 * there: the row as the transaction leaves it (null: deleted) and the committed version it replaces
 * (null: the transaction expects no committed row, having inserted it). At commit the committed row
 * must still be {@code base}, by identity. Immutable.
 */
final class Write {

  final RowSnapshot row;
  final RowSnapshot base;

  Write(RowSnapshot row, RowSnapshot base) {
    this.row = row;
    this.base = base;
  }
}
