package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code EXTRACT(field FROM datetime)}: a numeric field ({@code YEAR}, {@code MONTH}, ...) or a part
 * ({@code DATE}, {@code TIME}). The field is a name here; the binder checks it. Immutable.
 *
 * @param field the field or part as written
 * @param source the date/time expression
 * @param position where EXTRACT was written
 */
public record ExtractExpression(Identifier field, Expression source, Position position)
    implements Expression {

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitExtractExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
