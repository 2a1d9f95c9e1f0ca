package org.memoryjpa.internal.query.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * A function registered by the application, as the binder and evaluator see it: the name it was
 * registered under, its result class, whether it is called with null arguments, and its body. The
 * session adapts the public {@code QueryFunction} to this, so that the query engine does not import
 * the API package. Immutable; the body must be thread-safe.
 *
 * @param name the registered name, as written at registration
 * @param resultType the boxed class of results, {@code Object} when unknown
 * @param acceptsNulls whether the body is called when an argument is null (else the result is null)
 * @param body the function over the arguments' Java values
 */
public record UserFunction(
    String name, Class<?> resultType, boolean acceptsNulls, Function<Object[], Object> body) {

  public UserFunction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resultType, "resultType");
    Objects.requireNonNull(body, "body");
  }
}
