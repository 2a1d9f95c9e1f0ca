package org.memoryjpa.internal.session;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.Query;
import jakarta.persistence.QueryTimeoutException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The query timeout of one run ({@code setTimeout}, the {@code jakarta.persistence.query.timeout}
 * hint, else the entity manager's or factory's property of that name), started when the run starts.
 * The evaluator checks it as it reads rows; a pessimistic lock the run waits for waits no longer than
 * what is left of it. Immutable; one per run.
 */
final class QueryTimeout {

  static final QueryTimeout NONE = new QueryTimeout(0, 0);

  private final long millis;
  private final long started;

  private QueryTimeout(long millis, long started) {
    this.millis = millis;
    this.started = started;
  }

  /** Starts the timeout of a query with {@code queryTimeout} (null: the properties' one). */
  static QueryTimeout start(Integer queryTimeout, Map<String, Object> properties) {
    long millis = queryTimeout != null ? queryTimeout : millisOf(properties.get(MemoryQuery.QUERY_TIMEOUT));
    return millis <= 0 ? NONE : new QueryTimeout(millis, System.nanoTime());
  }

  /** A timeout in milliseconds from a number or its text. */
  static int millisOf(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The query timeout '" + MemoryQuery.QUERY_TIMEOUT + "' must be a number of"
          + " milliseconds, not '" + value + "'", e);
    }
  }

  /** The timeout in milliseconds, 0 for none. */
  long millis() {
    return millis;
  }

  private long remainingMillis() {
    return millis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  /** A lock request that waits at most what is left of the timeout (and no longer than its own wait). */
  LockRequest limit(LockRequest lock, long lockTimeout) {
    if (millis == 0) {
      return lock;
    }
    return new LockRequest(lock.mode(), Math.max(0, Math.min(lockTimeout, remainingMillis())));
  }

  /**
   * The exception for a lock wait that ended in {@code timedOut}: a query timeout when the query's
   * time ran out while waiting, else the lock timeout itself.
   */
  RuntimeException lockWaitEnded(LockTimeoutException timedOut, Query query) {
    if (millis > 0 && remainingMillis() <= 0) {
      return new QueryTimeoutException("The query ran longer than its timeout of " + millis + " ms"
          + " (jakarta.persistence.query.timeout) while waiting for a pessimistic lock; raise the timeout, or"
          + " end the transaction that holds the lock", timedOut, query);
    }
    return timedOut;
  }
}
