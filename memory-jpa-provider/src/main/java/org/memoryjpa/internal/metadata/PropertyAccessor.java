package org.memoryjpa.internal.metadata;

import jakarta.persistence.PersistenceException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads and writes one persistent attribute of an instance, through a field (field access) or a
 * getter/setter pair (property access). Built once at bootstrap from method handles adapted to
 * {@code (Object)Object} and {@code (Object,Object)void}, so the hot path does no reflection. Once an
 * entity type is in heavy use, the session may {@linkplain #useDirect install} a generated accessor
 * calling the same handles as constants, which the JIT inlines; until then, or if generation fails,
 * the handles are called as they are. Thread-safe: the installed accessor is immutable and does what
 * the handles do, so a thread that still sees the handles behaves the same.
 */
public final class PropertyAccessor {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType SETTER =
      MethodType.methodType(void.class, Object.class, Object.class);

  private final String name;
  private final Member member;
  private final MethodHandle getter;
  private final MethodHandle setter; // null for record components
  // the handles called as they are, until useDirect installs a generated accessor
  private Function<Object, Object> reader;
  private BiConsumer<Object, Object> writer;
  private boolean direct;

  private PropertyAccessor(String name, Member member, MethodHandle getter, MethodHandle setter) {
    this.name = name;
    this.member = member;
    this.getter = getter;
    this.setter = setter;
    HandleCalls calls = new HandleCalls(getter, setter);
    this.reader = calls;
    this.writer = calls;
  }

  /**
   * Calls the handles as they are. get and set call through a {@link Function} and a {@link
   * BiConsumer} either way, which keeps them small enough for the JIT to inline everywhere.
   */
  private record HandleCalls(MethodHandle getter, MethodHandle setter)
      implements Function<Object, Object>, BiConsumer<Object, Object> {

    @Override
    public Object apply(Object instance) {
      try {
        return (Object) getter.invokeExact(instance);
      } catch (Throwable e) {
        throw HandleCalls.<RuntimeException>sneaky(e);
      }
    }

    @Override
    public void accept(Object instance, Object value) {
      try {
        setter.invokeExact(instance, value);
      } catch (Throwable e) {
        throw HandleCalls.<RuntimeException>sneaky(e);
      }
    }

    /** Rethrows {@code e} unchanged, checked or not: get and set decide what callers see. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable e) throws T {
      throw (T) e;
    }
  }

  /** An accessor over a field, whatever its visibility. */
  static PropertyAccessor ofField(Field field) {
    try {
      MethodHandles.Lookup lookup = lookupFor(field.getDeclaringClass());
      MethodHandle get = lookup.unreflectGetter(field).asType(GETTER);
      MethodHandle set =
          Modifier.isFinal(field.getModifiers())
              ? finalFieldSetter(field)
              : lookup.unreflectSetter(field).asType(SETTER);
      return new PropertyAccessor(field.getName(), field, get, set);
    } catch (IllegalAccessException e) {
      throw new PersistenceException(
          "Cannot access field '" + field.getName() + "' of '" + field.getDeclaringClass().getName()
              + "'; open its package to memory-jpa",
          e);
    }
  }

  /** An accessor over a getter and its setter (property access). */
  static PropertyAccessor ofProperty(String name, Method getterMethod, Method setterMethod) {
    try {
      MethodHandles.Lookup lookup = lookupFor(getterMethod.getDeclaringClass());
      MethodHandle get = lookup.unreflect(getterMethod).asType(GETTER);
      MethodHandle set =
          setterMethod == null ? null : lookup.unreflect(setterMethod).asType(SETTER);
      return new PropertyAccessor(name, getterMethod, get, set);
    } catch (IllegalAccessException e) {
      throw new PersistenceException(
          "Cannot access property '" + name + "' of '"
              + getterMethod.getDeclaringClass().getName() + "'; open its package to memory-jpa",
          e);
    }
  }

  /** A read-only accessor over a record component; records are built through their constructor. */
  static PropertyAccessor ofRecordComponent(RecordComponent component) {
    try {
      Method accessor = component.getAccessor();
      MethodHandle get = lookupFor(accessor.getDeclaringClass()).unreflect(accessor).asType(GETTER);
      return new PropertyAccessor(component.getName(), accessor, get, null);
    } catch (IllegalAccessException e) {
      throw new PersistenceException(
          "Cannot access record component '" + component.getName() + "' of '"
              + component.getDeclaringRecord().getName() + "'",
          e);
    }
  }

  private static MethodHandle finalFieldSetter(Field field) {
    // A final field (e.g. a record-like embeddable) can still be written reflectively for non-records.
    field.setAccessible(true);
    MethodHandle set;
    try {
      set =
          MethodHandles.lookup()
              .findVirtual(Field.class, "set", MethodType.methodType(void.class, Object.class, Object.class))
              .bindTo(field);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return set.asType(SETTER);
  }

  static MethodHandles.Lookup lookupFor(Class<?> type) throws IllegalAccessException {
    return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
  }

  /** The attribute's name. */
  public String name() {
    return name;
  }

  /** The field or getter behind the attribute. */
  public Member member() {
    return member;
  }

  /** Whether {@link #set} is possible (false for record components). */
  public boolean isWritable() {
    return setter != null;
  }

  /** The getter as a {@code (Object)Object} handle. */
  public MethodHandle getterHandle() {
    return getter;
  }

  /** The setter as an {@code (Object,Object)void} handle, or null (record components). */
  public MethodHandle setterHandle() {
    return setter;
  }

  /** Whether a generated accessor is installed. */
  public boolean isDirect() {
    return direct;
  }

  /**
   * Installs a generated accessor that calls {@link #getterHandle()} and {@link #setterHandle()}: a
   * {@link Function} for get and a {@link BiConsumer} for set.
   */
  @SuppressWarnings("unchecked")
  public void useDirect(Object accessor) {
    if (setter != null) {
      writer = (BiConsumer<Object, Object>) accessor;
    }
    reader = (Function<Object, Object>) accessor;
    direct = true;
  }

  // get and set stay under the JIT's 35-byte inlining limit for call sites it does not count as
  // hot; the failure handling lives in separate methods.

  /** The attribute's current value on {@code instance}. */
  public Object get(Object instance) {
    try {
      return reader.apply(instance);
    } catch (Throwable e) {
      throw readFailure(e);
    }
  }

  /** Sets the attribute on {@code instance}. */
  public void set(Object instance, Object value) {
    try {
      writer.accept(instance, value);
    } catch (Throwable e) {
      throw writeFailure(e, value);
    }
  }

  /** What a failed read throws: unchecked exceptions as they are, a checked one wrapped. */
  private RuntimeException readFailure(Throwable e) {
    rethrowUnchecked(e);
    return new PersistenceException("Could not read '" + name + "'", e);
  }

  /** What a failed write throws: a value of the wrong type is an IllegalArgumentException. */
  private RuntimeException writeFailure(Throwable e, Object value) {
    if (e instanceof ClassCastException) {
      return new IllegalArgumentException(
          "Cannot set attribute '" + name + "' to a value of type '"
              + (value == null ? "null" : value.getClass().getName()) + "'",
          e);
    }
    rethrowUnchecked(e);
    return new PersistenceException("Could not write '" + name + "'", e);
  }

  private static void rethrowUnchecked(Throwable e) {
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
  }
}
