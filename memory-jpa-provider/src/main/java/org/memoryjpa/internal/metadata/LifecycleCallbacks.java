package org.memoryjpa.internal.metadata;

import jakarta.persistence.PersistenceException;
import java.lang.invoke.MethodHandle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle callbacks of one entity class, per event, already in the order the spec prescribes
 * (default listeners, then entity listeners most general class first, then callback methods of the
 * entity and its superclasses most general first). Immutable and thread-safe; listener instances are
 * created once per factory, as Hibernate does.
 */
public final class LifecycleCallbacks {

  /** No callbacks at all. */
  public static final LifecycleCallbacks NONE = new LifecycleCallbacks(new EnumMap<>(CallbackType.class));

  /**
   * One callback: a method on the entity itself ({@code listener == null}, handle of type
   * {@code (Object)void}) or on a listener instance (handle of type {@code (Object,Object)void}).
   */
  record Callback(Object listener, MethodHandle handle, String description) {}

  private final Map<CallbackType, Callback[]> callbacks;

  LifecycleCallbacks(Map<CallbackType, List<Callback>> byType) {
    this.callbacks = new EnumMap<>(CallbackType.class);
    for (Map.Entry<CallbackType, List<Callback>> entry : byType.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        callbacks.put(entry.getKey(), entry.getValue().toArray(new Callback[0]));
      }
    }
  }

  /** Whether any callback is registered for the event. */
  public boolean has(CallbackType type) {
    return callbacks.containsKey(type);
  }

  /** Runs every callback of the event on the entity, in order; a callback's exception propagates. */
  public void invoke(CallbackType type, Object entity) {
    Callback[] list = callbacks.get(type);
    if (list == null) {
      return;
    }
    for (Callback callback : list) {
      try {
        if (callback.listener() == null) {
          callback.handle().invokeExact(entity);
        } else {
          callback.handle().invokeExact(callback.listener(), entity);
        }
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new PersistenceException(
            "Lifecycle callback " + callback.description() + " failed", e);
      }
    }
  }

  /** Descriptions of the callbacks of an event in order, for tests and diagnostics. */
  public List<String> describe(CallbackType type) {
    Callback[] list = callbacks.get(type);
    if (list == null) {
      return List.of();
    }
    return java.util.Arrays.stream(list).map(Callback::description).toList();
  }
}
