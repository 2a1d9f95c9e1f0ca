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
 * getter/setter pair (property access), with method handles adapted to {@code (Object)Object} and
 * {@code (Object,Object)void}, so the hot path does no reflection. The handles are made on the first
 * read, write or {@link #getterHandle} call, not at bootstrap: adapting them spins method-handle
 * classes (8% of the CPU of a cold first bootstrap), and attributes of entities a program never
 * touches need none; the access check, which can fail, stays at bootstrap. Once an entity type is in
 * heavy use, the session may {@linkplain #useDirect install} a generated accessor calling the same
 * handles as constants, which the JIT inlines; until then, or if generation fails, the handles are
 * called as they are. Thread-safe: the handles are immutable and equivalent whichever thread makes
 * them, and the installed accessor does what the handles do, so a thread that still sees the handles,
 * or makes them again, behaves the same.
 */
public final class PropertyAccessor {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType SETTER =
      MethodType.methodType(void.class, Object.class, Object.class);

  private final String name;
  private final Member member;
  private final MethodHandles.Lookup lookup; // private access to the declaring class, checked at bootstrap
  private final Method setterMethod; // property access only
  private final boolean writable; // false for record components
  // made on first need (see handles()); a racing thread may make an equivalent pair
  private Handles handles;
  // the handles called as they are, until useDirect installs a generated accessor
  private Function<Object, Object> reader;
  private BiConsumer<Object, Object> writer;
  private boolean direct;

  private PropertyAccessor(
      String name, Member member, MethodHandles.Lookup lookup, Method setterMethod, boolean writable) {
    this.name = name;
    this.member = member;
    this.lookup = lookup;
    this.setterMethod = setterMethod;
    this.writable = writable;
    HandleCalls calls = new HandleCalls();
    this.reader = calls;
    this.writer = calls;
  }

  /** The getter adapted to {@code (Object)Object}, the setter to {@code (Object,Object)void} or null. */
  private record Handles(MethodHandle getter, MethodHandle setter) {}

  /**
   * Calls the handles as they are, making them on the first call. get and set call through a {@link
   * Function} and a {@link BiConsumer} either way, which keeps them small enough for the JIT to inline
   * everywhere; one class for before and after the handles exist keeps those call sites' type profile
   * as narrow as it was.
   */
  private final class HandleCalls implements Function<Object, Object>, BiConsumer<Object, Object> {

    @Override
    public Object apply(Object instance) {
      try {
        return (Object) handles().getter().invokeExact(instance);
      } catch (Throwable e) {
        throw HandleCalls.<RuntimeException>sneaky(e);
      }
    }

    @Override
    public void accept(Object instance, Object value) {
      try {
        handles().setter().invokeExact(instance, value);
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

  /** The handles, made now if no thread has made them yet. */
  private Handles handles() {
    Handles made = handles;
    if (made == null) {
      try {
        made = member instanceof Field field ? fieldHandles(field) : methodHandles((Method) member);
      } catch (IllegalAccessException e) {
        // the lookup has private access to the member's own class, checked at bootstrap
        throw new IllegalStateException("Lost access to '" + name + "' of '"
            + member.getDeclaringClass().getName() + "' after bootstrap", e);
      }
      handles = made;
    }
    return made;
  }

  private Handles fieldHandles(Field field) throws IllegalAccessException {
    MethodHandle get = lookup.unreflectGetter(field).asType(GETTER);
    MethodHandle set =
        Modifier.isFinal(field.getModifiers())
            ? finalFieldSetter(field)
            : lookup.unreflectSetter(field).asType(SETTER);
    return new Handles(get, set);
  }

  private Handles methodHandles(Method getterMethod) throws IllegalAccessException {
    MethodHandle get = lookup.unreflect(getterMethod).asType(GETTER);
    MethodHandle set = setterMethod == null ? null : lookup.unreflect(setterMethod).asType(SETTER);
    return new Handles(get, set);
  }

  /** An accessor over a field, whatever its visibility. */
  static PropertyAccessor ofField(Field field) {
    try {
      if (Modifier.isFinal(field.getModifiers())) {
        // A final field (e.g. a record-like embeddable) is written reflectively; this can fail, so now.
        field.setAccessible(true);
      }
      return new PropertyAccessor(field.getName(), field, lookupFor(field.getDeclaringClass()), null, true);
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
      return new PropertyAccessor(name, getterMethod, lookup, setterMethod, setterMethod != null);
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
      return new PropertyAccessor(component.getName(), accessor, lookupFor(accessor.getDeclaringClass()), null, false);
    } catch (IllegalAccessException e) {
      throw new PersistenceException(
          "Cannot access record component '" + component.getName() + "' of '"
              + component.getDeclaringRecord().getName() + "'",
          e);
    }
  }

  private static MethodHandle finalFieldSetter(Field field) {
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
    return writable;
  }

  /** The getter as a {@code (Object)Object} handle. */
  public MethodHandle getterHandle() {
    return handles().getter();
  }

  /** The setter as an {@code (Object,Object)void} handle, or null (record components). */
  public MethodHandle setterHandle() {
    return handles().setter();
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
    if (writable) {
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
