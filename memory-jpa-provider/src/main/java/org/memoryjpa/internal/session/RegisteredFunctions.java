package org.memoryjpa.internal.session;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.QueryFunction;
import org.memoryjpa.QueryFunctionContributor;
import org.memoryjpa.internal.query.model.UserFunction;

/**
 * Reads the functions JPQL may call by name: those of {@link QueryFunctionContributor}s found by
 * {@link ServiceLoader}, then those of {@link ConfigurationKeys#QUERY_FUNCTIONS}, which win on a shared
 * name. Stateless; used once per factory.
 */
final class RegisteredFunctions {

  private RegisteredFunctions() {}

  /**
   * The functions by upper-case name, for the binder.
   *
   * @throws PersistenceException when the setting is malformed or names a class that cannot be made
   */
  static Map<String, UserFunction> read(Object setting, ClassLoader loader) {
    Map<String, UserFunction> functions = new LinkedHashMap<>();
    for (QueryFunctionContributor contributor : ServiceLoader.load(QueryFunctionContributor.class, loader)) {
      contributor.functions().forEach((name, function) -> add(functions, name, function));
    }
    for (Map.Entry<String, Object> entry : entries(setting).entrySet()) {
      add(functions, entry.getKey(), instance(entry.getKey(), entry.getValue(), loader));
    }
    return Collections.unmodifiableMap(functions);
  }

  private static void add(Map<String, UserFunction> functions, String name, QueryFunction function) {
    String trimmed = name.trim();
    functions.put(trimmed.toUpperCase(Locale.ROOT), new UserFunction(trimmed, function.resultType(),
        function.acceptsNulls(), function::apply));
  }

  private static Map<String, Object> entries(Object setting) {
    Map<String, Object> entries = new LinkedHashMap<>();
    if (setting == null) {
      return entries;
    }
    if (setting instanceof Map<?, ?> map) {
      map.forEach((name, value) -> entries.put(String.valueOf(name), value));
      return entries;
    }
    if (setting instanceof String text) {
      for (String item : text.split("[,;\\s]+")) {
        if (item.isBlank()) {
          continue;
        }
        int equals = item.indexOf('=');
        if (equals <= 0 || equals == item.length() - 1) {
          throw new PersistenceException("Malformed entry '" + item + "' in " + ConfigurationKeys.QUERY_FUNCTIONS
              + "; write name=fully.qualified.ClassName, separated by commas");
        }
        entries.put(item.substring(0, equals).trim(), item.substring(equals + 1).trim());
      }
      return entries;
    }
    throw new PersistenceException("Setting " + ConfigurationKeys.QUERY_FUNCTIONS + " is a "
        + setting.getClass().getName() + "; give a Map of name to QueryFunction or a string name=ClassName, ...");
  }

  private static QueryFunction instance(String name, Object value, ClassLoader loader) {
    if (value instanceof QueryFunction function) {
      return function;
    }
    Class<?> type;
    if (value instanceof Class<?> given) {
      type = given;
    } else if (value instanceof String className) {
      try {
        type = Class.forName(className, true, loader);
      } catch (ClassNotFoundException e) {
        throw new PersistenceException("Class '" + className + "' of function '" + name + "' in "
            + ConfigurationKeys.QUERY_FUNCTIONS + " was not found; check the name and the class path", e);
      }
    } else {
      throw new PersistenceException("Function '" + name + "' in " + ConfigurationKeys.QUERY_FUNCTIONS + " is a "
          + (value == null ? "null" : value.getClass().getName())
          + "; give a QueryFunction, its Class or its class name");
    }
    if (!QueryFunction.class.isAssignableFrom(type)) {
      throw new PersistenceException("Class '" + type.getName() + "' of function '" + name + "' in "
          + ConfigurationKeys.QUERY_FUNCTIONS + " does not implement org.memoryjpa.QueryFunction");
    }
    try {
      return (QueryFunction) type.getConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new PersistenceException("Class '" + type.getName() + "' of function '" + name + "' in "
          + ConfigurationKeys.QUERY_FUNCTIONS + " cannot be instantiated; give it a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new PersistenceException("Constructor of '" + type.getName() + "' for function '" + name + "' in "
          + ConfigurationKeys.QUERY_FUNCTIONS + " failed", e.getCause());
    }
  }
}
