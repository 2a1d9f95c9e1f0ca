package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code :name}. Immutable.
 *
 * @param name the name without the colon, as written (it may be a keyword: {@code :from})
 * @param position where the colon was written
 */
public record NamedParameter(String name, Position position) implements Parameter {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNamedParameter(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
