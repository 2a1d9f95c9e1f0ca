package org.memoryjpa;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Java function that JPQL calls as {@code FUNCTION('name', args...)} (or, as in HQL, {@code
 * name(args...)}), registered under a name through {@link ConfigurationKeys#QUERY_FUNCTIONS} or a
 * {@link QueryFunctionContributor}. Implementations must be thread-safe: one instance serves every
 * query of the factory, from every thread.
 *
 * <p>Arguments arrive as the Java values the application sees (an enum attribute as its constant, a
 * converted attribute as its entity-side value); an entity-valued argument fails {@code createQuery}
 * with an {@code IllegalArgumentException} (pass one of its attributes instead). Nulls
 * follow SQL: when any argument is null the result is null and {@link #apply} is not called, unless
 * {@link #acceptsNulls()} says the function handles them itself.
 */
@FunctionalInterface
public interface QueryFunction {

  /** The result for one row; arguments as described in the class comment. */
  Object apply(Object... arguments);

  /**
   * The class of the results, which types the expression for comparisons, arithmetic and typed
   * queries. The default, {@code Object}, leaves it to the operands the call meets.
   */
  default Class<?> resultType() {
    return Object.class;
  }

  /** Whether {@link #apply} is called with null arguments; by default a null argument yields null. */
  default boolean acceptsNulls() {
    return false;
  }

  /** A function of {@code body} whose results are of {@code resultType}; nulls yield null. */
  static QueryFunction of(Class<?> resultType, Function<Object[], Object> body) {
    Objects.requireNonNull(resultType, "resultType");
    Objects.requireNonNull(body, "body");
    return new QueryFunction() {
      @Override
      public Object apply(Object... arguments) {
        return body.apply(arguments);
      }

      @Override
      public Class<?> resultType() {
        return resultType;
      }
    };
  }
}
