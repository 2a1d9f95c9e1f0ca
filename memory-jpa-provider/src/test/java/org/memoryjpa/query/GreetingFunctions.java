package org.memoryjpa.query;

import java.util.Map;
import org.memoryjpa.QueryFunction;
import org.memoryjpa.QueryFunctionContributor;

/** A contributor found by {@code ServiceLoader} in the tests' {@code META-INF/services}. */
public final class GreetingFunctions implements QueryFunctionContributor {

  @Override
  public Map<String, QueryFunction> functions() {
    return Map.of("greeting", QueryFunction.of(String.class, arguments -> "Hello, " + arguments[0]));
  }
}
