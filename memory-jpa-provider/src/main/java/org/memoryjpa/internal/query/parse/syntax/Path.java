package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * A path expression: a root followed by attribute names ({@code c.address.city}). Also an
 * identification variable alone ({@code c}), an enum literal ({@code com.acme.Status.OPEN}), an
 * entity type literal ({@code Employee}) and a result variable in ORDER BY: they share the syntax and
 * the binder tells them apart. Immutable.
 *
 * @param root where the path starts
 * @param attributes the names after the root, each with its own position; may be empty
 * @param position where the path starts
 */
public record Path(PathRoot root, List<Identifier> attributes, Position position)
    implements Expression {

  public Path {
    attributes = List.copyOf(attributes);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitPath(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
