package org.memoryjpa.internal.query.parse.syntax;

/**
 * A sign before an operand: {@code -c.balance}, {@code +x}. A sign right before a number is part of
 * the {@link NumericLiteral} instead. Immutable.
 *
 * @param operator PLUS or MINUS
 * @param operand the operand
 * @param position where the sign was written
 */
public record UnaryExpression(Operator operator, Expression operand, Position position)
    implements Expression {

  /** The signs. */
  public enum Operator {
    PLUS("+"),
    MINUS("-");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The sign as JPQL writes it. */
    public String symbol() {
      return symbol;
    }
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitUnaryExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
