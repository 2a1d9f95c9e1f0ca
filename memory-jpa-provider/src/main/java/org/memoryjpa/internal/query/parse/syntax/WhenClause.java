package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code WHEN condition THEN result} of a general CASE. Immutable.
 *
 * @param condition the condition
 * @param result the result when it holds
 * @param position where WHEN was written
 */
public record WhenClause(Condition condition, Expression result, Position position)
    implements SyntaxNode {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
