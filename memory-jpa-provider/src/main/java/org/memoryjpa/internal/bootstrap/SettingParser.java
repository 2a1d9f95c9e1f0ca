package org.memoryjpa.internal.bootstrap;

import jakarta.persistence.PersistenceException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parser of setting values that arrive either as text ({@code persistence.xml}) or as objects (an override
 * map, a {@code PersistenceUnitInfo}), with errors that name the setting and where it came from.
 * Stateless; static methods only.
 */
final class SettingParser {

  private SettingParser() {}

  /**
   * Reads an enum setting. Accepts a constant of {@code type}, any enum constant with a matching name (so the
   * deprecated {@code spi.PersistenceUnitTransactionType} works), or its name in any case.
   *
   * @param where the setting and its origin, for the error message
   * @throws PersistenceException when the value names no constant of {@code type}
   */
  static <E extends Enum<E>> E toEnum(Class<E> type, Object value, String where) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    String text = value instanceof Enum<?> constant ? constant.name() : textOf(value, where);
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PersistenceException(
          "Invalid value '" + text + "' for " + where + "; expected one of " + constantsOf(type), e);
    }
  }

  /**
   * Reads a class name setting: a {@code String} (trimmed; blank means none) or a {@code Class}.
   *
   * @return the class name, or null when the value is blank
   */
  static String toClassName(Object value, String where) {
    if (value instanceof Class<?> type) {
      return type.getName();
    }
    String text = textOf(value, where).trim();
    return text.isEmpty() ? null : text;
  }

  private static String textOf(Object value, String where) {
    if (value instanceof String text) {
      return text;
    }
    // never the value's toString(): it is a user object and may print anything, secrets included
    throw new PersistenceException(
        "Invalid value of type '" + value.getClass().getName() + "' for " + where + "; give it as a String");
  }

  private static String constantsOf(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
