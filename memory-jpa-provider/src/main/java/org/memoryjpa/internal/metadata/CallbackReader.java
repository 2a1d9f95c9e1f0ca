package org.memoryjpa.internal.metadata;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.ExcludeSuperclassListeners;
import jakarta.persistence.PersistenceException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Reads lifecycle callback methods and entity listeners into {@link LifecycleCallbacks}, in the
 * order of JPA 3.6.1: entity listeners of the most general class first (cut off by
 * {@code @ExcludeSuperclassListeners}), then callback methods of the most general class first, an
 * overridden method being invoked only through its override. Listener instances are shared per
 * reader, so one factory has one instance per listener class. Used only while reading.
 */
final class CallbackReader {

  private static final MethodType ON_ENTITY = MethodType.methodType(void.class, Object.class);
  private static final MethodType ON_LISTENER = MethodType.methodType(void.class, Object.class, Object.class);

  private final Map<Class<?>, Object> listenerInstances = new HashMap<>();

  LifecycleCallbacks read(Class<?> entityClass) {
    List<Class<?>> topDown = new ArrayList<>();
    for (Class<?> c = entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
      topDown.add(0, c);
    }
    Map<CallbackType, List<LifecycleCallbacks.Callback>> byType = new EnumMap<>(CallbackType.class);
    for (CallbackType type : CallbackType.values()) {
      byType.put(type, new ArrayList<>());
    }
    int firstListenerClass = 0;
    for (int i = 0; i < topDown.size(); i++) {
      if (topDown.get(i).isAnnotationPresent(ExcludeSuperclassListeners.class)) {
        firstListenerClass = i;
      }
    }
    for (Class<?> c : topDown.subList(firstListenerClass, topDown.size())) {
      EntityListeners listeners = c.getAnnotation(EntityListeners.class);
      if (listeners != null) {
        for (Class<?> listenerClass : listeners.value()) {
          addListener(listenerClass, byType);
        }
      }
    }
    for (Class<?> c : topDown) {
      for (Method method : sorted(c.getDeclaredMethods())) {
        for (CallbackType type : CallbackType.values()) {
          if (method.isAnnotationPresent(type.annotation()) && !isOverridden(method, entityClass)) {
            byType.get(type).add(entityCallback(method));
          }
        }
      }
    }
    return new LifecycleCallbacks(byType);
  }

  private void addListener(Class<?> listenerClass, Map<CallbackType, List<LifecycleCallbacks.Callback>> byType) {
    Object instance = listenerInstances.computeIfAbsent(listenerClass, CallbackReader::instantiate);
    Set<String> seen = new HashSet<>();
    List<Class<?>> topDown = new ArrayList<>();
    for (Class<?> c = listenerClass; c != null && c != Object.class; c = c.getSuperclass()) {
      topDown.add(0, c);
    }
    for (Class<?> c : topDown) {
      for (Method method : sorted(c.getDeclaredMethods())) {
        for (CallbackType type : CallbackType.values()) {
          if (method.isAnnotationPresent(type.annotation()) && seen.add(type + method.getName())) {
            if (method.getParameterCount() != 1) {
              throw MappingErrors.onClass(
                  listenerClass, "listener callback '" + method.getName() + "' must take one parameter");
            }
            byType.get(type).add(new LifecycleCallbacks.Callback(instance, handle(method, ON_LISTENER),
                listenerClass.getSimpleName() + "." + method.getName()));
          }
        }
      }
    }
  }

  private static LifecycleCallbacks.Callback entityCallback(Method method) {
    if (method.getParameterCount() != 0) {
      throw MappingErrors.onClass(
          method.getDeclaringClass(), "callback method '" + method.getName() + "' must take no parameters");
    }
    return new LifecycleCallbacks.Callback(
        null, handle(method, ON_ENTITY), method.getDeclaringClass().getSimpleName() + "." + method.getName());
  }

  private static boolean isOverridden(Method method, Class<?> entityClass) {
    if (Modifier.isPrivate(method.getModifiers())) {
      return false;
    }
    for (Class<?> c = entityClass; c != method.getDeclaringClass(); c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(method.getName(), method.getParameterTypes());
        return true;
      } catch (NoSuchMethodException e) {
        // keep looking up the hierarchy
      }
    }
    return false;
  }

  private static MethodHandle handle(Method method, MethodType type) {
    try {
      return PropertyAccessor.lookupFor(method.getDeclaringClass()).unreflect(method).asType(type);
    } catch (IllegalAccessException e) {
      throw new PersistenceException(
          "Cannot access callback '" + method.getName() + "' of '" + method.getDeclaringClass().getName() + "'", e);
    }
  }

  private static Object instantiate(Class<?> listenerClass) {
    try {
      var constructor = listenerClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new PersistenceException(
          "Mapping error in '" + listenerClass.getName()
              + "': an entity listener needs a no-argument constructor", e);
    }
  }

  private static List<Method> sorted(Method[] methods) {
    Method[] copy = methods.clone();
    Arrays.sort(copy, MemberDiscovery.BY_NAME);
    return Arrays.asList(copy);
  }
}
