package org.memoryjpa.internal.query.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.memoryjpa.internal.query.model.Expr.Aggregate;

/**
 * The typing rules of JPQL (3.2 §4.8.6, §4.9.5): numeric promotion in arithmetic (Double, then Float,
 * BigDecimal, BigInteger, Long, Integer; integer division stays integral, as on H2 and Hibernate), the
 * result types of aggregates (COUNT → Long, AVG → Double, SUM of integral types → Long, of floating
 * types → Double, of BigInteger and BigDecimal → themselves, MIN/MAX → the argument's type) and the
 * common type of CASE and COALESCE branches. Stateless.
 */
final class TypeRules {

  private TypeRules() {}

  /** The rank of a numeric class in promotion order; 0 for non-numbers. */
  static int rank(Class<?> type) {
    if (type == Byte.class || type == Short.class || type == Integer.class) {
      return 1;
    }
    if (type == Long.class) {
      return 2;
    }
    if (type == BigInteger.class) {
      return 3;
    }
    if (type == BigDecimal.class) {
      return 4;
    }
    if (type == Float.class) {
      return 5;
    }
    if (type == Double.class) {
      return 6;
    }
    return Number.class.isAssignableFrom(type) ? 6 : 0;
  }

  private static Class<?> ofRank(int rank) {
    return switch (rank) {
      case 1 -> Integer.class;
      case 2 -> Long.class;
      case 3 -> BigInteger.class;
      case 4 -> BigDecimal.class;
      case 5 -> Float.class;
      default -> Double.class;
    };
  }

  /** The type of {@code left op right}. */
  static ValueType arithmetic(ValueType left, ValueType right) {
    if (left.isUnknown()) {
      return right.isUnknown() ? ValueType.UNKNOWN : promoted(right);
    }
    if (right.isUnknown()) {
      return promoted(left);
    }
    int rank = Math.max(rank(left.storedType()), rank(right.storedType()));
    if (rank == 0) {
      // temporal arithmetic and the like: the left operand's type
      return ValueType.of(left.storedType());
    }
    return ValueType.of(ofRank(rank));
  }

  private static ValueType promoted(ValueType type) {
    int rank = rank(type.storedType());
    return rank == 0 ? ValueType.of(type.storedType()) : ValueType.of(ofRank(rank));
  }

  /** The type of an aggregate over {@code argument} (null for {@code COUNT(*)}). */
  static ValueType aggregate(Aggregate.Function function, ValueType argument) {
    switch (function) {
      case COUNT:
        return ValueType.LONG;
      case AVG:
        return ValueType.DOUBLE;
      case SUM: {
        Class<?> type = argument.storedType();
        int rank = rank(type);
        if (rank <= 2) {
          return ValueType.LONG;
        }
        return rank >= 5 ? ValueType.DOUBLE : ValueType.of(ofRank(rank));
      }
      default:
        return argument;
    }
  }

  /** The common type of CASE results or COALESCE arguments: the first known, promoted if numeric. */
  static ValueType common(List<ValueType> types) {
    ValueType first = null;
    int rank = 0;
    boolean allNumeric = true;
    for (ValueType type : types) {
      if (type.isUnknown()) {
        continue;
      }
      if (first == null) {
        first = type;
      }
      int r = type.isConverted() ? 0 : rank(type.javaType());
      allNumeric &= r > 0;
      rank = Math.max(rank, r);
    }
    if (first == null) {
      return ValueType.UNKNOWN;
    }
    return allNumeric && rank > 0 ? ValueType.of(ofRank(rank)) : first;
  }

  /**
   * Whether two operands may be compared (§4.7 "comparison of values of different types"): both of
   * one family (numbers, strings, booleans, date/times, one enum, entities, one embeddable), or of a
   * type not known at bind time.
   */
  static boolean comparable(Expr left, Expr right) {
    Object a = family(left.type());
    Object b = family(right.type());
    return a == null || b == null || a.equals(b) || storedFormLiteral(left.type(), right)
        || storedFormLiteral(right.type(), left);
  }

  /**
   * A literal in the stored form of an enum or a converted attribute (an ordinal, a name, the
   * converter's column value), which Hibernate compares with the column as written.
   */
  private static boolean storedFormLiteral(ValueType type, Expr other) {
    return type.isConverted() && other instanceof Expr.Constant
        && java.util.Objects.equals(family(ValueType.of(type.storedType())), family(other.type()));
  }

  /** Whether a value of the type may be an operand of + - * / (numbers, and dates for temporal arithmetic). */
  static boolean arithmetic(ValueType type) {
    Object family = family(type);
    return family == null || family.equals("number") || family.equals("temporal");
  }

  /** What a value may be compared with; null when that is not known at bind time. */
  static Object family(ValueType type) {
    if (type.isUnknown()) {
      return null;
    }
    if (type.isEntity()) {
      return "entity";
    }
    Class<?> java = type.javaType();
    if (type.embeddable() != null || java.isEnum()) {
      return java;
    }
    if (Number.class.isAssignableFrom(java)) {
      return "number";
    }
    if (java == String.class || java == Character.class) {
      return "string";
    }
    if (java == Boolean.class) {
      return "boolean";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(java) || java.util.Date.class.isAssignableFrom(java)
        || java.util.Calendar.class.isAssignableFrom(java)) {
      return "temporal";
    }
    return null;
  }
}
