package org.memoryjpa.internal.session;

import jakarta.persistence.EntityNotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.LazyInitializationException;
import org.memoryjpa.internal.metadata.CallbackType;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.store.RowSnapshot;

/**
 * Loads entities into the persistence context: by key (find), from rows (queries, collections), as
 * lazy proxies, and the elements of lazy collections. Guarantees one instance per entity key in the
 * context, and runs {@code @PostLoad} once the instance is filled. Confined to its entity manager's
 * thread.
 */
final class EntityLoader implements References {

  private final MemoryEntityManager session;

  EntityLoader(MemoryEntityManager session) {
    this.session = session;
  }

  /** The managed instance (or null) of {@code requested} with that key, loading it if needed. */
  Object find(EntityModel requested, Object key) {
    EntityKey entityKey = EntityKey.of(requested, key);
    PersistenceContext context = session.context();
    EntityEntry entry = context.entry(entityKey);
    Object proxy = context.proxy(entityKey);
    if (entry != null) {
      if (!entry.isManaged() || !requested.isSupertypeOf(entry.entity)) {
        return null;
      }
      // as Hibernate: once the context handed out a reference for this id, find returns it
      return proxy != null && requested.javaType().isInstance(proxy) ? proxy : entry.instance;
    }
    RowSnapshot row = session.readRow(requested, key);
    if (row == null) {
      return null;
    }
    EntityModel concrete = typeOf(requested, row);
    if (!requested.isSupertypeOf(concrete)) {
      return null;
    }
    Object instance = hydrate(row, concrete);
    if (proxy != null) {
      LazyInitializer initializer = EntityProxies.initializerOf(proxy);
      ((SessionLazyInitializer) initializer).initializeWith(instance);
      if (requested.javaType().isInstance(proxy)) {
        return proxy; // as Hibernate: the context already handed out this reference
      }
    }
    return instance;
  }

  /** The managed instance for a row read by a query or a collection load: the one in the context if any. */
  Object instanceFor(EntityModel declared, RowSnapshot row) {
    return instanceFor(declared, row, session.context().entry(EntityKey.of(declared, row.key())));
  }

  /** As {@link #instanceFor(EntityModel, RowSnapshot)}, given the row's entry the caller looked up (or null). */
  Object instanceFor(EntityModel declared, RowSnapshot row, EntityEntry entry) {
    if (entry != null) {
      return entry.instance;
    }
    return hydrate(row, typeOf(declared, row));
  }

  EntityModel typeOf(EntityModel declared, RowSnapshot row) {
    return declared.root().selfAndSubtypes().get(row.typeTag());
  }

  private Object hydrate(RowSnapshot row, EntityModel concrete) {
    if (concrete.isAbstract()) {
      throw new jakarta.persistence.PersistenceException(
          "Stored row " + concrete.name() + "#" + row.key() + " names an abstract entity type");
    }
    Object instance = concrete.instantiate();
    EntityEntry entry = new EntityEntry(instance, concrete, row.key());
    entry.existsInStore = true;
    entry.loadedState = row.sharedValues();
    session.context().add(entry, session.factory().contextSizeHint());
    session.codec(concrete).hydrate(instance, row.key(), entry.loadedState, this);
    Flusher.snapshotOrphans(session.context(), entry, session.codec(entry.entity));
    Object proxy = entry.proxy; // a reference handed out before the load
    if (proxy != null) {
      ((SessionLazyInitializer) EntityProxies.initializerOf(proxy)).initializeWith(instance);
    }
    concrete.callbacks().invoke(CallbackType.POST_LOAD, instance);
    return instance;
  }

  /** Re-reads an instance's state from the store (refresh), keeping the instance. */
  void reload(EntityEntry entry) {
    RowSnapshot row = session.readRow(entry.entity, entry.key);
    if (row == null) {
      throw new EntityNotFoundException(
          "Entity '" + entry.entity.name() + "' with id '" + EntityIds.idOfKey(entry.entity, entry.key)
              + "' no longer exists; it was removed by another transaction");
    }
    entry.loadedState = row.sharedValues();
    entry.orphanSnapshots = java.util.Map.of();
    session.codec(entry.entity).hydrate(entry.instance, entry.key, entry.loadedState, this);
    Flusher.snapshotOrphans(session.context(), entry, session.codec(entry.entity));
    entry.entity.callbacks().invoke(CallbackType.POST_LOAD, entry.instance);
  }

  Object loadForProxy(SessionLazyInitializer initializer) {
    if (!session.isOpen() && !session.factory().loadsAfterClose()) {
      throw new LazyInitializationException(
          "Could not initialize proxy [" + initializer.entity().name() + "#" + initializer.identifier()
              + "] - the entity manager is closed");
    }
    EntityEntry entry = session.context().entry(EntityKey.of(initializer.entity(), initializer.key()));
    if (entry != null) {
      return entry.instance;
    }
    RowSnapshot row = session.readRow(initializer.entity(), initializer.key());
    if (row == null || !initializer.entity().isSupertypeOf(typeOf(initializer.entity(), row))) {
      throw new EntityNotFoundException(
          "Unable to find " + initializer.entity().javaType().getName() + " with id "
              + initializer.identifier());
    }
    return hydrate(row, typeOf(initializer.entity(), row));
  }

