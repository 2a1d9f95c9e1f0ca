package org.memoryjpa.internal.query.parse.syntax;

/**
 * TRUE or FALSE. Immutable.
 *
 * @param value the value
 * @param position where it was written
 */
public record BooleanLiteral(boolean value, Position position) implements Literal {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBooleanLiteral(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
