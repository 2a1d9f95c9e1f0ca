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
    private double doubleSum;
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
        doubleSum += number.doubleValue();
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
        return doubleSum;
      }
      return type == BigInteger.class ? decimalSum.toBigInteger() : decimalSum;
    }
  }

  private static final class Average extends Accumulator {
    private double sum;
    private long count;

    @Override
    void add(Object value) {
      if (value != null) {
        sum += ((Number) value).doubleValue();
        count++;
      }
    }

    @Override
    Object result() {
      return count == 0 ? null : sum / count;
    }
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
