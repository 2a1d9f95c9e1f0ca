package org.memoryjpa.internal.query.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Finds the constructor a {@code NEW} expression (or a result class that is no entity) calls: a public
 * one whose parameters accept the select items' types, primitives and their boxes alike; an item of
 * unknown type (NULL, an untyped parameter) fits any reference parameter. Stateless.
 */
public final class Constructors {

  private Constructors() {}

  /** The matching constructor, or null; a number may go to a parameter of another number type. */
  public static Constructor<?> find(Class<?> type, List<Class<?>> argumentTypes) {
    return find(type, argumentTypes, true);
  }

  /**
   * The matching constructor, or null; with {@code convertNumbers} false every argument must be
   * assignable, as Hibernate requires for {@code NEW}.
   */
  public static Constructor<?> find(Class<?> type, List<Class<?>> argumentTypes, boolean convertNumbers) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    Constructor<?> loose = null;
    for (Constructor<?> constructor : type.getConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length != argumentTypes.size()) {
        continue;
      }
      int fit = fit(parameters, argumentTypes);
      if (fit == 2) {
        return constructor;
      }
      if (fit == 1 && convertNumbers && loose == null) {
        loose = constructor;
      }
    }
    return loose;
  }

  // 2: every argument assignable; 1: some only numerically convertible; 0: no
  private static int fit(Class<?>[] parameters, List<Class<?>> arguments) {
    int fit = 2;
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = ValueType.boxed(parameters[i]);
      Class<?> argument = arguments.get(i);
      if (argument == Object.class || parameter.isAssignableFrom(argument)) {
        continue;
      }
      if (Number.class.isAssignableFrom(parameter) && Number.class.isAssignableFrom(argument)) {
        fit = 1;
        continue;
      }
      return 0;
    }
    return fit;
  }
}
