package org.memoryjpa.internal.proxy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The state behind one lazy entity reference: which entity it stands for and how to load it. The
 * session supplies it; the proxy's every call lands here and goes to the real instance, loaded on
 * first use. It is the proxy's only companion object, so that a reference costs the proxy and this.
 * Not thread-safe, like the persistence context it belongs to.
 */
public abstract class LazyInitializer implements InvocationHandler {

  private final Method idGetter;

  /** @param idGetter the getter of the id attribute, answered without loading (may be null) */
  protected LazyInitializer(Method idGetter) {
    this.idGetter = idGetter;
  }

  /** The id of the referenced entity (known without loading). */
  public abstract Object identifier();

  /** The entity class the proxy was created for. */
  public abstract Class<?> persistentClass();

  /** Whether the real instance has been loaded. */
  public abstract boolean isInitialized();

  /**
   * The real instance, loading it on first call.
   *
   * @throws jakarta.persistence.EntityNotFoundException when no entity has that id
   */
  public abstract Object implementation();

  @Override
  public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (!isInitialized() && idGetter != null && method.getName().equals(idGetter.getName())
        && method.getParameterCount() == 0) {
      return identifier();
    }
    if (method.getDeclaringClass() == Object.class) {
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return persistentClass().getName() + "#" + identifier();
        default:
          break;
      }
    }
    Object target = implementation();
    try {
      method.setAccessible(true);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
