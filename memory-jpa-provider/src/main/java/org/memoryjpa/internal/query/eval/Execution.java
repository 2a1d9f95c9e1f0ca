package org.memoryjpa.internal.query.eval;

import jakarta.persistence.QueryTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.memoryjpa.internal.store.ReadView;

/**
 * One run of a compiled statement: the read view pinned for the whole statement, the session, the
 * parameter arguments (as the application bound them) and their stored forms per occurrence (converted
 * once, on first use), the moment CURRENT_DATE and friends stand for (taken at first use, then fixed),
 * the results of uncorrelated subqueries (computed once), a count of the rows the statement read, and
 * the query timeout's deadline, checked as rows are read. Confined to one thread; discarded after the run.
 */
public final class Execution {

  private final ReadView view;
  private final QuerySession session;
  private final Object[] arguments;
  // null: not converted yet; a conversion to null is kept as NULL
  private final Object[] converted;
  private final NullOrdering nullOrdering;
  // both made on first use: most statements never ask, and a run should allocate little
  private Instant now;
  private Map<Object, Object> memo;
  private long rowsRead;
  private final long timeoutMillis;
  private final long deadline;

  Execution(ReadView view, QuerySession session, Object[] arguments, int occurrences, NullOrdering nullOrdering) {
    this.view = view;
    this.session = session;
    this.arguments = arguments;
    this.converted = new Object[occurrences];
    this.nullOrdering = nullOrdering;
    this.timeoutMillis = session.timeoutMillis();
    // the clock only for a run with a timeout: reading it costs as much as a small lookup
    this.deadline = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
  }

  /** The statement's read view. */
  public ReadView view() {
    return view;
  }

  /** The session the statement runs for. */
  public QuerySession session() {
    return session;
  }

  /** The default null ordering. */
  NullOrdering nullOrdering() {
    return nullOrdering;
  }

  /** The statement's moment. */
  Instant now() {
    if (now == null) {
      now = Clock.systemDefaultZone().instant();
    }
    return now;
  }

  /** The stored form of parameter {@code index} at occurrence {@code occurrence}, converted once. */
  Object argument(int index, int occurrence, Conversion conversion) {
    Object value = converted[occurrence];
    if (value == null) {
      value = conversion.apply(arguments[index], this);
      converted[occurrence] = value == null ? NULL : value;
      return value;
    }
    return value == NULL ? null : value;
  }

  private static final Object NULL = new Object();

  /** A value computed once per execution (an uncorrelated subquery's result). */
  Object memo(Object key, Function<Object, Object> compute) {
    if (memo == null) {
      memo = new IdentityHashMap<>();
    }
    Object value = memo.get(key);
    if (value == null && !memo.containsKey(key)) {
      value = compute.apply(key);
      memo.put(key, value);
    }
    return value;
  }

  /** Turns a bound argument into the stored form one occurrence compares in. */
  @FunctionalInterface
  interface Conversion {
    Object apply(Object argument, Execution execution);
  }

  void rowRead() {
    // the clock is read once per 256 rows: a timeout costs the loops almost nothing
    if ((++rowsRead & 0xFF) == 0 && timeoutMillis > 0) {
      checkTimeout();
    }
  }

  /**
   * Throws {@code QueryTimeoutException} when the run has passed its query timeout; the loops call it
   * as they read rows.
   */
  void checkTimeout() {
    if (timeoutMillis > 0 && System.nanoTime() - deadline > 0) {
      throw new QueryTimeoutException("The query ran longer than its timeout of " + timeoutMillis + " ms"
          + " (jakarta.persistence.query.timeout); narrow it, or raise the timeout");
    }
  }

  /** How many rows and elements the statement's accesses produced, for tests of access paths. */
  public long rowsRead() {
    return rowsRead;
  }
}
