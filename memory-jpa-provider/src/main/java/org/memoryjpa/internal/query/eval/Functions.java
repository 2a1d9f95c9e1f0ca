package org.memoryjpa.internal.query.eval;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * The scalar functions of JPQL (and the common HQL ones), each compiled once into an evaluator over
 * its compiled arguments. Strings are 1-based, as in SQL; a null argument gives null, except for
 * COALESCE and NULLIF. Stateless.
 */
final class Functions {

  private Functions() {}

  /**
   * The evaluator of function {@code name}, as the binder names it.
   *
   * @param type the function's result type, for numeric results
   */
  static Evaluator compile(String name, List<Evaluator> arguments, Class<?> type) {
    Evaluator[] args = arguments.toArray(new Evaluator[0]);
    switch (name) {
      case "CONCAT":
        return (frame, ex) -> {
          StringBuilder text = new StringBuilder();
          for (Evaluator arg : args) {
            Object value = arg.evaluate(frame, ex);
            if (value == null) {
              return null;
            }
            text.append(string(value));
          }
          return text.toString();
        };
      case "SUBSTRING":
        return strict(args, values -> substring(string(values[0]), number(values[1]).intValue(),
            values.length > 2 ? number(values[2]).intValue() : Integer.MAX_VALUE));
      case "LOWER":
        return strict(args, values -> string(values[0]).toLowerCase(Locale.ROOT));
      case "UPPER":
        return strict(args, values -> string(values[0]).toUpperCase(Locale.ROOT));
      case "STR":
        return strict(args, values -> string(values[0]));
      case "LENGTH":
        return strict(args, values -> string(values[0]).length());
      case "LOCATE":
        return strict(args, values -> {
          String search = string(values[0]);
          String text = string(values[1]);
          int start = values.length > 2 ? Math.max(1, number(values[2]).intValue()) : 1;
          return start > text.length() + 1 ? 0 : text.indexOf(search, start - 1) + 1;
        });
      case "LEFT":
        return strict(args, values -> {
          String text = string(values[0]);
          return text.substring(0, Math.max(0, Math.min(text.length(), number(values[1]).intValue())));
        });
      case "RIGHT":
        return strict(args, values -> {
          String text = string(values[0]);
          int count = Math.max(0, Math.min(text.length(), number(values[1]).intValue()));
          return text.substring(text.length() - count);
        });
      case "REPLACE":
        return strict(args, values -> string(values[0]).replace(string(values[1]), string(values[2])));
      case "TRIM":
        return strict(args, values -> trim(string(values[0]), string(values[1]), string(values[2])));
      case "ABS":
        return strict(args, values -> abs(number(values[0]), type));
      case "CEILING":
        return strict(args, values -> rounded(number(values[0]), 0, RoundingMode.CEILING, type));
      case "FLOOR":
        return strict(args, values -> rounded(number(values[0]), 0, RoundingMode.FLOOR, type));
      case "ROUND":
        return strict(args, values -> rounded(number(values[0]),
            values.length > 1 ? number(values[1]).intValue() : 0, RoundingMode.HALF_UP, type));
      case "SIGN":
        return strict(args, values -> SqlValues.decimal(number(values[0])).signum());
      case "SQRT":
        return strict(args, values -> Math.sqrt(number(values[0]).doubleValue()));
      case "EXP":
        return strict(args, values -> Math.exp(number(values[0]).doubleValue()));
      case "LN":
        return strict(args, values -> Math.log(number(values[0]).doubleValue()));
      case "LOG10":
        return strict(args, values -> Math.log10(number(values[0]).doubleValue()));
      case "POWER":
        return strict(args, values -> Math.pow(number(values[0]).doubleValue(), number(values[1]).doubleValue()));
      case "MOD":
        return strict(args, values -> mod(number(values[0]), number(values[1]), type));
      case "COALESCE":
        return (frame, ex) -> {
          for (Evaluator arg : args) {
            Object value = arg.evaluate(frame, ex);
            if (value != null) {
              return SqlValues.toType(value, type);
            }
          }
          return null;
        };
      case "NULLIF":
        return (frame, ex) -> {
          Object first = args[0].evaluate(frame, ex);
          Object second = args[1].evaluate(frame, ex);
          return first != null && second != null && SqlValues.equal(first, second) ? null : first;
        };
      case "CAST":
        return strict(args, values -> cast(values[0], (Class<?>) values[1]));
      case "CURRENT_DATE":
        return (frame, ex) -> java.sql.Date.valueOf(LocalDate.ofInstant(ex.now(), ZoneId.systemDefault()));
      case "CURRENT_TIME":
        return (frame, ex) -> java.sql.Time.valueOf(LocalTime.ofInstant(ex.now(), ZoneId.systemDefault()));
      case "CURRENT_TIMESTAMP":
        return (frame, ex) -> java.sql.Timestamp.from(ex.now());
      case "LOCAL_DATE":
        return (frame, ex) -> LocalDate.ofInstant(ex.now(), ZoneId.systemDefault());
      case "LOCAL_TIME":
        return (frame, ex) -> LocalTime.ofInstant(ex.now(), ZoneId.systemDefault());
      case "LOCAL_DATETIME":
        return (frame, ex) -> LocalDateTime.ofInstant(ex.now(), ZoneId.systemDefault());
      default:
        if (name.startsWith("EXTRACT_")) {
          String field = name.substring("EXTRACT_".length());
          return strict(args, values -> extract(field, values[0]));
        }
        throw new IllegalStateException("No evaluator for function " + name);
    }
  }

