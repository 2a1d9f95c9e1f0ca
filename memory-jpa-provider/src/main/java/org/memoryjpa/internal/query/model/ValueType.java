package org.memoryjpa.internal.query.model;

import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ValueConversion;

/**
 * The type of a query expression: the Java type the application sees, the conversion between that
 * and the stored form the evaluator works on (identity except for paths to enum and converted
 * attributes, and the parameters and literals compared with them), and for entity- and
 * embeddable-valued expressions their model. Values of an entity-valued expression are the store
 * keys of the entities. Immutable.
 *
 * @param javaType the boxed Java type, {@code Object} when unknown (a NULL literal, an untyped
 *     parameter)
 * @param conversion Java value to stored form and back
 * @param entity the entity of an entity-valued expression, else null
 * @param embeddable the embeddable of an embeddable-valued expression, else null
 */
public record ValueType(
    Class<?> javaType, ValueConversion conversion, EntityModel entity, EmbeddableModel embeddable) {

  /** The type of NULL and of parameters whose context says nothing. */
  public static final ValueType UNKNOWN = of(Object.class);

  public static final ValueType BOOLEAN = of(Boolean.class);
  public static final ValueType INTEGER = of(Integer.class);
  public static final ValueType LONG = of(Long.class);
  public static final ValueType DOUBLE = of(Double.class);
  public static final ValueType STRING = of(String.class);
  public static final ValueType CLASS = of(Class.class);

  /** A plain type whose stored form is the Java value itself. */
  public static ValueType of(Class<?> javaType) {
    return new ValueType(boxed(javaType), ValueConversion.IDENTITY, null, null);
  }

  /** The type of values of an attribute stored through {@code conversion}. */
  public static ValueType converted(Class<?> javaType, ValueConversion conversion) {
    return new ValueType(boxed(javaType), conversion, null, null);
  }

  /** The type of an entity-valued expression. */
  public static ValueType entity(EntityModel entity) {
    return new ValueType(entity.javaType(), ValueConversion.IDENTITY, entity, null);
  }

  /** The type of an embeddable-valued expression. */
  public static ValueType embeddable(EmbeddableModel embeddable) {
    return new ValueType(embeddable.javaType(), ValueConversion.IDENTITY, null, embeddable);
  }

  /** Whether nothing is known about the type. */
  public boolean isUnknown() {
    return javaType == Object.class && entity == null;
  }

  /** Whether the stored form differs from the Java value. */
  public boolean isConverted() {
    return !conversion.isIdentity() && conversion.storedType() != javaType;
  }

  /** Whether values are entities (their keys, at evaluation). */
  public boolean isEntity() {
    return entity != null;
  }

  /** Whether the values are numbers. */
  public boolean isNumeric() {
    return !isConverted() && Number.class.isAssignableFrom(javaType);
  }

  /** Whether the values are strings. */
  public boolean isString() {
    return !isConverted() && (javaType == String.class || javaType == Character.class);
  }

  /** The class of stored values. */
  public Class<?> storedType() {
    return isConverted() ? conversion.storedType() : javaType;
  }

  /** The Java class for messages. */
  public String describe() {
    return entity != null ? entity.name() : javaType.getName();
  }

  /** The boxed form of a primitive class. */
  public static Class<?> boxed(Class<?> type) {
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

  @Override
  public String toString() {
    return describe();
  }
}
