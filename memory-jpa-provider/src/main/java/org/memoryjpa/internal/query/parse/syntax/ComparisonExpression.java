package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code left op right}, where right may be an {@link AllOrAnyExpression}. Immutable.
 *
 * @param operator the comparison operator; HQL's {@code !=} and {@code ^=} are {@code <>}
 * @param left the left operand
 * @param right the right operand
 * @param position where the left operand starts
 */
public record ComparisonExpression(
    Operator operator, Expression left, Expression right, Position position)
    implements Condition {

  /** The comparison operators. */
  public enum Operator {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">=");

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
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitComparisonExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
