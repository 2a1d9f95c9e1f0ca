package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code value IS [NOT] NULL}. Immutable.
 *
 * @param value the value tested
 * @param negated whether NOT was written
 * @param position where the value starts
 */
public record NullComparisonExpression(Expression value, boolean negated, Position position)
    implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitNullComparisonExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
