package org.memoryjpa.internal.query.model;

import java.lang.reflect.Constructor;
import java.util.List;

/**
 * One select item and how its value becomes a result: a value converted back to its Java form, an
 * entity materialised through the persistence context, an embeddable built from its slots, a
 * {@code NEW} constructor call over nested items, or a map's {@code ENTRY()} over its key and value
 * items. Immutable.
 *
 * @param kind how the result is built
 * @param expression the value (for ENTITY an {@link Expr.EntityKey}, for EMBEDDABLE an {@link
 *     Expr.EmbeddedValue}); null for CONSTRUCTOR and ENTRY
 * @param alias the result variable ({@code AS name}), or null
 * @param javaType the Java type of the result
 * @param constructor the constructor of a CONSTRUCTOR item, else null
 * @param arguments the constructor's arguments, an entry's key and value, else empty
 */
public record Selection(
    Kind kind, Expr expression, String alias, Class<?> javaType, Constructor<?> constructor,
    List<Selection> arguments) {

  /** How a select item becomes a result value. */
  public enum Kind {
    VALUE,
    ENTITY,
    EMBEDDABLE,
    CONSTRUCTOR,
    /** {@code ENTRY(v)}: a {@code Map.Entry} of the two arguments, key and value. */
    ENTRY
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
    String text = switch (kind) {
      case CONSTRUCTOR -> "NEW " + javaType.getName() + "(" + ExprText.joined(arguments, ", ") + ")";
      case ENTRY -> "ENTRY(" + ExprText.joined(arguments, ", ") + ")";
      default -> String.valueOf(expression);
    };
    return alias == null ? text : text + " AS " + alias;
  }
}