  /** A function of non-null arguments: null when any argument is null. */
  private static Evaluator strict(Evaluator[] args, Body body) {
    return (frame, ex) -> {
      Object[] values = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        values[i] = args[i].evaluate(frame, ex);
        if (values[i] == null) {
          return null;
        }
      }
      return body.apply(values);
    };
  }

  @FunctionalInterface
  private interface Body {
    Object apply(Object[] values);
  }

  static String string(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Boolean bool) {
      return bool ? "TRUE" : "FALSE";
    }
    return String.valueOf(value);
  }

  private static Number number(Object value) {
    if (value instanceof Number number) {
      return number;
    }
    throw new PersistenceException("Expected a number, got " + SqlValues.describe(value));
  }

  /** As H2: 1-based; 0 is 1; a negative start counts from the end. */
  private static String substring(String text, int start, int length) {
    if (length < 0) {
      throw new PersistenceException("SUBSTRING length " + length + " is negative");
    }
    long from = start < 0 ? (long) text.length() + start + 1 : Math.max(start, 1);
    from = Math.max(from, 1);
    long end = length == Integer.MAX_VALUE ? Long.MAX_VALUE : from + length; // exclusive, 1-based
    long to = Math.min(end, (long) text.length() + 1);
    return from >= to ? "" : text.substring((int) from - 1, (int) to - 1);
  }

  private static String trim(String side, String character, String text) {
    if (character.length() != 1) {
      throw new PersistenceException("TRIM character '" + character + "' must be a single character");
    }
    char c = character.charAt(0);
    int begin = 0;
    int end = text.length();
    if (!side.equals("TRAILING")) {
      while (begin < end && text.charAt(begin) == c) {
        begin++;
      }
    }
    if (!side.equals("LEADING")) {
      while (end > begin && text.charAt(end - 1) == c) {
        end--;
      }
    }
    return text.substring(begin, end);
  }

  private static Object abs(Number value, Class<?> type) {
    if (value instanceof BigDecimal decimal) {
      return decimal.abs();
    }
    if (value instanceof BigInteger integer) {
      return integer.abs();
    }
    if (value instanceof Double || value instanceof Float) {
      return SqlValues.toType(Math.abs(value.doubleValue()), type);
    }
    return SqlValues.toType(Math.abs(value.longValue()), type);
  }

  private static Object rounded(Number value, int scale, RoundingMode mode, Class<?> type) {
    if (SqlValues.integral(value) && scale >= 0) {
      return SqlValues.toType(value, type);
    }
    BigDecimal result = SqlValues.decimal(value).setScale(scale, mode);
    if (value instanceof BigDecimal) {
      return result;
    }
    return SqlValues.toType(value instanceof Double || value instanceof Float ? result.doubleValue() : result, type);
  }

  private static Object mod(Number a, Number b, Class<?> type) {
    if (SqlValues.integral(a) && SqlValues.integral(b)) {
      if (b.longValue() == 0) {
        throw new PersistenceException("Division by zero in MOD(" + a + ", " + b + ")");
      }
      return SqlValues.toType(a.longValue() % b.longValue(), type);
    }
    return SqlValues.toType(SqlValues.decimal(a).remainder(SqlValues.decimal(b)), type);
  }

  private static Object cast(Object value, Class<?> target) {
    if (target.isInstance(value)) {
      return value;
    }
    try {
      if (target == String.class) {
        return string(value);
      }
      if (Number.class.isAssignableFrom(target)) {
        BigDecimal decimal = value instanceof Number n ? SqlValues.decimal(n) : new BigDecimal(string(value).trim());
        if (target == Integer.class || target == Long.class || target == Short.class || target == Byte.class
            || target == BigInteger.class) {
          decimal = decimal.setScale(0, RoundingMode.HALF_UP);
        }
        return SqlValues.toType(decimal, target);
      }
      if (target == Boolean.class) {
        String text = string(value).trim();
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
          return true;
        }
        if (text.equalsIgnoreCase("false") || text.equals("0")) {
          return false;
        }
      }
      if (target == LocalDate.class) {
        Object temporal = SqlValues.temporal(value);
        return temporal instanceof LocalDateTime dateTime ? dateTime.toLocalDate() : LocalDate.parse(string(value));
      }
      if (target == LocalTime.class) {
        Object temporal = SqlValues.temporal(value);
        return temporal instanceof LocalDateTime dateTime ? dateTime.toLocalTime() : LocalTime.parse(string(value));
      }
      if (target == LocalDateTime.class) {
        Object temporal = SqlValues.temporal(value);
        return temporal instanceof LocalDate date ? date.atStartOfDay()
            : temporal instanceof LocalDateTime ? temporal : LocalDateTime.parse(string(value).replace(' ', 'T'));
      }
    } catch (RuntimeException e) {
      throw new PersistenceException("Cannot cast " + SqlValues.describe(value) + " to " + target.getSimpleName(), e);
    }
    throw new PersistenceException("Cannot cast " + SqlValues.describe(value) + " to " + target.getSimpleName());
  }

  private static Object extract(String field, Object value) {
    Object temporal = SqlValues.temporal(value);
    if (!(temporal instanceof TemporalAccessor accessor)) {
      throw new PersistenceException("EXTRACT(" + field + ") needs a date or time, got " + SqlValues.describe(value));
    }
    return switch (field) {
      case "YEAR" -> accessor.get(ChronoField.YEAR);
      case "QUARTER" -> accessor.get(IsoFields.QUARTER_OF_YEAR);
      case "MONTH" -> accessor.get(ChronoField.MONTH_OF_YEAR);
      case "WEEK" -> accessor.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case "DAY", "DAY OF MONTH" -> accessor.get(ChronoField.DAY_OF_MONTH);
      case "DAY OF WEEK" -> accessor.get(ChronoField.DAY_OF_WEEK) % 7 + 1;
      case "DAY OF YEAR" -> accessor.get(ChronoField.DAY_OF_YEAR);
      case "HOUR" -> accessor.get(ChronoField.HOUR_OF_DAY);
      case "MINUTE" -> accessor.get(ChronoField.MINUTE_OF_HOUR);
      case "SECOND" -> accessor.get(ChronoField.SECOND_OF_MINUTE) + accessor.get(ChronoField.NANO_OF_SECOND) / 1e9;
      case "DATE" -> temporal instanceof LocalDateTime dateTime ? dateTime.toLocalDate() : temporal;
      case "TIME" -> temporal instanceof LocalDateTime dateTime ? dateTime.toLocalTime() : temporal;
      default -> throw new PersistenceException("Unknown date/time field " + field);
    };
  }
}
