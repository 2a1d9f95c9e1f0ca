package org.memoryjpa.internal.query.model;

import java.lang.reflect.Constructor;
import java.util.List;

/**
 * One select item and how its value becomes a result: a value converted back to its Java form, an
 * entity materialised through the persistence context, an embeddable built from its slots, or a
 * {@code NEW} constructor call over nested items. Immutable.
 *
 * @param kind how the result is built
 * @param expression the value (for ENTITY an {@link Expr.EntityKey}, for EMBEDDABLE an {@link
 *     Expr.EmbeddedValue}); null for CONSTRUCTOR
 * @param alias the result variable ({@code AS name}), or null
 * @param javaType the Java type of the result
 * @param constructor the constructor of a CONSTRUCTOR item, else null
 * @param arguments the constructor's arguments, else empty
 */
public record Selection(
    Kind kind, Expr expression, String alias, Class<?> javaType, Constructor<?> constructor,
    List<Selection> arguments) {

  /** How a select item becomes a result value. */
  public enum Kind {
    VALUE,
    ENTITY,
    EMBEDDABLE,
    CONSTRUCTOR
  }

  public Selection {
    arguments = List.copyOf(arguments);
  }

  /** A value or entity item. */
  static Selection of(Expr expression, String alias) {
    Kind kind = expression instanceof Expr.EntityKey ? Kind.ENTITY
        : expression instanceof Expr.EmbeddedValue || expression.type().embeddable() != null ? Kind.EMBEDDABLE
        : Kind.VALUE;
    return new Selection(kind, expression, alias, expression.type().javaType(), null, List.of());
  }

  @Override
  public String toString() {
    String text = kind == Kind.CONSTRUCTOR
        ? "NEW " + javaType.getName() + "(" + ExprText.joined(arguments, ", ") + ")"
        : String.valueOf(expression);
    return alias == null ? text : text + " AS " + alias;
  }
}
