package org.memoryjpa.internal.session;

import java.util.List;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.proxy.PersistentCollection;
import org.memoryjpa.internal.query.eval.QuerySession;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;

/**
 * The session's side of a query run: hands rows to the persistence context (so a query never returns a
 * second instance of an entity the context holds, and returns the reference the context handed out,
 * as {@code find} does), turns entity parameters into keys, builds embeddables and fills fetch joins.
 * One per query run; confined to the entity manager's thread.
 */
final class QueryBridge implements QuerySession {

  private final MemoryEntityManager session;
  private final boolean tracksLoaded;
  // made when the first instance is loaded: a run that finds everything in the context needs none
  private java.util.Set<Object> loaded;

  private final long timeoutMillis;

  /**
   * A bridge for one run: {@code timeoutMillis} its query timeout (0: none); {@code tracksLoaded} for a
   * run that locks pessimistically, which must know which instances it loaded itself ({@link #loaded}).
   */
  QueryBridge(MemoryEntityManager session, long timeoutMillis, boolean tracksLoaded) {
    this.session = session;
    this.timeoutMillis = timeoutMillis;
    this.tracksLoaded = tracksLoaded;
  }

  @Override
  public long timeoutMillis() {
    return timeoutMillis;
  }

  /**
   * Whether this run loaded {@code instance} into the context (rather than finding it there); known
   * only to a bridge that tracks them.
   */
  boolean loaded(Object instance) {
    return loaded != null && loaded.contains(instance);
  }

  @Override
  public Object entity(EntityModel declared, RowSnapshot row) {
    EntityKey key = EntityKey.of(declared, row.key());
    EntityEntry entry = session.context().entry(key);
    Object instance = session.loader().instanceFor(declared, row, entry);
    if (tracksLoaded && entry == null) {
      if (loaded == null) {
        loaded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      }
      loaded.add(instance);
    }
    Object proxy = session.context().proxy(key);
    if (proxy != null && declared.javaType().isInstance(proxy)) {
      return proxy; // as Hibernate: the context already handed out this reference
    }
    return instance;
  }

  @Override
  public Object keyOf(EntityModel entity, Object instance) {
    EntityModel actual = session.factory().model().findEntity(EntityProxies.entityClassOf(instance));
    if (actual == null) {
      throw new IllegalArgumentException("A '" + instance.getClass().getName() + "' was bound where an entity '"
          + entity.name() + "' is expected");
    }
    EntityEntry entry = session.context().entry(EntityProxies.unproxy(instance));
    Object key = entry != null && entry.key != null ? entry.key : EntityIds.keyOfEntity(actual, instance);
    if (key == null) {
      throw new IllegalArgumentException("The instance of '" + actual.name() + "' bound as a query parameter has no"
          + " id yet; persist and flush it first");
    }
    return key;
  }

  @Override
  public Object embedded(EntityModel owner, RowSnapshot row, String path) {
    EntityModel concrete = session.loader().typeOf(owner, row);
    return session.codec(concrete).embedded(path, row.key(), row.copyValues(), session.loader());
  }

  @Override
  public Object element(EmbeddableModel embeddable, List<?> stored) {
    return ElementCodec.javaEmbeddable(embeddable, stored);
  }

  @Override
  public void fetch(EntityModel entity, Object instance, String path) {
    Object current = EntityProxies.unproxy(instance);
    ManagedTypeModel type = session.factory().model().findEntity(current.getClass());
    String[] names = path.split("\\.");
    for (int i = 0; i < names.length && current != null && type != null; i++) {
      AttributeMapping attribute = type.findAttribute(names[i]);
      if (attribute == null) {
        return;
      }
      Object value = attribute.get(current);
      if (i == names.length - 1) {
        if (value instanceof PersistentCollection collection) {
          collection.initialize();
        } else if (value != null) {
          LazyInitializer lazy = EntityProxies.initializerOf(value);
          if (lazy != null) {
            lazy.implementation();
          }
        }
        return;
      }
      current = value;
      type = value == null ? null : session.factory().model().findManagedType(value.getClass());
    }
  }

  @Override
  public Object storedMapKey(List<?> storedKeys, int position) {
    return storedKeys instanceof KeyedReferences keyed ? keyed.mapKeyAt(position) : null;
  }

  @Override
  public StoreTransaction transaction() {
    return session.storeTransaction();
  }
}
