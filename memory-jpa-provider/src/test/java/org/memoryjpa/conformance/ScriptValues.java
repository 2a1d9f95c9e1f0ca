package org.memoryjpa.conformance;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The typed literals of a {@code -- params} line, written like the renderings of {@link
 * org.memoryjpa.testing.JpqlScript#value}: {@code 5}, {@code 5L}, {@code 2S}, {@code 2.5D}, {@code
 * 2.5F}, {@code 2.5BD}, {@code 7BI}, {@code 'x'} (quotes doubled), {@code true}, {@code null},
 * {@code {LocalDate 2020-01-01}} (also LocalDateTime, LocalTime), {@code Status.PLACED} (an enum of
 * the model), {@code Car.class} (a class of the model), {@code Person#3} (the entity, loaded by
 * {@code find}) and {@code [1, 2, 3]} (a list, for IN). Stateless.
 */
final class ScriptValues {

  private static final String MODEL = "org.memoryjpa.conformance.model.";

  private ScriptValues() {}

  /** Binds the parameters of a {@code -- params name=value, ?1=value} line to a query. */
  static void bind(EntityManager em, Query query, String line) {
    for (String binding : split(line)) {
      int equals = binding.indexOf('=');
      String name = binding.substring(0, equals).strip();
      Object value = parse(em, binding.substring(equals + 1).strip());
      if (name.startsWith("?")) {
        query.setParameter(Integer.parseInt(name.substring(1)), value);
      } else {
        query.setParameter(name.startsWith(":") ? name.substring(1) : name, value);
      }
    }
  }

  /** The value a literal stands for. */
  static Object parse(EntityManager em, String text) {
    if (text.equals("null")) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
      return text.substring(1, text.length() - 1).replace("''", "'");
    }
    if (text.startsWith("[") && text.endsWith("]")) {
      List<Object> items = new ArrayList<>();
      split(text.substring(1, text.length() - 1)).forEach(item -> items.add(parse(em, item)));
      return items;
    }
    if (text.startsWith("{") && text.endsWith("}")) {
      String[] parts = text.substring(1, text.length() - 1).split(" ", 2);
      return switch (parts[0]) {
        case "LocalDate" -> LocalDate.parse(parts[1]);
        case "LocalDateTime" -> LocalDateTime.parse(parts[1]);
        case "LocalTime" -> LocalTime.parse(parts[1]);
        default -> throw new IllegalArgumentException("Unknown temporal type in '" + text + "'");
      };
    }
    if (text.contains("#")) {
      Class<?> type = modelClass(text.substring(0, text.indexOf('#')));
      return em.find(type, Long.valueOf(text.substring(text.indexOf('#') + 1)));
    }
    if (text.endsWith(".class")) {
      return modelClass(text.substring(0, text.length() - ".class".length()));
    }
    if (Character.isLetter(text.charAt(0)) && text.contains(".")) {
      return enumConstant(text);
    }
    return number(text);
  }

  private static Object number(String text) {
    Map<String, java.util.function.Function<String, Object>> suffixes = Map.of("BD", BigDecimal::new, "BI",
        BigInteger::new, "L", Long::valueOf, "S", Short::valueOf, "D", Double::valueOf, "F", Float::valueOf);
    for (String suffix : List.of("BD", "BI", "L", "S", "D", "F")) {
      if (text.endsWith(suffix)) {
        return suffixes.get(suffix).apply(text.substring(0, text.length() - suffix.length()));
      }
    }
    return Integer.valueOf(text);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(String text) {
    int dot = text.lastIndexOf('.');
    return Enum.valueOf((Class) modelClass(text.substring(0, dot)), text.substring(dot + 1));
  }

  private static Class<?> modelClass(String name) {
    try {
      return Class.forName(name.contains(".") ? name : MODEL + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("Unknown class '" + name + "' in a -- params line", e);
    }
  }

  /** The items of a comma-separated list, commas inside quotes, braces and brackets kept. */
  private static List<String> split(String text) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '[' || c == '{')) {
        depth++;
      } else if (!quoted && (c == ']' || c == '}')) {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        items.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (!text.substring(start).isBlank()) {
      items.add(text.substring(start).strip());
    }
    return items;
  }
}
