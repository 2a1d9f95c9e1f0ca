package org.memoryjpa.internal.session;

import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.proxy.PersistentCollection;

/**
 * The {@link PersistenceUnitUtil} of a factory: load state of entities and attributes (an
 * uninitialized proxy or collection is not loaded; everything else is), loading them on demand, and
 * ids, versions and classes of instances. Thread-safe; the instances it is given are not.
 */
final class MemoryPersistenceUnitUtil implements PersistenceUnitUtil {

  private final MemoryEntityManagerFactory factory;

  MemoryPersistenceUnitUtil(MemoryEntityManagerFactory factory) {
    this.factory = factory;
  }

  /** Load state of an attribute value: uninitialized proxies and collections are not loaded. */
  static boolean isValueLoaded(Object value) {
    LazyInitializer lazy = EntityProxies.initializerOf(value);
    if (lazy != null) {
      return lazy.isInitialized();
    }
    return !(value instanceof PersistentCollection collection) || collection.isInitialized();
  }

  @Override
  public boolean isLoaded(Object entity, String attributeName) {
    EntityModel model = requireEntity(entity);
    if (!isLoaded(entity)) {
      return false;
    }
    AttributeMapping attribute = model.requireAttribute(attributeName);
    return isValueLoaded(attribute.get(EntityProxies.unproxy(entity)));
  }

  @Override
  public <E> boolean isLoaded(E entity, Attribute<? super E, ?> attribute) {
    return isLoaded(entity, attribute.getName());
  }

  @Override
  public boolean isLoaded(Object entity) {
    return isValueLoaded(entity);
  }

  @Override
  public void load(Object entity, String attributeName) {
    EntityModel model = requireEntity(entity);
    Object value = model.requireAttribute(attributeName).get(EntityProxies.unproxy(entity));
    if (value instanceof PersistentCollection collection) {
      collection.initialize();
    } else if (value != null) {
      EntityProxies.unproxy(value);
    }
  }

  @Override
  public <E> void load(E entity, Attribute<? super E, ?> attribute) {
    load(entity, attribute.getName());
  }

  @Override
  public void load(Object entity) {
    requireEntity(entity);
    EntityProxies.unproxy(entity);
  }

  @Override
  public boolean isInstance(Object entity, Class<?> entityClass) {
    requireEntity(entity);
    return entityClass.isInstance(EntityProxies.unproxy(entity));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Class<? extends T> getClass(T entity) {
    requireEntity(entity);
    return (Class<? extends T>) EntityProxies.unproxy(entity).getClass();
  }

  @Override
  public Object getIdentifier(Object entity) {
    EntityModel model = requireEntity(entity);
    return EntityIds.idOf(model, entity);
  }

  @Override
  public Object getVersion(Object entity) {
    EntityModel model = requireEntity(entity);
    AttributeMapping version = model.version();
    return version == null ? null : version.get(EntityProxies.unproxy(entity));
  }

  private EntityModel requireEntity(Object entity) {
    if (entity == null) {
      throw new IllegalArgumentException("The instance passed to PersistenceUnitUtil is null");
    }
    EntityModel model = factory.model().findEntity(EntityProxies.entityClassOf(entity));
    if (model == null) {
      throw new IllegalArgumentException("'" + entity.getClass().getName() + "' is not an entity of persistence unit '"
          + factory.getName() + "'");
    }
    return model;
  }
}
