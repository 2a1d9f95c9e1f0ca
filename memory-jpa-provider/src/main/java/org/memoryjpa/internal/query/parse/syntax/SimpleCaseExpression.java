package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code CASE operand WHEN value THEN result ... [ELSE result] END}. Immutable.
 *
 * @param operand the value compared (the BNF's case_operand)
 * @param whens the WHEN clauses, at least one
 * @param otherwise the ELSE result, or null
 * @param position where CASE was written
 */
public record SimpleCaseExpression(
    Expression operand, List<SimpleWhenClause> whens, Expression otherwise, Position position)
    implements Expression {

  public SimpleCaseExpression {
    whens = List.copyOf(whens);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitSimpleCaseExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
