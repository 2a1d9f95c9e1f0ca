package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code NEW pkg.Dto(args...)} in a select clause. The class name may be binary ({@code
 * pkg.Outer$Dto}), as Spring Data writes nested classes. Immutable.
 *
 * @param className the class name as written
 * @param arguments the constructor arguments in order
 * @param position where NEW was written
 */
public record ConstructorExpression(
    Identifier className, List<Expression> arguments, Position position) implements Expression {

  public ConstructorExpression {
    arguments = List.copyOf(arguments);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitConstructorExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
