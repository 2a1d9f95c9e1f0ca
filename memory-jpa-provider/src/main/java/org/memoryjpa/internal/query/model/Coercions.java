package org.memoryjpa.internal.query.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Converts a literal or parameter value to the class of the stored values it is compared with, where
 * no information is lost: integral numbers to the integral or decimal class of a column (so that hash
 * lookups by {@code equals} find them), JDBC escape literals to {@code java.sql} types, one-character
 * strings to characters. Anything else is returned unchanged. Stateless.
 */
public final class Coercions {

  private Coercions() {}

  /** {@code value} as an instance of {@code target} when that loses nothing, else {@code value}. */
  public static Object literal(Object value, Class<?> target) {
    if (value == null || target == null || target == Object.class || target.isInstance(value)) {
      return value;
    }
    if (value instanceof Number number) {
      return number(number, target);
    }
    if (value instanceof LocalDate date) {
      if (target == java.sql.Date.class || target == java.util.Date.class) {
        return java.sql.Date.valueOf(date);
      }
      if (target == LocalDateTime.class) {
        return date.atStartOfDay();
      }
    }
    if (value instanceof LocalDateTime dateTime
        && (target == java.sql.Timestamp.class || target == java.util.Date.class)) {
      return java.sql.Timestamp.valueOf(dateTime);
    }
    if (value instanceof LocalTime time && target == java.sql.Time.class) {
      return java.sql.Time.valueOf(time);
    }
    if (value instanceof String text && target == Character.class && text.length() == 1) {
      return text.charAt(0);
    }
    if (value instanceof Character character && target == String.class) {
      return character.toString();
    }
    return value;
  }

  private static Object number(Number number, Class<?> target) {
    boolean integral = number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte;
    if (integral) {
      long value = number.longValue();
      if (target == Long.class) {
        return value;
      }
      if (target == Integer.class && value == (int) value) {
        return (int) value;
      }
      if (target == Short.class && value == (short) value) {
        return (short) value;
      }
      if (target == Byte.class && value == (byte) value) {
        return (byte) value;
      }
      if (target == BigInteger.class) {
        return BigInteger.valueOf(value);
      }
      if (target == BigDecimal.class) {
        return BigDecimal.valueOf(value);
      }
      if (target == Double.class) {
        return (double) value;
      }
      if (target == Float.class && Math.abs(value) < (1 << 24)) {
        return (float) value;
      }
      return number;
    }
    if (number instanceof Double || number instanceof Float) {
      if (target == Double.class) {
        return number.doubleValue();
      }
      if (target == BigDecimal.class && Double.isFinite(number.doubleValue())) {
        return new BigDecimal(number.toString());
      }
      double value = number.doubleValue();
      if ((target == Long.class || target == Integer.class || target == Short.class) && value == Math.rint(value)
          && Math.abs(value) < (1L << 53)) {
        // 1.0 compared with an integral attribute: the same value as 1, so an id lookup finds the row
        return number((long) value, target);
      }
      return number;
    }
    if (number instanceof BigDecimal decimal && (target == Double.class)) {
      return decimal.doubleValue();
    }
    return number;
  }
}
