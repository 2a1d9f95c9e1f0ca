package org.memoryjpa.internal.query.parse.syntax;

/**
 * An arithmetic operation or a string concatenation with {@code ||}. Chains are left-associative;
 * {@code *} and {@code /} bind more tightly than {@code +} and {@code -}, which bind more tightly than
 * {@code ||}. Immutable.
 *
 * @param operator the operator
 * @param left the left operand
 * @param right the right operand
 * @param position where the left operand starts
 */
public record BinaryExpression(
    Operator operator, Expression left, Expression right, Position position)
    implements Expression {

  /** The binary operators of scalar expressions. */
  public enum Operator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    CONCAT("||");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as JPQL writes it. */
    public String symbol() {
      return symbol;
    }
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBinaryExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
