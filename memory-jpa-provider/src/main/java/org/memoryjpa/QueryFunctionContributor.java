package org.memoryjpa;

import java.util.Map;

/**
 * A source of {@link QueryFunction}s discovered with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.memoryjpa.QueryFunctionContributor}). Every factory asks each
 * contributor once, at creation; functions named in {@link ConfigurationKeys#QUERY_FUNCTIONS} win over
 * contributed ones of the same name. Needs a public no-argument constructor.
 */
public interface QueryFunctionContributor {

  /** The functions to register, by the name JPQL calls them (case-insensitive). */
  Map<String, QueryFunction> functions();
}
