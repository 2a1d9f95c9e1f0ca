package org.memoryjpa.internal.proxy;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.isFinal;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

import jakarta.persistence.PersistenceException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.InvocationHandlerAdapter;

/**
 * Creates lazy entity references: a generated subclass of the entity class per class (ByteBuddy,
 * defined in the entity's own package and class loader so package-private methods are covered) whose
 * every overridable method loads the real instance on first use and delegates to it, as Hibernate's
 * proxies do. The id getter answers from the initializer without loading. Thread-safe; whether a
 * class can be proxied, its proxy class and that class's constructor are cached per entity class, so
 * creating a reference costs the proxy and its initializer only.
 */
public final class EntityProxies {

  private static final String HANDLER_FIELD = "$$_memoryjpa_handler";
  private static final ClassValue<ProxyType> PROXY_TYPES =
      new ClassValue<>() {
        @Override
        protected ProxyType computeValue(Class<?> type) {
          return new ProxyType(type);
        }
      };

  private EntityProxies() {}

  /** Implemented by every proxy class so the handler can be set and found again. */
  public interface Proxied {
    /** The proxy's handler (generated accessor). */
    LazyInitializer $$_memoryjpa_getHandler();

    /** Sets the proxy's handler (generated accessor). */
    void $$_memoryjpa_setHandler(LazyInitializer handler);
  }

  /** Whether a class can be proxied: not final, and with a non-private no-argument constructor. */
  public static boolean canProxy(Class<?> type) {
    return PROXY_TYPES.get(type).proxiable;
  }

  private static boolean proxiable(Class<?> type) {
    if (Modifier.isFinal(type.getModifiers()) || type.isRecord() || type.isInterface()) {
      return false;
    }
    try {
      return !Modifier.isPrivate(type.getDeclaredConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** A new proxy of {@code type} (which {@link #canProxy} accepts) backed by {@code initializer}. */
  public static Object create(Class<?> type, LazyInitializer initializer) {
    ProxyType proxyType = PROXY_TYPES.get(type);
    try {
      Proxied proxy = (Proxied) proxyType.constructor().invokeExact();
      proxy.$$_memoryjpa_setHandler(initializer);
      return proxy;
    } catch (PersistenceException e) {
      throw e;
    } catch (Throwable e) {
      throw new PersistenceException(
          "The no-argument constructor of '" + type.getName() + "' failed while creating a lazy reference", e);
    }
  }

  /** The initializer behind a proxy, or null when {@code object} is not one of our proxies. */
  public static LazyInitializer initializerOf(Object object) {
    if (object instanceof Proxied proxied) {
      return proxied.$$_memoryjpa_getHandler();
    }
    return null;
  }

  /** Whether {@code object} is one of our proxies. */
  public static boolean isProxy(Object object) {
    return object instanceof Proxied;
  }

  /** The real instance behind a proxy (loading it), or the object itself when it is no proxy. */
  public static Object unproxy(Object object) {
    LazyInitializer initializer = initializerOf(object);
    return initializer == null ? object : initializer.implementation();
  }

  /** The entity class of an object: for proxies the class they stand for. */
  public static Class<?> entityClassOf(Object object) {
    LazyInitializer initializer = initializerOf(object);
    if (initializer == null) {
      return object.getClass();
    }
    return initializer.isInitialized() ? initializer.implementation().getClass() : initializer.persistentClass();
  }

  /**
   * What is known per entity class: whether it can be proxied and, once a proxy is first asked for,
   * the proxy class's constructor as a method handle (typed {@code ()Proxied}, so a call is a plain
   * invocation rather than a reflective one).
   */
  private static final class ProxyType {
    private final Class<?> type;
    private final boolean proxiable;
    private volatile MethodHandle constructor;

    ProxyType(Class<?> type) {
      this.type = type;
      this.proxiable = proxiable(type);
    }

    MethodHandle constructor() {
      MethodHandle handle = constructor;
      if (handle == null) {
        synchronized (this) {
          handle = constructor;
          if (handle == null) {
            handle = define(type);
            constructor = handle;
          }
        }
      }
      return handle;
    }
  }

  private static MethodHandle define(Class<?> type) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      Class<?> proxyClass =
          new ByteBuddy()
              .subclass(type)
              .name(type.getName() + "$MemoryJpaProxy")
              .implement(Proxied.class)
              .defineField(HANDLER_FIELD, LazyInitializer.class, Visibility.PRIVATE)
              .method(named("$$_memoryjpa_getHandler").or(named("$$_memoryjpa_setHandler")))
              .intercept(FieldAccessor.ofField(HANDLER_FIELD))
              .method(
                  not(isFinal())
                      .and(not(isDeclaredBy(Proxied.class)))
                      .and(not(named("finalize")))
                      .and(not(named("clone").and(isDeclaredBy(Object.class)))))
              .intercept(InvocationHandlerAdapter.toField(HANDLER_FIELD))
              .make()
              .load(type.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup))
              .getLoaded();
      return lookup.findConstructor(proxyClass, MethodType.methodType(void.class))
          .asType(MethodType.methodType(Proxied.class));
    } catch (IllegalAccessException | NoSuchMethodException e) {
      throw new PersistenceException(
          "Could not define a lazy proxy class for '" + type.getName() + "'; open its package to memory-jpa", e);
    }
  }
}
