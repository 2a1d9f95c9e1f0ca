package org.memoryjpa.internal.metadata;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns an attribute's Java value into the form a database column would hold, and back: enums to
 * their ordinal or name, converted attributes through their {@link AttributeConverter}, decimals to
 * their column scale, mutable values ({@code byte[]}, {@code Date}, {@code Calendar}) to private
 * copies, and date and time values to the precision of their column (see
 * {@link TemporalConversions}). Rows hold the stored form, so queries compare and order values as the
 * database would. Immutable and thread-safe (converters are assumed stateless, as the spec requires).
 */
public abstract class ValueConversion {

  /** The conversion that changes nothing: immutable basic values. */
  public static final ValueConversion IDENTITY = new Identity(Object.class);

  private final Class<?> storedType;

  ValueConversion(Class<?> storedType) {
    this.storedType = storedType;
  }

  /** The Java type of the stored form (e.g. {@code Integer} for an ordinal enum). */
  public Class<?> storedType() {
    return storedType;
  }

  /** The stored form of a Java value; {@code null} stays {@code null} unless a converter decides. */
  public abstract Object toStored(Object javaValue);

  /** The Java value for a stored form; returns a fresh copy for mutable types. */
  public abstract Object toJava(Object storedValue);

  /**
   * A value already in the stored form, fitted to the column as a database would on write: a decimal
   * rounded to the column's scale; other values unchanged. Bulk UPDATE computes stored values directly.
   */
  public Object fitStored(Object storedValue) {
    return storedValue;
  }

  /** Whether this conversion is the identity (lets callers skip it on hot paths). */
  public boolean isIdentity() {
    return this instanceof Identity;
  }

  /** The conversion for a basic Java type with no enum or converter mapping. */
  static ValueConversion forBasicType(Class<?> javaType, int precision, int scale) {
    return forBasicType(javaType, precision, scale, null);
  }

  /** The same, for a date or time value with that {@code @Temporal} type (null when absent). */
  @SuppressWarnings("deprecation") // @Temporal is deprecated in JPA 3.2, yet applications still use it
  static ValueConversion forBasicType(
      Class<?> javaType, int precision, int scale, jakarta.persistence.TemporalType temporalType) {
    if (javaType == byte[].class) {
      return new ByteArrayCopy();
    }
    ValueConversion temporal = TemporalConversions.forType(javaType, temporalType);
    if (temporal != null) {
      return temporal;
    }
    if (javaType == BigDecimal.class) {
      // Hibernate maps an unqualified BigDecimal to numeric(38,2); H2 rounds half-up on store.
      int effectiveScale = precision == 0 && scale == 0 ? 2 : scale;
      return new DecimalScale(effectiveScale);
    }
    return new Identity(boxed(javaType));
  }

  /** The conversion for an enum mapped by ordinal or by name. */
  static ValueConversion forEnum(Class<?> enumType, boolean ordinal) {
    return ordinal ? new EnumOrdinal(enumType) : new EnumName(enumType);
  }

  /** The conversion through a user's {@link AttributeConverter}. */
  static ValueConversion forConverter(AttributeConverter<Object, Object> converter, Class<?> dbType) {
    return new Converted(converter, dbType);
  }

  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) return Integer.class;
    if (type == long.class) return Long.class;
    if (type == boolean.class) return Boolean.class;
    if (type == double.class) return Double.class;
    if (type == float.class) return Float.class;
    if (type == short.class) return Short.class;
    if (type == byte.class) return Byte.class;
    if (type == char.class) return Character.class;
    return Void.class;
  }

  private static final class Identity extends ValueConversion {
    Identity(Class<?> type) {
      super(type);
    }

    @Override
    public Object toStored(Object javaValue) {
      return javaValue;
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue;
    }
  }

  private static final class ByteArrayCopy extends ValueConversion {
    ByteArrayCopy() {
      super(byte[].class);
    }

    @Override
    public Object toStored(Object javaValue) {
      return javaValue == null ? null : ((byte[]) javaValue).clone();
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue == null ? null : ((byte[]) storedValue).clone();
    }
  }

  private static final class DecimalScale extends ValueConversion {
    private final int scale;

    DecimalScale(int scale) {
      super(BigDecimal.class);
      this.scale = scale;
    }

    @Override
    public Object toStored(Object javaValue) {
      return javaValue == null ? null : ((BigDecimal) javaValue).setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue;
    }

    @Override
    public Object fitStored(Object storedValue) {
      return toStored(storedValue);
    }
  }

  private static final class EnumOrdinal extends ValueConversion {
    private final Object[] constants;

    EnumOrdinal(Class<?> enumType) {
      super(Integer.class);
      this.constants = enumType.getEnumConstants();
    }

    @Override
    public Object toStored(Object javaValue) {
      return javaValue == null ? null : ((Enum<?>) javaValue).ordinal();
    }

    @Override
    public Object toJava(Object storedValue) {
      return storedValue == null ? null : constants[((Number) storedValue).intValue()];
    }
  }

  private static final class EnumName extends ValueConversion {
    private final Class<?> enumType;
    private final Enum<?>[] constants;

    EnumName(Class<?> enumType) {
      super(String.class);
      this.enumType = enumType;
      Enum<?>[] all = (Enum<?>[]) enumType.getEnumConstants();
      // beyond a few constants a scan would cost more than the hash lookup it saves
      this.constants = all.length <= 16 ? all : new Enum<?>[0];
    }

    @Override
    public Object toStored(Object javaValue) {
      return javaValue == null ? null : ((Enum<?>) javaValue).name();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object toJava(Object storedValue) {
      if (storedValue == null) {
        return null;
      }
      // a stored name is the constant's own name() string (toStored wrote it): an identity scan over
      // a few constants costs less per load than Enum.valueOf's hash lookup; other strings take that
      for (Enum<?> constant : constants) {
        if (constant.name() == storedValue) {
          return constant;
        }
      }
      return Enum.valueOf((Class) enumType, (String) storedValue);
    }
  }

  private static final class Converted extends ValueConversion {
    private final AttributeConverter<Object, Object> converter;

    Converted(AttributeConverter<Object, Object> converter, Class<?> dbType) {
      super(dbType);
      this.converter = converter;
    }

    @Override
    public Object toStored(Object javaValue) {
      try {
        return converter.convertToDatabaseColumn(javaValue);
      } catch (RuntimeException e) {
        throw new PersistenceException(
            "Converter '" + converter.getClass().getName() + "' failed to convert a value to its"
                + " database form",
            e);
      }
    }

    @Override
    public Object toJava(Object storedValue) {
      try {
        return converter.convertToEntityAttribute(storedValue);
      } catch (RuntimeException e) {
        throw new PersistenceException(
            "Converter '" + converter.getClass().getName() + "' failed to convert a stored value",
            e);
      }
    }
  }
}
