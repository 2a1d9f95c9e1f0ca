package org.memoryjpa.internal.query.parse.syntax;

/**
 * A parenthesised subquery where an expression stands, or after EXISTS, ALL/ANY/SOME or IN.
 * Immutable.
 *
 * @param query the subquery; its select clause has exactly one item
 * @param position where the opening parenthesis was written
 */
public record Subquery(SelectQuery query, Position position) implements Expression {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitSubquery(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
