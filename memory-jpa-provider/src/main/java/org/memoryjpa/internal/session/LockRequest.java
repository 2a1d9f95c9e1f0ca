package org.memoryjpa.internal.session;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PessimisticLockScope;
import jakarta.persistence.Timeout;
import java.util.Map;
import org.memoryjpa.ConfigurationKeys;

/**
 * A lock mode with its timeout, gathered from the options or properties of {@code find},
 * {@code lock} and {@code refresh} (JPA 3.2 {@code FindOption}/{@code LockOption}/
 * {@code RefreshOption}, or the {@code jakarta.persistence.lock.timeout} hint). Immutable.
 *
 * @param mode the lock mode
 * @param timeoutMillis how long to wait for a row lock; negative means the default
 */
record LockRequest(LockModeType mode, long timeoutMillis) {

  static final LockRequest NONE = new LockRequest(LockModeType.NONE, -1);

  static LockRequest of(LockModeType mode, Map<String, Object> properties) {
    return new LockRequest(mode == null ? LockModeType.NONE : mode, timeoutOf(properties));
  }

  /** From JPA 3.2 options: a LockModeType, a Timeout; other options are accepted and have no effect here. */
  static LockRequest ofOptions(LockModeType defaultMode, Object... options) {
    LockModeType mode = defaultMode;
    long timeout = -1;
    for (Object option : options) {
      if (option instanceof LockModeType m) {
        mode = m;
      } else if (option instanceof Timeout t) {
        timeout = t.milliseconds();
      } else if (option == null) {
        throw new IllegalArgumentException("A null option was passed");
      } else if (!(option instanceof PessimisticLockScope || option instanceof CacheRetrieveMode
          || option instanceof CacheStoreMode || option instanceof jakarta.persistence.FindOption
          || option instanceof jakarta.persistence.LockOption || option instanceof jakarta.persistence.RefreshOption)) {
        throw new IllegalArgumentException("Unknown option '" + option.getClass().getName() + "'");
      }
    }
    return new LockRequest(mode, timeout);
  }

  boolean isPessimistic() {
    return mode == LockModeType.PESSIMISTIC_READ || mode == LockModeType.PESSIMISTIC_WRITE
        || mode == LockModeType.PESSIMISTIC_FORCE_INCREMENT;
  }

  static long timeoutOf(Map<String, Object> properties) {
    if (properties == null) {
      return -1;
    }
    Object value = properties.get(ConfigurationKeys.LOCK_TIMEOUT);
    if (value == null) {
      return -1;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The lock timeout '" + ConfigurationKeys.LOCK_TIMEOUT + "' must be a number of milliseconds");
    }
  }
}
