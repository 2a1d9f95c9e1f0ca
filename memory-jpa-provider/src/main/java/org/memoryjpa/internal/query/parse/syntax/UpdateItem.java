package org.memoryjpa.internal.query.parse.syntax;

/**
 * One {@code path = new_value} of an UPDATE's SET clause. Immutable.
 *
 * @param target the state field or single-valued association set
 * @param value the new value; {@code NULL} is a {@link NullLiteral}
 * @param position where the item starts
 */
public record UpdateItem(Path target, Expression value, Position position) implements SyntaxNode {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
