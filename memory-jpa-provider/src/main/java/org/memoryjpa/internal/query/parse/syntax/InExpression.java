package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code value [NOT] IN ...}. The items are what the parentheses hold: a list of expressions, or a
 * single {@link Subquery}; {@code IN :param} without parentheses (a collection-valued parameter, as
 * Spring Data writes it) is a single {@link Parameter} item, as is {@code IN (:param)}, which Hibernate
 * also expands. Immutable.
 *
 * @param value the value tested (a path or {@code TYPE(...)} in the BNF)
 * @param negated whether NOT was written
 * @param items the list, one subquery, or one parameter
 * @param position where the value starts
 */
public record InExpression(
    Expression value, boolean negated, List<Expression> items, Position position)
    implements Condition {

  public InExpression {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitInExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
