package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code AVG}, {@code MAX}, {@code MIN}, {@code SUM} or {@code COUNT}, with or without DISTINCT.
 * Immutable.
 *
 * @param function the aggregate function
 * @param distinct whether DISTINCT was written
 * @param argument the argument, or null for HQL's {@code COUNT(*)}
 * @param position where the function name was written
 */
public record AggregateExpression(
    Function function, boolean distinct, Expression argument, Position position)
    implements Expression {

  /** The aggregate functions. */
  public enum Function {
    AVG,
    MAX,
    MIN,
    SUM,
    COUNT
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitAggregateExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
