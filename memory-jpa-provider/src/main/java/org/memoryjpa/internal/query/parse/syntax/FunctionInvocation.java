package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code FUNCTION('name', args...)}: a call of a function the application registers. Immutable.
 *
 * @param name the function name, from the string literal (or HQL's identifier)
 * @param arguments the arguments in order
 * @param position where FUNCTION was written
 */
public record FunctionInvocation(String name, List<Expression> arguments, Position position)
    implements Expression {

  public FunctionInvocation {
    arguments = List.copyOf(arguments);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitFunctionInvocation(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