  /** A lazy reference to an entity, or the managed instance if the context has it. */
  Object reference(EntityModel entity, Object key) {
    EntityKey entityKey = EntityKey.of(entity, key);
    Object held = session.context().instanceOrProxy(entityKey);
    if (held != null) {
      return held;
    }
    Class<?> type = entity.javaType();
    if (!EntityProxies.canProxy(type)) {
      Object loaded = find(entity, key);
      if (loaded == null) {
        throw new EntityNotFoundException(
            "Unable to find " + type.getName() + " with id " + EntityIds.idOfKey(entity, key));
      }
      return loaded;
    }
    Object id = EntityIds.idOfKey(entity, key);
    Object created =
        EntityProxies.create(type, new SessionLazyInitializer(session, entity, key, id, entity.idGetter()));
    session.context().addProxy(entityKey, created);
    return created;
  }

  // ---- References: what the row codec asks for ----

  @Override
  public Object keyOfReferenced(EntityModel target, Object instance, String attributePath, EntityModel owner) {
    LazyInitializer lazy = EntityProxies.initializerOf(instance);
    if (lazy instanceof SessionLazyInitializer ours) {
      return ours.key();
    }
    EntityEntry entry = session.context().entry(instance);
    if (entry != null && entry.key != null) {
      return entry.key;
    }
    EntityModel actual = session.factory().model().findEntity(instance.getClass());
    EntityModel type = actual != null ? actual : target;
    Object key = EntityIds.keyOfEntity(type, instance);
    if (key != null && entry == null && session.readRow(type, key) != null) {
      return key; // a detached instance: its id is all a foreign key needs
    }
    throw new IllegalStateException(
        "Entity '" + owner.name() + "' references an unsaved transient instance of '" + type.name()
            + "' through '" + attributePath + "'; persist it first or cascade PERSIST to it");
  }

  @Override
  public Object referenced(EntityModel target, Object key, boolean lazy) {
    if (lazy) {
      return reference(target, key);
    }
    EntityEntry entry = session.context().entry(EntityKey.of(target, key));
    if (entry != null) {
      return entry.instance;
    }
    Object loaded = find(target, key);
    if (loaded == null) {
      throw new EntityNotFoundException(
          "Unable to find " + target.javaType().getName() + " with id " + EntityIds.idOfKey(target, key));
    }
    return loaded;
  }

  @Override
  public Object inverseOne(ToOneMapping mapping, Object ownerKey) {
    List<Object> found = inverseRows(mapping.target(), mapping.mappedBy(), ownerKey);
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public Collection<Object> loadElements(Object owner, PluralMapping mapping, Object ownerKey, Object stored) {
    List<Object> elements;
    if (mapping.isOwning()) {
      elements = new ArrayList<>();
      if (stored instanceof Collection<?> keys) {
        for (Object key : keys) {
          elements.add(referenced(mapping.targetEntity(), key, false));
        }
      } else if (stored instanceof Map<?, ?> entries) {
        for (Object key : entries.values()) {
          elements.add(referenced(mapping.targetEntity(), key, false));
        }
      }
    } else {
      elements = inverseRows(mapping.targetEntity(), mapping.mappedBy(), ownerKey);
      if (mapping.orderColumn() != null && stored instanceof List<?> order) {
        // the owner remembers the order; elements it does not know yet go last, by key
        elements.sort(java.util.Comparator.comparingInt(element -> {
          int position = order.indexOf(EntityIds.keyOfEntity(mapping.targetEntity(), element));
          return position < 0 ? Integer.MAX_VALUE : position;
        }));
      }
    }
    if (mapping.orderBy() != null) {
      elements.sort(CollectionOrder.of(mapping.targetEntity(), mapping.orderBy()));
    }
    return elements;
  }

  @Override
  public Map<Object, Object> loadEntries(Object owner, PluralMapping mapping, Object ownerKey, Object stored) {
    Map<Object, Object> entries = new LinkedHashMap<>();
    if (mapping.isOwning() && stored instanceof KeyedReferences map && mapping.mapKey() == null) {
      for (Map.Entry<?, ?> entry : map.entries().entrySet()) {
        entries.put(mapping.keyConversion().toJava(entry.getKey()),
            referenced(mapping.targetEntity(), entry.getValue(), false));
      }
      return entries;
    }
    for (Object element : loadElements(owner, mapping, ownerKey, stored)) {
      Object mapKey = mapping.mapKey() == null || mapping.mapKey().isEmpty()
          ? EntityIds.idOf(mapping.targetEntity(), element)
          : mapping.targetEntity().requireAttribute(mapping.mapKey()).get(element);
      entries.put(mapKey, element);
    }
    return entries;
  }

  private List<Object> inverseRows(EntityModel target, String mappedBy, Object ownerKey) {
    Slot slot = target.layout().findSlot(target, mappedBy);
    if (slot == null) {
      return new ArrayList<>();
    }
    List<RowSnapshot> rows = session.rowsReferencing(target, slot.index(), ownerKey);
    rows.sort((a, b) -> StoredValues.compare(a.key(), b.key()));
    List<Object> instances = new ArrayList<>(rows.size());
    for (RowSnapshot row : rows) {
      if (target.isSupertypeOf(typeOf(target, row))) {
        Object instance = instanceFor(target, row);
        EntityEntry entry = session.context().entry(instance);
        if (entry == null || entry.isManaged()) {
          instances.add(instance);
        }
      }
    }
    return instances;
  }

  @Override
  public void checkOpenFor(String role) {
    if (!session.isOpen() && !session.factory().loadsAfterClose()) {
      throw new LazyInitializationException(
          "Failed to lazily initialize a collection of role '" + role
              + "': the entity manager that loaded it is closed; fetch it while it is open (JOIN FETCH,"
              + " an entity graph) or set memoryjpa.lazy.load-after-close=load");
    }
  }
}
