package org.memoryjpa.internal.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.IdModel;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.store.CompositeKey;

/**
 * Converts between the ids applications see (a number, a string, an {@code @EmbeddedId} instance, an
 * {@code @IdClass} instance) and the keys the store uses (a simple stored value, or a
 * {@link CompositeKey} of stored component values in attribute order). Stateless.
 */
final class EntityIds {

  private EntityIds() {}

  /**
   * The store key for an id the application passed in ({@code find}, {@code getReference}).
   *
   * @throws IllegalArgumentException when the id has the wrong type, as Hibernate says it
   */
  static Object keyOfId(EntityModel entity, Object id) {
    if (id == null) {
      throw new IllegalArgumentException("The id of entity '" + entity.name() + "' must not be null");
    }
    IdModel model = entity.id();
    switch (model.kind()) {
      case SIMPLE -> {
        AttributeMapping attribute = model.single();
        if (attribute instanceof ToOneMapping toOne) {
          // derived identity: the id is the referenced entity's id (or the entity itself)
          Object targetId = toOne.target().javaType().isInstance(id) ? idOf(toOne.target(), id) : id;
          return keyOfId(toOne.target(), targetId);
        }
        Object coerced = coerce(id, model.idType(), entity);
        return ((BasicMapping) attribute).conversion().toStored(coerced);
      }
      case EMBEDDED -> {
        if (!model.idType().isInstance(id)) {
          throw wrongType(entity, model.idType(), id);
        }
        return CompositeKey.of(flatten(((EmbeddedMapping) model.single()).embeddable(), id).toArray());
      }
      default -> {
        if (!model.idType().isInstance(id)) {
          throw wrongType(entity, model.idType(), id);
        }
        return idClassKey(entity, id);
      }
    }
  }

  /** The store key of an entity instance's current id, or null when its id is not set. */
  static Object keyOfEntity(EntityModel entity, Object instance) {
    LazyInitializer lazy = EntityProxies.initializerOf(instance);
    if (lazy != null) {
      return keyOfId(entity, lazy.identifier());
    }
    IdModel model = entity.id();
    switch (model.kind()) {
      case SIMPLE -> {
        AttributeMapping attribute = model.single();
        Object value = attribute.get(instance);
        if (value == null) {
          return null;
        }
        if (attribute instanceof ToOneMapping toOne) {
          return keyOfEntity(toOne.target(), value);
        }
        return ((BasicMapping) attribute).conversion().toStored(value);
      }
      case EMBEDDED -> {
        Object value = model.single().get(instance);
        return value == null
            ? null
            : CompositeKey.of(flatten(((EmbeddedMapping) model.single()).embeddable(), value).toArray());
      }
      default -> {
        List<Object> components = new ArrayList<>();
        for (AttributeMapping attribute : model.attributes()) {
          Object value = attribute.get(instance);
          if (value == null) {
            return null;
          }
          components.add(attribute instanceof ToOneMapping toOne
              ? keyOfEntity(toOne.target(), value)
              : ((BasicMapping) attribute).conversion().toStored(value));
        }
        return CompositeKey.of(components.toArray());
      }
    }
  }

  /** The application's view of an instance's id (what {@code getIdentifier} returns). */
  static Object idOf(EntityModel entity, Object instance) {
    LazyInitializer lazy = EntityProxies.initializerOf(instance);
    if (lazy != null) {
      return lazy.identifier();
    }
    IdModel model = entity.id();
    if (model.kind() == IdModel.Kind.ID_CLASS) {
      Object key = keyOfEntity(entity, instance);
      return key == null ? null : idOfKey(entity, key);
    }
    Object value = model.single().get(instance);
    if (value != null && model.single() instanceof ToOneMapping toOne) {
      return idOf(toOne.target(), value);
    }
    return value;
  }

  /** The application's view of a store key: a fresh id object. */
  static Object idOfKey(EntityModel entity, Object key) {
    IdModel model = entity.id();
    switch (model.kind()) {
      case SIMPLE -> {
        AttributeMapping attribute = model.single();
        if (attribute instanceof ToOneMapping toOne) {
          return idOfKey(toOne.target(), key);
        }
        return ((BasicMapping) attribute).conversion().toJava(key);
      }
      case EMBEDDED -> {
        EmbeddableModel embeddable = ((EmbeddedMapping) model.single()).embeddable();
        return EmbeddableValues.build(embeddable, ((CompositeKey) key), new int[] {0});
      }
      default -> {
        return IdClassValues.build(entity, model, (CompositeKey) key);
      }
    }
  }

