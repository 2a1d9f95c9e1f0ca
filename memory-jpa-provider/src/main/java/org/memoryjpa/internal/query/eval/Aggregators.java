package org.memoryjpa.internal.query.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.memoryjpa.internal.query.model.Expr;

/**
 * The accumulators of the aggregate functions: COUNT counts non-null values (rows for {@code
 * COUNT(*)}), SUM adds in its result type (Long, Double, BigInteger or BigDecimal), AVG averages as a
 * Double, MIN and MAX keep the extreme by SQL order; DISTINCT drops repeated values first. Over no
 * values every function but COUNT gives null. One accumulator per group; not thread-safe.
 */
final class Aggregators {

  private Aggregators() {}

  /** One aggregate of a compiled query: its frame slot and how to accumulate it. */
  record Spec(int slot, Expr.Aggregate.Function function, boolean distinct, Evaluator argument, Class<?> type) {

    Accumulator start() {
      Accumulator accumulator = switch (function) {
        case COUNT -> new Count(argument == null);
        case SUM -> new Sum(type);
        case AVG -> new Average();
        case MIN -> new Extreme(false);
        case MAX -> new Extreme(true);
      };
      return distinct ? new Distinct(accumulator) : accumulator;
    }
  }

  /** Accumulates the values of one group. */
  abstract static class Accumulator {
    abstract void add(Object value);

    abstract Object result();
  }

  private static final class Count extends Accumulator {
    private final boolean rows;
    private long count;

    Count(boolean rows) {
      this.rows = rows;
    }

    @Override
    void add(Object value) {
      if (rows || value != null) {
        count++;
      }
    }

    @Override
    Object result() {
      return count;
    }
  }

  private static final class Sum extends Accumulator {
    private final Class<?> type;
    private long longSum;
    private BigDecimal decimalSum;
    private boolean any;

    Sum(Class<?> type) {
      this.type = type;
    }

    @Override
    void add(Object value) {
      if (value == null) {
        return;
      }
      any = true;
      Number number = (Number) value;
      if (type == Long.class) {
        longSum = Math.addExact(longSum, number.longValue());
      } else if (type == Double.class) {
        // exact, as H2 sums doubles in DECFLOAT: the result does not depend on the rows' order
        BigDecimal decimal = exact(number);
        decimalSum = decimalSum == null ? decimal : decimalSum.add(decimal);
      } else {
        BigDecimal decimal = SqlValues.decimal(number);
        decimalSum = decimalSum == null ? decimal : decimalSum.add(decimal);
      }
    }

    @Override
    Object result() {
      if (!any) {
        return null;
      }
      if (type == Long.class) {
        return longSum;
      }
      if (type == Double.class) {
        return decimalSum.doubleValue();
      }
      return type == BigInteger.class ? decimalSum.toBigInteger() : decimalSum;
    }
  }

  private static final class Average extends Accumulator {
    private BigDecimal sum = BigDecimal.ZERO;
    private long count;

    @Override
    void add(Object value) {
      if (value != null) {
        sum = sum.add(exact((Number) value));
        count++;
      }
    }

    @Override
    Object result() {
      return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), AVERAGE).doubleValue();
    }
  }

  /** H2 averages in DECFLOAT, 27 digits. */
  private static final java.math.MathContext AVERAGE = new java.math.MathContext(27);

  /** A number as H2 turns it into a decimal: doubles by their shortest decimal form. */
  static BigDecimal exact(Number number) {
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue());
    }
    return SqlValues.decimal(number);
  }

  private static final class Extreme extends Accumulator {
    private final boolean max;
    private Object best;

    Extreme(boolean max) {
      this.max = max;
    }

    @Override
    void add(Object value) {
      if (value == null) {
        return;
      }
      if (best == null) {
        best = value;
        return;
      }
      int order = SqlValues.compare(value, best);
      if (max ? order > 0 : order < 0) {
        best = value;
      }
    }

    @Override
    Object result() {
      return best;
    }
  }

  private static final class Distinct extends Accumulator {
    private final Accumulator inner;
    private final Set<Object> seen = new HashSet<>();

    Distinct(Accumulator inner) {
      this.inner = inner;
    }

    @Override
    void add(Object value) {
      if (value == null) {
        inner.add(null);
        return;
      }
      Object key = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value;
      if (seen.add(key)) {
        inner.add(value);
      }
    }

    @Override
    Object result() {
      return inner.result();
    }
  }
}
