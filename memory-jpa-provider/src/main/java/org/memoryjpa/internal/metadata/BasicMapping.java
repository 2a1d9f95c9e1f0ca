package org.memoryjpa.internal.metadata;

import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.TemporalType;
import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.lang.reflect.Type;

/**
 * A basic attribute: a single value stored in one column, possibly through an enum mapping or an
 * attribute converter. Immutable after bootstrap.
 */
public final class BasicMapping extends AttributeMapping {

  ColumnModel column;
  ValueConversion conversion = ValueConversion.IDENTITY;
  EnumType enumType;
  Class<?> converterClass;
  boolean lob;
  TemporalType temporalType;
  FetchType fetch = FetchType.EAGER;

  BasicMapping(
      String name, ManagedTypeModel declaringType, Class<?> javaType, Type genericType, PropertyAccessor accessor) {
    super(name, declaringType, javaType, genericType, accessor);
  }

  @Override
  public PersistentAttributeType persistentAttributeType() {
    return PersistentAttributeType.BASIC;
  }

  /** The column the value is stored in. */
  public ColumnModel column() {
    return column;
  }

  /** The conversion between the Java value and its stored form. */
  public ValueConversion conversion() {
    return conversion;
  }

  /** The enum mapping, or null when the attribute is not an enum (or is converted). */
  public EnumType enumType() {
    return enumType;
  }

  /** The {@code AttributeConverter} class applied, or null. */
  public Class<?> converterClass() {
    return converterClass;
  }

  /** Whether {@code @Lob} is set. */
  public boolean isLob() {
    return lob;
  }

  /** The {@code @Temporal} type, or null. */
  public TemporalType temporalType() {
    return temporalType;
  }

  /** The declared fetch type. */
  public FetchType fetch() {
    return fetch;
  }
}
