package org.memoryjpa.internal.query.parse.syntax;

/**
 * A boolean-valued expression used as a condition ({@code WHERE c.active}, HQL). The binder checks
 * that the expression is boolean. Immutable.
 *
 * @param expression the expression
 * @param position where it starts
 */
public record BooleanCondition(Expression expression, Position position) implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitBooleanCondition(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
