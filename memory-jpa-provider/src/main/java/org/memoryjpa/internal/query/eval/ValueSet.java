package org.memoryjpa.internal.query.eval;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The values of an IN list or IN subquery, hashed once per execution so that each row's test is one
 * lookup: integral numbers as longs, decimals without trailing zeros, other numbers and values as
 * they are (those are also compared one by one, so no SQL equality is lost). Remembers whether a null
 * was among them, which makes a miss UNKNOWN. Built once per run; read-only afterwards.
 */
final class ValueSet {

  private final Set<Object> hashed = new HashSet<>();
  private final java.util.List<Object> others = new java.util.ArrayList<>();
  private boolean hasNull;

  static ValueSet of(Collection<?> values) {
    ValueSet set = new ValueSet();
    values.forEach(set::add);
    return set;
  }

  void add(Object value) {
    if (value instanceof Collection<?> elements) {
      elements.forEach(this::add);
    } else if (value == null) {
      hasNull = true;
    } else if (value instanceof Number number && !SqlValues.integral(number) && !(number instanceof BigDecimal)) {
      others.add(value);
    } else {
      hashed.add(key(value));
    }
  }

  boolean isEmpty() {
    return hashed.isEmpty() && others.isEmpty() && !hasNull;
  }

  /** TRUE when {@code value} (not null) is in the set, FALSE when it is not, null when only a null could match. */
  Boolean contains(Object value) {
    if (hashed.contains(key(value))) {
      return true;
    }
    for (Object other : others) {
      if (SqlValues.equal(value, other)) {
        return true;
      }
    }
    if ((value instanceof Double || value instanceof Float) && !hashed.isEmpty()) {
      for (Object candidate : hashed) {
        if (candidate instanceof Number && SqlValues.equal(value, candidate)) {
          return true;
        }
      }
    }
    return hasNull ? null : Boolean.FALSE;
  }

  private static Object key(Object value) {
    if (value instanceof Number number && SqlValues.integral(number)) {
      return number.longValue();
    }
    if (value instanceof BigDecimal decimal) {
      BigDecimal stripped = decimal.stripTrailingZeros();
      if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
          && stripped.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
        return stripped.longValue();
      }
      return stripped;
    }
    if (value instanceof Character character) {
      return character.toString();
    }
    return value;
  }
}
