package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;

/**
 * One ORDER BY item: an expression, a direction and the precedence of nulls. Immutable; {@link
 * #reverse} returns a new order with the other direction and the same null precedence.
 */
final class MemoryOrder implements Order {

  private final MemoryExpression<?> expression;
  private final boolean ascending;
  private final Nulls nulls;

  MemoryOrder(MemoryExpression<?> expression, boolean ascending, Nulls nulls) {
    this.expression = expression;
    this.ascending = ascending;
    this.nulls = nulls == null ? Nulls.NONE : nulls;
  }

  @Override
  public Order reverse() {
    return new MemoryOrder(expression, !ascending, nulls);
  }

  @Override
  public boolean isAscending() {
    return ascending;
  }

  @Override
  public Nulls getNullPrecedence() {
    return nulls;
  }

  @Override
  public Expression<?> getExpression() {
    return expression;
  }

  MemoryExpression<?> expression() {
    return expression;
  }

  @Override
  public String toString() {
    return Descriptions.of(expression) + (ascending ? " ASC" : " DESC")
        + (nulls == Nulls.NONE ? "" : " NULLS " + nulls);
  }
}
