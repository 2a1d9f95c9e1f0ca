package org.memoryjpa.internal.query.parse.syntax;

/**
 * A numeric literal, typed by its suffix as Hibernate types it: none → {@link Integer} (a {@link
 * Long} if it does not fit), {@code L} → {@link Long}, {@code BI} → {@link java.math.BigInteger};
 * with a decimal point or exponent: none or {@code D} → {@link Double}, {@code F} → {@link Float},
 * {@code BD} → {@link java.math.BigDecimal}; an integer with {@code D}, {@code F} or {@code BD} takes
 * that type. A minus sign written right before the number is part of it. Immutable.
 *
 * @param value the value, of one of the six types above
 * @param position where the literal (or its sign) was written
 */
public record NumericLiteral(Number value, Position position) implements Literal {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNumericLiteral(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
