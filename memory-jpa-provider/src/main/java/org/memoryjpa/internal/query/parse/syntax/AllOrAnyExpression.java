package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code ALL (subquery)}, {@code ANY (subquery)} or {@code SOME (subquery)}, the right operand of a
 * comparison. Immutable.
 *
 * @param quantifier ALL, ANY or SOME
 * @param subquery the subquery
 * @param position where the quantifier was written
 */
public record AllOrAnyExpression(Quantifier quantifier, Subquery subquery, Position position)
    implements Expression {

  /** The quantifiers; SOME means ANY. */
  public enum Quantifier {
    ALL,
    ANY,
    SOME
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitAllOrAnyExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
