package org.memoryjpa.internal.query.eval;

import java.lang.reflect.Constructor;

/** Result helpers the session's query objects share with the evaluator. Stateless. */
public final class Results {

  private Results() {}

  /** Calls a result class's constructor with a row's values, numbers converted to its parameter types. */
  public static Object construct(Constructor<?> constructor, Object[] values) {
    return Projection.construct(constructor, constructor.getParameterTypes(), values.clone());
  }
}
