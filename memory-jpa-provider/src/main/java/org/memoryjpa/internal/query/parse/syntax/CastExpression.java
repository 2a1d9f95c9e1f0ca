package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code CAST(expression AS type)}. The specification names {@code STRING}, {@code INTEGER}, {@code
 * LONG}, {@code FLOAT} and {@code DOUBLE}; the binder checks the name. Immutable.
 *
 * @param operand the value cast
 * @param type the target type name as written
 * @param position where CAST was written
 */
public record CastExpression(Expression operand, Identifier type, Position position)
    implements Expression {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitCastExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
