package org.memoryjpa.internal.query.parse.syntax;

import jakarta.persistence.criteria.CriteriaBuilder.Trimspec;

/**
 * {@code TRIM([[LEADING|TRAILING|BOTH] [char] FROM] string)}. Immutable.
 *
 * @param specification the side written, or null (which means BOTH)
 * @param character the character to trim, a string literal or parameter, or null (a space)
 * @param source the string trimmed
 * @param position where TRIM was written
 */
public record TrimExpression(
    Trimspec specification, Expression character, Expression source, Position position)
    implements Expression {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTrimExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
