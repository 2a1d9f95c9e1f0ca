package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code ?1}. Immutable.
 *
 * @param number the number after the question mark (what {@code Parameter.getPosition()} reports)
 * @param position where the question mark was written
 */
public record PositionalParameter(int number, Position position) implements Parameter {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitPositionalParameter(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
