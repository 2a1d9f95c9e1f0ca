package org.memoryjpa.internal.session;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.IdModel;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.store.CompositeKey;

/**
 * Reads and builds {@code @IdClass} instances, whose attributes mirror the entity's {@code @Id}
 * attributes by name (a field, else a getter). Reflection here is acceptable: id classes are built
 * only for {@code getIdentifier} and similar calls, not on the hot path of find or flush. Stateless.
 */
final class IdClassValues {

  private IdClassValues() {}

  static Object read(Object idInstance, String name) {
    try {
      Field field = findField(idInstance.getClass(), name);
      if (field != null) {
        field.setAccessible(true);
        return field.get(idInstance);
      }
      String suffix = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      for (String prefix : List.of("get", "is")) {
        try {
          Method getter = idInstance.getClass().getMethod(prefix + suffix);
          getter.setAccessible(true);
          return getter.invoke(idInstance);
        } catch (NoSuchMethodException e) {
          // try the next prefix
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new PersistenceException("Could not read '" + name + "' of id class '"
          + idInstance.getClass().getName() + "'", e);
    }
    throw new IllegalArgumentException("Id class '" + idInstance.getClass().getName()
        + "' has no attribute '" + name + "'");
  }

  static Object build(EntityModel entity, IdModel model, CompositeKey key) {
    try {
      var constructor = model.idType().getDeclaredConstructor();
      constructor.setAccessible(true);
      Object id = constructor.newInstance();
      List<AttributeMapping> attributes = model.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        AttributeMapping attribute = attributes.get(i);
        Object value = attribute instanceof ToOneMapping toOne
            ? EntityIds.idOfKey(toOne.target(), key.component(i))
            : ((BasicMapping) attribute).conversion().toJava(key.component(i));
        Field field = findField(model.idType(), attribute.name());
        if (field != null) {
          field.setAccessible(true);
          field.set(id, value);
        }
      }
      return id;
    } catch (ReflectiveOperationException e) {
      throw new PersistenceException("Could not build an instance of id class '"
          + model.idType().getName() + "' for entity '" + entity.name() + "'", e);
    }
  }

  private static Field findField(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }
}
