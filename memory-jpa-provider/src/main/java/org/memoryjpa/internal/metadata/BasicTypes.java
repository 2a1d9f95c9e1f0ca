package org.memoryjpa.internal.metadata;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

/**
 * The Java types a basic attribute may have without a converter: those of JPA 2.6 plus the ones
 * Hibernate maps out of the box. Stateless.
 */
final class BasicTypes {

  private static final Set<Class<?>> KNOWN =
      Set.of(
          String.class, Integer.class, Long.class, Short.class, Byte.class, Boolean.class,
          Character.class, Double.class, Float.class, BigInteger.class, BigDecimal.class,
          Date.class, java.sql.Date.class, java.sql.Time.class, java.sql.Timestamp.class,
          Calendar.class, LocalDate.class, LocalTime.class, LocalDateTime.class,
          OffsetTime.class, OffsetDateTime.class, ZonedDateTime.class, Instant.class,
          Duration.class, Year.class, YearMonth.class, ZoneId.class, ZoneOffset.class, UUID.class,
          byte[].class, Byte[].class, char[].class, Character[].class, URL.class, Locale.class,
          Currency.class, TimeZone.class, Class.class);

  private BasicTypes() {}

  /** Whether values of {@code type} can be stored as a basic attribute without a converter. */
  static boolean isBasic(Class<?> type) {
    if (type.isPrimitive() || type.isEnum() || KNOWN.contains(type)) {
      return true;
    }
    if (ZoneId.class.isAssignableFrom(type) || Calendar.class.isAssignableFrom(type)
        || TimeZone.class.isAssignableFrom(type)) {
      return true;
    }
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      return false; // a collection needs @ElementCollection or an association annotation
    }
    // Hibernate stores any other Serializable value in a varbinary column.
    return Serializable.class.isAssignableFrom(type) && !type.isInterface();
  }

  /** Whether {@code type} is allowed for {@code @Version}. */
  static boolean isVersionType(Class<?> type) {
    Class<?> boxed = ValueConversion.boxed(type);
    return boxed == Integer.class || boxed == Long.class || boxed == Short.class
        || type == Instant.class || type == java.sql.Timestamp.class
        || type == LocalDateTime.class;
  }
}
