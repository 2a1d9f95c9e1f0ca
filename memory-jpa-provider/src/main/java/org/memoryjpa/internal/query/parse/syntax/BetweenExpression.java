package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code value [NOT] BETWEEN lower AND upper}. Immutable.
 *
 * @param value the value tested
 * @param negated whether NOT was written
 * @param lower the lower bound
 * @param upper the upper bound
 * @param position where the value starts
 */
public record BetweenExpression(
    Expression value, boolean negated, Expression lower, Expression upper, Position position)
    implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitBetweenExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
