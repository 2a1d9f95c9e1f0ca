package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code collection IS [NOT] EMPTY}. Immutable.
 *
 * @param collection the collection tested, a collection-valued path for the binder to check
 * @param negated whether NOT was written
 * @param position where the collection starts
 */
public record EmptyCollectionComparisonExpression(
    Expression collection, boolean negated, Position position) implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitEmptyCollectionComparisonExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
