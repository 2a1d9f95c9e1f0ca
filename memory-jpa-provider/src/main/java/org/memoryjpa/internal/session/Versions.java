package org.memoryjpa.internal.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.memoryjpa.internal.metadata.BasicMapping;

/**
 * Seeds and increments {@code @Version} values as Hibernate does: numbers start at 0 and count up,
 * timestamps take the current time (to the microsecond, as H2 stores them). Stateless.
 */
final class Versions {

  private Versions() {}

  /** The first version of a new entity, or its current value when the application set one. */
  static Object seed(BasicMapping version, Object current) {
    Class<?> type = version.javaType();
    if (current != null && !isZero(current)) {
      return current;
    }
    if (type == Instant.class) return now();
    if (type == Timestamp.class) return Timestamp.from(now());
    if (type == LocalDateTime.class) return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    if (current != null) return current;
    if (type == Long.class || type == long.class) return 0L;
    if (type == Short.class || type == short.class) return (short) 0;
    return 0;
  }

  /** The version after {@code current}. */
  static Object next(BasicMapping version, Object current) {
    Class<?> type = version.javaType();
    if (type == Instant.class) return later(current == null ? null : (Instant) current);
    if (type == Timestamp.class) {
      return Timestamp.from(later(current == null ? null : ((Timestamp) current).toInstant()));
    }
    if (type == LocalDateTime.class) {
      LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
      return current != null && !now.isAfter((LocalDateTime) current)
          ? ((LocalDateTime) current).plus(1, ChronoUnit.MICROS) : now;
    }
    if (current == null) return seed(version, null);
    if (type == Long.class || type == long.class) return ((Long) current) + 1;
    if (type == Short.class || type == short.class) return (short) (((Short) current) + 1);
    return ((Integer) current) + 1;
  }

  private static boolean isZero(Object value) {
    return value instanceof Number n && n.longValue() == 0;
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** A timestamp version must change even within one microsecond. */
  private static Instant later(Instant current) {
    Instant now = now();
    return current != null && !now.isAfter(current) ? current.plus(1, ChronoUnit.MICROS) : now;
  }
}
