package org.memoryjpa.internal.query.parse.syntax;

import jakarta.persistence.criteria.Nulls;

/**
 * One ORDER BY item. Immutable.
 *
 * @param expression the sort key: a path, a result variable (a one-segment path) or any expression
 * @param ascending false where DESC was written
 * @param nulls where NULLS FIRST/LAST puts nulls; {@link Nulls#NONE} when not written
 * @param position where the item starts
 */
public record OrderItem(Expression expression, boolean ascending, Nulls nulls, Position position)
    implements SyntaxNode {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
