package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code CASE WHEN condition THEN result ... [ELSE result] END}. Immutable.
 *
 * @param whens the WHEN clauses, at least one
 * @param otherwise the ELSE result, or null (HQL lets ELSE out: then NULL)
 * @param position where CASE was written
 */
public record GeneralCaseExpression(List<WhenClause> whens, Expression otherwise, Position position)
    implements Expression {

  public GeneralCaseExpression {
    whens = List.copyOf(whens);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitGeneralCaseExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
