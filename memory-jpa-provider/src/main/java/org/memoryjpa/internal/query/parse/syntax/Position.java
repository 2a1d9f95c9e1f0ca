package org.memoryjpa.internal.query.parse.syntax;

/**
 * Where a syntax node stands in the query text: 1-based line and column of its first character, its
 * 0-based offset and its length in characters. Immutable.
 *
 * @param line the line of the first character, from 1
 * @param column the column of the first character in its line, from 1
 * @param offset the index of the first character in the query text, from 0
 * @param length the number of characters the node spans
 */
public record Position(int line, int column, int offset, int length) {

  /** {@code line:column}, as error messages show it. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
