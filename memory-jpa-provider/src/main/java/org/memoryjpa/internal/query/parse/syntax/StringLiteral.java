package org.memoryjpa.internal.query.parse.syntax;

/**
 * A string literal. Immutable.
 *
 * @param value the characters between the quotes, with {@code ''} read as one quote
 * @param position where the opening quote was written
 */
public record StringLiteral(String value, Position position) implements Literal {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitStringLiteral(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
