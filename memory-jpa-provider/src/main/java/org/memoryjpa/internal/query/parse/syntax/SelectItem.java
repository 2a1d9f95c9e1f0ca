package org.memoryjpa.internal.query.parse.syntax;

/**
 * One select item: an expression (a path, variable, aggregate, scalar or constructor expression) and its
 * result variable. {@code OBJECT(c)} is the path {@code c}. Immutable.
 *
 * @param expression the selected expression
 * @param alias the result variable ({@code AS name}), or null; {@code Tuple} elements are keyed by it
 * @param position where the item starts
 */
public record SelectItem(Expression expression, Identifier alias, Position position)
    implements SyntaxNode {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