  /**
   * Sets the id of {@code instance}, or the {@code mapsId} attribute of its embedded id, to the id of
   * the entity it references through {@code @MapsId}; creates the embedded id when it is null.
   */
  static void assignDerivedId(EntityModel entity, Object instance, String mapsId, Object targetId) {
    AttributeMapping id = entity.id().single();
    if (mapsId.isEmpty()) {
      id.set(instance, targetId);
      return;
    }
    if (!(id instanceof EmbeddedMapping embedded)) {
      throw new jakarta.persistence.PersistenceException(
          "@MapsId(\"" + mapsId + "\") of entity '" + entity.name() + "' names an attribute of the id, but"
              + " the id is not an @EmbeddedId");
    }
    EmbeddableModel embeddable = embedded.embeddable();
    Object current = embedded.get(instance);
    List<AttributeMapping> attributes = embeddable.attributes();
    Object[] values = new Object[attributes.size()];
    for (int i = 0; i < values.length; i++) {
      AttributeMapping attribute = attributes.get(i);
      values[i] = attribute.name().equals(mapsId) ? targetId : current == null ? null : attribute.get(current);
    }
    if (current == null || embeddable.isRecord()) {
      embedded.set(instance, EmbeddableValues.instantiate(embeddable, values));
    } else {
      embeddable.requireAttribute(mapsId).set(current, targetId);
    }
  }

  /** Stored component values of an embeddable id, depth first. */
  static List<Object> flatten(EmbeddableModel embeddable, Object value) {
    List<Object> out = new ArrayList<>();
    for (AttributeMapping attribute : embeddable.attributes()) {
      Object component = value == null ? null : attribute.get(value);
      if (attribute instanceof EmbeddedMapping nested) {
        out.addAll(flatten(nested.embeddable(), component));
      } else if (attribute instanceof ToOneMapping toOne) {
        out.add(component == null ? null : keyOfEntity(toOne.target(), component));
      } else {
        out.add(((BasicMapping) attribute).conversion().toStored(component));
      }
    }
    return out;
  }

  private static Object idClassKey(EntityModel entity, Object id) {
    List<Object> components = new ArrayList<>();
    for (AttributeMapping attribute : entity.id().attributes()) {
      Object value = IdClassValues.read(id, attribute.name());
      if (attribute instanceof ToOneMapping toOne) {
        components.add(value == null ? null : toOne.target().javaType().isInstance(value)
            ? keyOfEntity(toOne.target(), value)
            : keyOfId(toOne.target(), value));
      } else {
        components.add(((BasicMapping) attribute).conversion().toStored(value));
      }
    }
    return CompositeKey.of(components.toArray());
  }

  /** Numbers of another type are converted where no value is lost, as Hibernate does for ids. */
  private static Object coerce(Object id, Class<?> expected, EntityModel entity) {
    if (expected.isInstance(id)) {
      return id;
    }
    if (id instanceof Number n && Number.class.isAssignableFrom(expected)) {
      Object converted = convertNumber(n, expected);
      if (converted != null) {
        return converted;
      }
    }
    throw wrongType(entity, expected, id);
  }

  private static Object convertNumber(Number n, Class<?> expected) {
    boolean integral = n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    if (!integral) {
      return null;
    }
    long value = n.longValue();
    if (expected == Long.class) return value;
    if (expected == Integer.class && value == (int) value) return (int) value;
    if (expected == Short.class && value == (short) value) return (short) value;
    if (expected == Byte.class && value == (byte) value) return (byte) value;
    if (expected == BigInteger.class) return BigInteger.valueOf(value);
    if (expected == BigDecimal.class) return BigDecimal.valueOf(value);
    return null;
  }

  private static IllegalArgumentException wrongType(EntityModel entity, Class<?> expected, Object id) {
    return new IllegalArgumentException(
        "Provided id of the wrong type for entity '" + entity.name() + "': expected '"
            + expected.getName() + "', got '" + id.getClass().getName() + "'");
  }
}
