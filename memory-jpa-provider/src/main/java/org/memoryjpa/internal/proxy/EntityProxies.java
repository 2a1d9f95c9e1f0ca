package org.memoryjpa.internal.proxy;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.isFinal;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

import jakarta.persistence.PersistenceException;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.InvocationHandlerAdapter;

/**
 * Creates lazy entity references: a generated subclass of the entity class per class (ByteBuddy,
 * defined in the entity's own package and class loader so package-private methods are covered) whose
 * every overridable method loads the real instance on first use and delegates to it, as Hibernate's
 * proxies do. The id getter answers from the initializer without loading. Thread-safe; proxy classes
 * are cached per entity class.
 */
public final class EntityProxies {

  private static final String HANDLER_FIELD = "$$_memoryjpa_handler";
  private static final Map<Class<?>, Constructor<?>> PROXY_CLASSES = new ConcurrentHashMap<>();

  private EntityProxies() {}

  /** Implemented by every proxy class so the handler can be set and found again. */
  public interface Proxied {
    /** The proxy's handler (generated accessor). */
    ProxyHandler $$_memoryjpa_getHandler();

    /** Sets the proxy's handler (generated accessor). */
    void $$_memoryjpa_setHandler(ProxyHandler handler);
  }

  /** Whether a class can be proxied: not final, and with a non-private no-argument constructor. */
  public static boolean canProxy(Class<?> type) {
    if (Modifier.isFinal(type.getModifiers()) || type.isRecord() || type.isInterface()) {
      return false;
    }
    try {
      return !Modifier.isPrivate(type.getDeclaredConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * A new proxy of {@code type} backed by {@code initializer}.
   *
   * @param idGetter the getter of the id attribute, answered without loading (may be null)
   */
  public static Object create(Class<?> type, LazyInitializer initializer, Method idGetter) {
    Constructor<?> constructor = PROXY_CLASSES.computeIfAbsent(type, EntityProxies::define);
    try {
      Object proxy = constructor.newInstance();
      ((Proxied) proxy).$$_memoryjpa_setHandler(new ProxyHandler(initializer, idGetter));
      return proxy;
    } catch (InvocationTargetException e) {
      throw new PersistenceException(
          "The no-argument constructor of '" + type.getName() + "' failed while creating a lazy reference",
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new PersistenceException("Could not create a lazy reference to '" + type.getName() + "'", e);
    }
  }

  /** The initializer behind a proxy, or null when {@code object} is not one of our proxies. */
  public static LazyInitializer initializerOf(Object object) {
    if (object instanceof Proxied proxied) {
      ProxyHandler handler = proxied.$$_memoryjpa_getHandler();
      return handler == null ? null : handler.initializer();
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

  private static Constructor<?> define(Class<?> type) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      Class<?> proxyClass =
          new ByteBuddy()
              .subclass(type)
              .name(type.getName() + "$MemoryJpaProxy")
              .implement(Proxied.class)
              .defineField(HANDLER_FIELD, ProxyHandler.class, Visibility.PRIVATE)
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
      Constructor<?> constructor = proxyClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor;
    } catch (IllegalAccessException | NoSuchMethodException e) {
      throw new PersistenceException(
          "Could not define a lazy proxy class for '" + type.getName() + "'; open its package to memory-jpa", e);
    }
  }

  /** Answers a proxy's method calls: the id getter from the initializer, the rest on the real instance. */
  public static final class ProxyHandler implements InvocationHandler {
    private final LazyInitializer initializer;
    private final Method idGetter;

    ProxyHandler(LazyInitializer initializer, Method idGetter) {
      this.initializer = initializer;
      this.idGetter = idGetter;
    }

    LazyInitializer initializer() {
      return initializer;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (!initializer.isInitialized() && idGetter != null && method.getName().equals(idGetter.getName())
          && method.getParameterCount() == 0) {
        return initializer.identifier();
      }
      if (method.getDeclaringClass() == Object.class) {
        switch (method.getName()) {
          case "equals":
            return proxy == args[0];
          case "hashCode":
            return System.identityHashCode(proxy);
          case "toString":
            return initializer.persistentClass().getName() + "#" + initializer.identifier();
          default:
            break;
        }
      }
      Object target = initializer.implementation();
      try {
        method.setAccessible(true);
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
