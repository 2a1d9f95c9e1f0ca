package org.memoryjpa.internal.store;

import java.util.Collection;
import java.util.Map;

/**
 * The text of a value in an error message. Only JDK types are rendered by their {@code toString};
 * any other type is shown by its class name, because a message must never run user code. Long
 * strings are cut. Stateless; never instantiated.
 */
final class ValueText {

  private static final int MAX_LENGTH = 80;

  private ValueText() {}

  /** The value as it appears in a message, without quotes. */
  static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CompositeKey) {
      CompositeKey key = (CompositeKey) value;
      StringBuilder text = new StringBuilder("(");
      for (int i = 0; i < key.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(of(key.component(i)));
      }
      return text.append(')').toString();
    }
    if (value instanceof Enum<?>) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof byte[]) {
      return "byte[" + ((byte[]) value).length + "]";
    }
    if (value instanceof Collection<?>) {
      return value.getClass().getSimpleName() + " of " + ((Collection<?>) value).size();
    }
    if (value instanceof Map<?, ?>) {
      return value.getClass().getSimpleName() + " of " + ((Map<?, ?>) value).size();
    }
    String type = value.getClass().getName();
    if (!type.startsWith("java.")) {
      return "<" + value.getClass().getSimpleName() + ">";
    }
    String text = value.toString();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
  }

  /** The row {@code key} of {@code table} as a message subject: {@code Customer#42}. */
  static String row(String table, Object key) {
    return table + "#" + of(key);
  }
}
