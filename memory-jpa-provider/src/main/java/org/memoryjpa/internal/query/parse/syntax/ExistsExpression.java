package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code EXISTS (subquery)}; {@code NOT EXISTS} is a {@link Negation} of it. Immutable.
 *
 * @param subquery the subquery
 * @param position where EXISTS was written
 */
public record ExistsExpression(Subquery subquery, Position position) implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitExistsExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
