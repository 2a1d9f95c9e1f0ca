package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * A call of a function by name with plain arguments: the specification's functions ({@code UPPER},
 * {@code LOCATE}, {@code SIZE}, {@code INDEX}, {@code TYPE}, {@code ID}, {@code VERSION}, {@code
 * COALESCE}, {@code NULLIF}, {@code LEFT}, ...), whose name is in upper case, and HQL's calls of any
 * other function by name ({@code year(d)}, {@code str(x)}), whose name is as written. Functions with
 * their own syntax have their own nodes (TRIM, EXTRACT, CAST, aggregates, {@code FUNCTION(...)}).
 * Immutable.
 *
 * @param name the function name
 * @param arguments the arguments in order
 * @param position where the name was written
 */
public record FunctionCall(String name, List<Expression> arguments, Position position)
    implements Expression {

  public FunctionCall {
    arguments = List.copyOf(arguments);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitFunctionCall(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
