package org.memoryjpa.internal.session;

import jakarta.persistence.CascadeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.proxy.PersistentCollection;

/**
 * Finds the entities an operation cascades to: the targets of every association (also inside
 * embeddables) whose cascade includes the operation. Unloaded lazy references and collections are
 * skipped unless the operation must reach them (REMOVE loads them, as Hibernate does, so children are
 * removed with their parent). Stateless.
 */
final class Cascades {

  private static final Object[] NONE = {};

  private Cascades() {}

  /** Calls {@code action} for every entity {@code instance} cascades {@code operation} to. */
  static void forEachTarget(ManagedTypeModel type, Object instance, CascadeType operation, Consumer<Object> action) {
    forEachTarget(type.attributes(), instance, operation, action);
  }

  /**
   * As {@link #forEachTarget(ManagedTypeModel, Object, CascadeType, Consumer)}, over some of the
   * type's attributes: those that may cascade the operation (see {@link EntityCodec#persistCascades}).
   */
  static void forEachTarget(
      List<AttributeMapping> attributes, Object instance, CascadeType operation, Consumer<Object> action) {
    if (instance == null) {
      return;
    }
    for (int i = 0; i < attributes.size(); i++) { // indexed: an iterator per instance would escape
      AttributeMapping attribute = attributes.get(i);
      if (attribute instanceof EmbeddedMapping embedded) {
        forEachTarget(embedded.embeddable(), attribute.get(instance), operation, action);
      } else if (attribute instanceof ToOneMapping toOne && toOne.cascades(operation)) {
        Object target = attribute.get(instance);
        if (target != null && shouldVisit(target, operation)) {
          action.accept(target);
        }
      } else if (attribute instanceof PluralMapping plural && plural.isAssociation() && plural.cascades(operation)) {
        Object value = attribute.get(instance);
        for (Object element : elementArray(value, operation)) {
          if (element != null && shouldVisit(element, operation)) {
            action.accept(element);
          }
        }
      }
    }
  }

  private static boolean shouldVisit(Object target, CascadeType operation) {
    LazyInitializer lazy = EntityProxies.initializerOf(target);
    return lazy == null || lazy.isInitialized() || operation == CascadeType.REMOVE;
  }

  static List<Object> elements(Object value, CascadeType operation) {
    return Arrays.asList(elementArray(value, operation));
  }

  /**
   * A copy of the elements to walk (the action may change the collection); an array, not a list,
   * as the walk needs nothing more.
   */
  private static Object[] elementArray(Object value, CascadeType operation) {
    if (value == null) {
      return NONE;
    }
    if (value.getClass() == ArrayList.class) {
      // the common case, told apart by class alone: an interface instanceof scans the class's
      // interfaces when it fails, and the checks below fail for a list
      return ((ArrayList<?>) value).toArray();
    }
    if (value instanceof PersistentCollection lazy && !lazy.isInitialized() && operation != CascadeType.REMOVE) {
      return NONE;
    }
    Collection<?> elements = value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
    return elements.toArray();
  }
}
