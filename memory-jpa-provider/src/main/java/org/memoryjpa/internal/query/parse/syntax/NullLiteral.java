package org.memoryjpa.internal.query.parse.syntax;

/**
 * NULL, where an expression may stand (an UPDATE's new value, a CASE result, an argument). Immutable.
 *
 * @param position where it was written
 */
public record NullLiteral(Position position) implements Literal {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNullLiteral(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
