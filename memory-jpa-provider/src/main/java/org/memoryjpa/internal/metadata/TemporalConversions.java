package org.memoryjpa.internal.metadata;

import jakarta.persistence.TemporalType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.function.UnaryOperator;

/**
 * The conversions of date and time values to what Hibernate's H2 columns keep: {@code timestamp(6)}
 * rounds to the microsecond, {@code time(0)} to the second, {@code date} drops the time of day
 * (in the JVM's time zone, as JDBC does). {@code java.util.Date} and {@code Calendar} follow their
 * {@code @Temporal} type (TIMESTAMP when absent, or the type a {@code java.sql} class implies); the
 * stored form is a private copy. Immutable and thread-safe.
 */
@SuppressWarnings("deprecation") // @Temporal is deprecated in JPA 3.2, yet applications still use it
final class TemporalConversions {

  private TemporalConversions() {}

  /** The conversion for a temporal Java type, or null when the type is not one. */
  // A value already at its column's precision is kept as it is: rounding would only copy it.
  static ValueConversion forType(Class<?> javaType, TemporalType declared) {
    if (Date.class.isAssignableFrom(javaType)) {
      return new DateValue(javaType, effective(javaType, declared));
    }
    if (Calendar.class.isAssignableFrom(javaType)) {
      return new CalendarValue(javaType, declared == null ? TemporalType.TIMESTAMP : declared);
    }
    if (javaType == LocalDateTime.class) {
      return new Rounded(javaType, v -> ((LocalDateTime) v).getNano() % 1000 == 0 ? v : ((LocalDateTime) v).plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }
    if (javaType == Instant.class) {
      return new Rounded(javaType, v -> ((Instant) v).getNano() % 1000 == 0 ? v : ((Instant) v).plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }
    if (javaType == OffsetDateTime.class) {
      return new Rounded(javaType, v -> ((OffsetDateTime) v).getNano() % 1000 == 0 ? v : ((OffsetDateTime) v).plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }
    if (javaType == ZonedDateTime.class) {
      return new Rounded(javaType, v -> ((ZonedDateTime) v).getNano() % 1000 == 0 ? v : ((ZonedDateTime) v).plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }
    if (javaType == LocalTime.class) {
      return new Rounded(javaType, v -> ((LocalTime) v).getNano() == 0 ? v : ((LocalTime) v).plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS));
    }
    if (javaType == OffsetTime.class) {
      return new Rounded(javaType, v -> ((OffsetTime) v).getNano() == 0 ? v : ((OffsetTime) v).plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS));
    }
    return null;
  }

  private static TemporalType effective(Class<?> javaType, TemporalType declared) {
    if (javaType == java.sql.Date.class) return TemporalType.DATE;
    if (javaType == java.sql.Time.class) return TemporalType.TIME;
    if (javaType == java.sql.Timestamp.class) return TemporalType.TIMESTAMP;
    return declared == null ? TemporalType.TIMESTAMP : declared;
  }

  /** The milliseconds a column of {@code type} keeps of {@code millis}, in the JVM's time zone. */
  private static long keep(TemporalType type, long millis) {
    if (type == TemporalType.TIMESTAMP) {
      return millis;
    }
    Calendar calendar = Calendar.getInstance();
    calendar.setTimeInMillis(millis);
    if (type == TemporalType.DATE) {
      calendar.set(Calendar.HOUR_OF_DAY, 0);
      calendar.set(Calendar.MINUTE, 0);
      calendar.set(Calendar.SECOND, 0);
      calendar.set(Calendar.MILLISECOND, 0);
      return calendar.getTimeInMillis();
    }
    boolean roundUp = calendar.get(Calendar.MILLISECOND) >= 500;
    calendar.set(1970, Calendar.JANUARY, 1);
    calendar.set(Calendar.MILLISECOND, 0);
    return calendar.getTimeInMillis() + (roundUp ? 1000 : 0);
  }

  private static final class DateValue extends ValueConversion {
    private final TemporalType type;

    DateValue(Class<?> javaType, TemporalType type) {
      super(javaType);
      this.type = type;
    }

    @Override
    public Object toStored(Object javaValue) {
      if (javaValue == null) {
        return null;
      }
      if (javaValue instanceof java.sql.Timestamp timestamp) {
        Instant rounded = timestamp.toInstant().plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        return type == TemporalType.TIMESTAMP ? java.sql.Timestamp.from(rounded) : copy(keep(type, rounded.toEpochMilli()));
      }
      return copy(keep(type, ((Date) javaValue).getTime()));
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue == null ? null : ((Date) storedValue).clone();
    }

    private Date copy(long millis) {
      Class<?> javaType = storedType();
      if (javaType == java.sql.Date.class) return new java.sql.Date(millis);
      if (javaType == java.sql.Time.class) return new java.sql.Time(millis);
      if (javaType == java.sql.Timestamp.class) return new java.sql.Timestamp(millis);
      return new Date(millis);
    }
  }

  private static final class CalendarValue extends ValueConversion {
    private final TemporalType type;

    CalendarValue(Class<?> javaType, TemporalType type) {
      super(javaType);
      this.type = type;
    }

    @Override
    public Object toStored(Object javaValue) {
      if (javaValue == null) {
        return null;
      }
      Calendar copy = (Calendar) ((Calendar) javaValue).clone();
      copy.setTimeInMillis(keep(type, copy.getTimeInMillis()));
      return copy;
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue == null ? null : ((Calendar) storedValue).clone();
    }
  }

  /** An immutable java.time value rounded to its column's precision. */
  private static final class Rounded extends ValueConversion {
    private final UnaryOperator<Object> round;

    Rounded(Class<?> javaType, UnaryOperator<Object> round) {
      super(javaType);
      this.round = round;
    }

    @Override
    public Object toStored(Object javaValue) {
      return javaValue == null ? null : round.apply(javaValue);
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue;
    }
  }
}
