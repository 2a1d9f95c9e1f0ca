package org.memoryjpa.internal.session;

import java.lang.reflect.Method;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.proxy.LazyInitializer;

/**
 * The lazy initializer behind one proxy: the entity and key it stands for, and the entity manager
 * that loads it on first use. Confined to the entity manager's thread.
 */
final class SessionLazyInitializer extends LazyInitializer {

  private final MemoryEntityManager session;
  private final EntityModel entity;
  private final Object key;
  private final Object id;
  private Object implementation;

  SessionLazyInitializer(MemoryEntityManager session, EntityModel entity, Object key, Object id, Method idGetter) {
    super(idGetter);
    this.session = session;
    this.entity = entity;
    this.key = key;
    this.id = id;
  }

  EntityModel entity() {
    return entity;
  }

  Object key() {
    return key;
  }

  @Override
  public Object identifier() {
    return id;
  }

  @Override
  public Class<?> persistentClass() {
    return entity.javaType();
  }

  @Override
  public boolean isInitialized() {
    return implementation != null;
  }

  /** Marks the proxy as loaded with an instance loaded by other means (a find, a query). */
  void initializeWith(Object instance) {
    this.implementation = instance;
  }

  @Override
  public Object implementation() {
    if (implementation == null) {
      implementation = session.loader().loadForProxy(this);
    }
    return implementation;
  }
}
