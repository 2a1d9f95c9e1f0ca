package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code WHEN value THEN result} of a simple CASE. Immutable.
 *
 * @param value the value the operand is compared with
 * @param result the result when they are equal
 * @param position where WHEN was written
 */
public record SimpleWhenClause(Expression value, Expression result, Position position)
    implements SyntaxNode {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
