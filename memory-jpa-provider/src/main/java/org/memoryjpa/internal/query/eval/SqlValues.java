package org.memoryjpa.internal.query.eval;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import org.memoryjpa.internal.query.model.Expr.Arithmetic.Operator;

/**
 * SQL's rules for stored values: comparison across numeric classes by value, across the JDBC and
 * {@code java.time} forms of dates and times, strings by code point as H2 compares them; equality on
 * top of that; arithmetic in the promoted result type with integer division and overflow errors.
 * Nulls never reach these methods: callers decide UNKNOWN first. Stateless.
 */
final class SqlValues {

  /** The total order of non-null values used by ORDER BY, MIN and MAX. */
  static final Comparator<Object> ORDER = SqlValues::compare;

  private SqlValues() {}

  /** Compares two non-null values. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y);
    }
    if (a.getClass() != b.getClass()) {
      Object[] pair = normalized(a, b);
      a = pair[0];
      b = pair[1];
    }
    if (a instanceof Comparable comparable && (a.getClass() == b.getClass() || a.getClass().isInstance(b))) {
      return comparable.compareTo(b);
    }
    if (b instanceof Comparable comparable && b.getClass().isInstance(a)) {
      return -comparable.compareTo(a);
    }
    if (a instanceof Class<?> x && b instanceof Class<?> y) {
      return x.getName().compareTo(y.getName());
    }
    if (a.equals(b)) {
      return 0;
    }
    throw new PersistenceException("Cannot compare a value of type '" + a.getClass().getName()
        + "' with a value of type '" + b.getClass().getName() + "'");
  }

  /** SQL equality of two non-null values. */
  static boolean equal(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y) == 0;
    }
    if (a.getClass() != b.getClass()) {
      Object[] pair = normalized(a, b);
      a = pair[0];
      b = pair[1];
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a.equals(b);
  }

  static int compareNumbers(Number a, Number b) {
    if (integral(a) && integral(b)) {
      return Long.compare(a.longValue(), b.longValue());
    }
    if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    return decimal(a).compareTo(decimal(b));
  }

  static boolean integral(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }

  static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (integral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(n.toString());
  }

  /** Two values of different classes in one comparable form where SQL would compare them. */
  private static Object[] normalized(Object a, Object b) {
    if (a instanceof Character || b instanceof Character) {
      return new Object[] {String.valueOf(a), String.valueOf(b)};
    }
    Object x = temporal(a);
    Object y = temporal(b);
    if (x instanceof LocalDate date && y instanceof LocalDateTime) {
      x = date.atStartOfDay();
    } else if (y instanceof LocalDate date && x instanceof LocalDateTime) {
      y = date.atStartOfDay();
    }
    return new Object[] {x, y};
  }

  /** A date or time in its {@code java.time} form (local, in the JVM's zone, as JDBC drivers read them). */
  static Object temporal(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    if (value instanceof java.sql.Time time) {
      return time.toLocalTime();
    }
    if (value instanceof java.util.Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    if (value instanceof java.util.Calendar calendar) {
      return LocalDateTime.ofInstant(calendar.toInstant(), ZoneId.systemDefault());
    }
    if (value instanceof Instant instant) {
      return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
    return value;
  }

  /** {@code a op b} in {@code type}, the promoted type of the operands. */
  static Object arithmetic(Operator operator, Object a, Object b, Class<?> type) {
    Number x = (Number) a;
    Number y = (Number) b;
    try {
      if (type == Integer.class || type == Short.class || type == Byte.class) {
        long result = integral(operator, x.longValue(), y.longValue());
        if (result != (int) result) {
          throw outOfRange(result, "INTEGER");
        }
        return (int) result;
      }
      if (type == Long.class) {
        return integral(operator, x.longValue(), y.longValue());
      }
      if (type == Double.class || type == Float.class) {
        double result = switch (operator) {
          case ADD -> x.doubleValue() + y.doubleValue();
          case SUBTRACT -> x.doubleValue() - y.doubleValue();
          case MULTIPLY -> x.doubleValue() * y.doubleValue();
          case DIVIDE -> divideDouble(x.doubleValue(), y.doubleValue());
        };
        return type == Float.class ? (Object) (float) result : (Object) result;
      }
      if (type == BigInteger.class) {
        BigInteger p = x instanceof BigInteger i ? i : BigInteger.valueOf(x.longValue());
        BigInteger q = y instanceof BigInteger i ? i : BigInteger.valueOf(y.longValue());
        return switch (operator) {
          case ADD -> p.add(q);
          case SUBTRACT -> p.subtract(q);
          case MULTIPLY -> p.multiply(q);
          case DIVIDE -> p.divide(q);
        };
      }
      BigDecimal p = decimal(x);
      BigDecimal q = decimal(y);
      return switch (operator) {
        case ADD -> p.add(q);
        case SUBTRACT -> p.subtract(q);
        case MULTIPLY -> p.multiply(q);
        case DIVIDE -> divide(p, q, divisorPrecision(y));
      };
    } catch (ArithmeticException e) {
      throw new PersistenceException("Arithmetic error in a query: " + e.getMessage()
          + " (" + describe(a) + " " + operator.symbol() + " " + describe(b) + ")", e);
    }
  }

  /**
   * Decimal division as H2 does it: the quotient rounded half up to scale {@code ls - rs + 2 * rp},
   * where rp is the divisor's declared precision (an INTEGER's is 10, a BIGINT's 19, a NUMERIC
   * column's its own, a literal's its digits).
   */
  static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, int divisorPrecision) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    int scale = Math.max(0, dividend.scale() - divisor.scale() + 2 * divisorPrecision);
    return dividend.divide(divisor, scale, java.math.RoundingMode.HALF_UP);
  }

  /** The declared precision H2 gives a divisor of this runtime class. */
  static int divisorPrecision(Number divisor) {
    if (divisor instanceof Long) {
      return 19;
    }
    if (divisor instanceof Short) {
      return 5;
    }
    if (divisor instanceof Byte) {
      return 3;
    }
    if (divisor instanceof BigDecimal decimal) {
      return decimal.precision();
    }
    if (divisor instanceof BigInteger integer) {
      return integer.toString().length();
    }
    return 10;
  }

  private static long integral(Operator operator, long a, long b) {
    return switch (operator) {
      case ADD -> Math.addExact(a, b);
      case SUBTRACT -> Math.subtractExact(a, b);
      case MULTIPLY -> Math.multiplyExact(a, b);
      case DIVIDE -> {
        if (b == 0) {
          throw new ArithmeticException("division by zero");
        }
        yield a / b;
      }
    };
  }

  private static double divideDouble(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero");
    }
    return a / b;
  }

  private static ArithmeticException outOfRange(long value, String type) {
    return new ArithmeticException("numeric value " + value + " out of range of " + type);
  }

  /** A number converted to {@code type} (the promoted type of an expression). */
  static Object toType(Object value, Class<?> type) {
    if (value == null || type.isInstance(value) || !(value instanceof Number n)) {
      return value;
    }
    if (type == Integer.class) {
      return n.intValue();
    }
    if (type == Long.class) {
      return n.longValue();
    }
    if (type == Double.class) {
      return n.doubleValue();
    }
    if (type == Float.class) {
      return n.floatValue();
    }
    if (type == Short.class) {
      return n.shortValue();
    }
    if (type == Byte.class) {
      return n.byteValue();
    }
    if (type == BigDecimal.class) {
      return decimal(n);
    }
    if (type == BigInteger.class) {
      return decimal(n).toBigInteger();
    }
    return value;
  }

  /** Values in messages: numbers and their type, never a user {@code toString()}. */
  static String describe(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof String || value instanceof Boolean) {
      return String.valueOf(value);
    }
    return "a " + value.getClass().getSimpleName();
  }
}
