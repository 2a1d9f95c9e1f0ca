package org.memoryjpa.internal.metadata;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * The unit's attribute converters: one instance per converter class, the entity-attribute and
 * database types each converts between, and which apply automatically to which attribute types.
 * Used only while the metadata is read.
 */
final class ConverterRegistry {

  /** A converter instance with its two types. */
  record Registered(AttributeConverter<Object, Object> converter, Class<?> attributeType, Class<?> databaseType) {}

  private final Map<Class<?>, Registered> byClass = new HashMap<>();
  private final Map<Class<?>, Registered> autoApplied = new LinkedHashMap<>();

  /** Registers a class annotated {@code @Converter}. */
  void register(Class<?> converterClass) {
    Registered registered = require(converterClass);
    Converter annotation = converterClass.getAnnotation(Converter.class);
    if (annotation != null && annotation.autoApply()) {
      autoApplied.put(ValueConversion.boxed(registered.attributeType()), registered);
    }
  }

  /** The converter of that class, instantiated once. */
  @SuppressWarnings("unchecked")
  Registered require(Class<?> converterClass) {
    Registered known = byClass.get(converterClass);
    if (known != null) {
      return known;
    }
    if (!AttributeConverter.class.isAssignableFrom(converterClass)) {
      throw MappingErrors.onClass(converterClass, "is not an AttributeConverter");
    }
    Class<?>[] types = converterTypes(converterClass);
    AttributeConverter<Object, Object> instance;
    try {
      var constructor = converterClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      instance = (AttributeConverter<Object, Object>) constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new PersistenceException(
          "Mapping error in '" + converterClass.getName()
              + "': a converter needs a no-argument constructor",
          e);
    }
    Registered registered = new Registered(instance, types[0], types[1]);
    byClass.put(converterClass, registered);
    return registered;
  }

  /** The auto-applied converter for an attribute type, or null. */
  Registered autoAppliedFor(Class<?> attributeType) {
    return autoApplied.get(ValueConversion.boxed(attributeType));
  }

  private static Class<?>[] converterTypes(Class<?> converterClass) {
    for (Class<?> c = converterClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type type : c.getGenericInterfaces()) {
        if (type instanceof ParameterizedType p && p.getRawType() == AttributeConverter.class) {
          Type[] args = p.getActualTypeArguments();
          return new Class<?>[] {
            GenericTypes.raw(GenericTypes.resolve(args[0], converterClass)),
            GenericTypes.raw(GenericTypes.resolve(args[1], converterClass))
          };
        }
      }
    }
    return new Class<?>[] {Object.class, Object.class};
  }
}
