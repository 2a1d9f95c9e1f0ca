package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code element [NOT] MEMBER [OF] collection}. Immutable.
 *
 * @param element the value looked for: a path, variable, parameter or literal
 * @param negated whether NOT was written
 * @param collection the collection-valued path
 * @param position where the element starts
 */
public record CollectionMemberExpression(
    Expression element, boolean negated, Path collection, Position position)
    implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitCollectionMemberExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
