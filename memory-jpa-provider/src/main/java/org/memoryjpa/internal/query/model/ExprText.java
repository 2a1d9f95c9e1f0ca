package org.memoryjpa.internal.query.model;

import java.util.List;
import java.util.stream.Collectors;

/** Renders model nodes as JPQL-like text for plans and messages. Stateless. */
final class ExprText {

  private ExprText() {}

  static String constant(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (value instanceof Class<?> type) {
      return type.getSimpleName();
    }
    return String.valueOf(value);
  }

  static String call(String function, List<Expr> arguments) {
    return function + "(" + joined(arguments, ", ") + ")";
  }

  static String joined(List<?> items, String separator) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
  }
}
