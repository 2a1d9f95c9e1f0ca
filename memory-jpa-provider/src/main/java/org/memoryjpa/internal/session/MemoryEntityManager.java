package org.memoryjpa.internal.session;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.ConnectionConsumer;
import jakarta.persistence.ConnectionFunction;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FindOption;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockOption;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.RefreshOption;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.metamodel.Metamodel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.memoryjpa.internal.metadata.CallbackType;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;

/**
 * memory-jpa's {@link EntityManager}: an application-managed, extended persistence context over the
 * factory's store, with resource-local transactions. Not thread-safe: one thread at a time, as the
 * spec says; the factory and the store behind it are shared safely.
 */
public class MemoryEntityManager implements EntityManager {

  private final MemoryEntityManagerFactory factory;
  private final PersistenceContext context = new PersistenceContext();
  // loader, transaction and locks are made on first need: a find in a fresh entity manager needs the
  // loader only, and many entity managers never lock
  private EntityLoader loader;
  private Map<String, Object> properties;
  private boolean ownsProperties;
  private MemoryEntityTransaction transaction;
  private Locks locks;
  private EntityCodec lastCodec;
  private FlushModeType flushMode = FlushModeType.AUTO;
  private CacheRetrieveMode cacheRetrieveMode = CacheRetrieveMode.USE;
  private CacheStoreMode cacheStoreMode = CacheStoreMode.USE;
  private boolean open = true;
  private int flushes; // numbers each flush, see Flusher
  private Consumer<Object> persistCascade;

  MemoryEntityManager(MemoryEntityManagerFactory factory, Map<?, ?> properties) {
    this.factory = factory;
    // the factory's properties are shared until this entity manager changes one (copy on write)
    this.properties = factory.getProperties();
    if (properties != null && !properties.isEmpty()) {
      Map<String, Object> own = ownProperties();
      properties.forEach((k, v) -> {
        if (k != null && v != null) {
          own.put(k.toString(), v);
        }
      });
    }
  }

  // ---- package-private collaborators ----

  MemoryEntityManagerFactory factory() {
    return factory;
  }

  PersistenceContext context() {
    return context;
  }

  EntityLoader loader() {
    EntityLoader made = loader;
    if (made == null) {
      made = new EntityLoader(this);
      loader = made;
    }
    return made;
  }

  Locks locks() {
    Locks made = locks;
    if (made == null) {
      made = new Locks(this);
      locks = made;
    }
    return made;
  }

  EntityCodec codec(EntityModel entity) {
    // a load and a flush ask for the codec of the same type a dozen times: the factory's map once
    EntityCodec last = lastCodec;
    if (last == null || last.entity() != entity) {
      last = factory.codec(entity);
      lastCodec = last;
    }
    return last;
  }

  Map<String, Object> properties() {
    return properties;
  }

  private Map<String, Object> ownProperties() {
    if (!ownsProperties) {
      properties = new HashMap<>(properties);
      ownsProperties = true;
    }
    return properties;
  }

  /** The store transaction of the active entity transaction, or null. */
  StoreTransaction storeTransaction() {
    return transaction == null ? null : transaction.storeTransaction();
  }

  /** A row as this entity manager sees it: its transaction's view, or the latest committed state. */
  RowSnapshot readRow(EntityModel entity, Object key) {
    StoreTransaction tx = storeTransaction();
    if (tx != null) {
      return tx.read(factory.table(entity), key);
    }
    return factory.readCommitted(entity, key);
  }

  /** Rows of {@code target}'s table whose slot references {@code key}, as this entity manager sees them. */
  List<RowSnapshot> rowsReferencing(EntityModel target, int slot, Object key) {
    return factory.rowsReferencing(storeTransaction(), target, slot, key);
  }

  // ---- persist ----

  @Override
  public void persist(Object entity) {
    checkOpen();
    EntityModel model = requireEntity(entity, "persist");
    guard(() -> {
      persistOne(model, entity);
      return null;
    });
  }

  void persistOne(EntityModel model, Object entity) {
    LazyInitializer lazy = EntityProxies.initializerOf(entity);
    if (lazy != null) {
      entity = lazy.implementation();
    }
    EntityEntry entry = context.entry(entity);
    if (entry != null) {
      if (entry.status == EntityStatus.REMOVED) {
        entry.status = EntityStatus.MANAGED; // persist undoes a remove, JPA 3.2.2
      }
      cascadePersist(entry);
      return;
    }
    persistNew(model, entity);
  }

  /** Persists an instance that is no proxy and that the context does not hold. */
  private void persistNew(EntityModel model, Object entity) {
    EntityCodec codec = factory.codec(model);
    deriveIds(codec, model, entity);
    Object key = EntityIds.keyOfEntity(model, entity);
    boolean generated = model.idGeneration() != null;
    if (generated && key != null && !isUnsavedPrimitive(model, entity)) {
      throw new EntityExistsException(
          "Detached entity passed to persist: '" + model.name() + "' with id '" + EntityIds.idOf(model, entity)
              + "' already has a generated id; use merge() for detached instances");
    }
    if (!generated && key == null) {
      throw new PersistenceException(
          "Ids of entity '" + model.name() + "' must be assigned before calling persist(); the id is null"
              + " and the id has no @GeneratedValue");
    }
    if (key != null && context.entry(EntityKey.of(model, key)) != null) {
      throw new EntityExistsException(
          "A different instance of '" + model.name() + "' with id '" + EntityIds.idOf(model, entity)
              + "' is already managed by this entity manager");
    }
    // As Hibernate: a sequence, table or UUID id is generated before @PrePersist runs, an identity
    // value only after it (a database would assign it at the insert).
    boolean identity = generated && model.idGeneration().strategy() == jakarta.persistence.GenerationType.IDENTITY;
    if (generated && !identity) {
      key = factory.idGenerators().generate(model, entity);
    }
    model.callbacks().invoke(CallbackType.PRE_PERSIST, entity);
    if (identity) {
      key = factory.idGenerators().generate(model, entity);
    }
    if (model.version() != null) {
      var version = (org.memoryjpa.internal.metadata.BasicMapping) model.version();
      version.set(entity, Versions.seed(version, version.get(entity)));
    }
    EntityEntry entry = new EntityEntry(entity, model, key);
    entry.useCodec(codec);
    context.add(entry, factory.contextSizeHint());
    cascadePersist(entry);
  }

  /**
   * Copies the ids of entities referenced through {@code @MapsId} into the id of a new instance (JPA
   * 2.4.1.2), persisting a referenced entity first when PERSIST cascades to it and it has no id yet.
   */
  private void deriveIds(EntityCodec codec, EntityModel model, Object entity) {
    List<ToOneMapping> mapsId = codec.mapsIdAttributes();
    for (int i = 0; i < mapsId.size(); i++) {
      ToOneMapping toOne = mapsId.get(i);
      Object target = toOne.get(entity);
      if (target == null) {
        continue; // the id stays unset, and persist says so
      }
      EntityModel targetModel = requireEntity(target, "persist");
      if (EntityIds.keyOfEntity(targetModel, target) == null && toOne.cascades(CascadeType.PERSIST)) {
        persistOne(targetModel, target);
      }
      Object targetId = EntityIds.idOf(targetModel, target);
      if (targetId != null) {
        EntityIds.assignDerivedId(model, entity, toOne.mapsId(), targetId);
      }
    }
  }

  private static boolean isUnsavedPrimitive(EntityModel model, Object entity) {
    Object id = EntityIds.idOf(model, entity);
    return id instanceof Number n && model.id().single().javaType().isPrimitive() && n.longValue() == 0;
  }

  private void cascadePersist(EntityEntry entry) {
    Cascades.forEachTarget(entry.codec(factory).persistCascades(), entry.instance, CascadeType.PERSIST, persistCascade());
  }

  /** {@link #persistAtFlush} as a consumer, made once rather than per cascading entity. */
  Consumer<Object> persistCascade() {
    Consumer<Object> cascade = persistCascade;
    if (cascade == null) {
      cascade = this::persistAtFlush;
      persistCascade = cascade;
    }
    return cascade;
  }

  /** Flush-time cascade: persists what became reachable through cascade-PERSIST associations. */
  void persistAtFlush(Object target) {
    EntityEntry entry = context.entry(target);
    if (entry == null && !EntityProxies.isProxy(target)) {
      persistNew(requireEntity(target, "persist"), target); // without persistOne's second lookup
    } else if (entry == null || entry.status == EntityStatus.REMOVED) {
      persistOne(requireEntity(target, "persist"), target);
    }
  }

  // ---- remove ----

  @Override
  public void remove(Object entity) {
    checkOpen();
    EntityModel model = requireEntity(entity, "remove");
    guard(() -> {
      Object instance = EntityProxies.unproxy(entity);
      EntityEntry entry = context.entry(instance);
      if (entry == null) {
        Object key = EntityIds.keyOfEntity(model, instance);
        if (key != null && readRow(model, key) != null) {
          throw new IllegalArgumentException(
              "Removing a detached instance of '" + model.name() + "' with id '"
                  + EntityIds.idOf(model, instance) + "'; find() or merge() it first");
        }
        // a new instance: ignored, but the operation still cascades
        Cascades.forEachTarget(model, instance, CascadeType.REMOVE, this::remove);
        return null;
      }
      if (entry.isManaged()) {
        removeManaged(entry);
      }
      return null;
    });
  }

  void removeManaged(EntityEntry entry) {
    entry.entity.callbacks().invoke(CallbackType.PRE_REMOVE, entry.instance);
    entry.status = EntityStatus.REMOVED;
    context.removalMarked();
    Cascades.forEachTarget(entry.entity, entry.instance, CascadeType.REMOVE, target -> {
      EntityEntry targetEntry = context.entry(EntityProxies.unproxy(target));
      if (targetEntry != null && targetEntry.isManaged()) {
        removeManaged(targetEntry);
      }
    });
  }

  // ---- merge ----

  @Override
  public <T> T merge(T entity) {
    checkOpen();
    EntityModel model = requireEntity(entity, "merge");
    return guard(() -> new Merger(this).merge(model, entity));
  }

  // ---- find and references ----

  @Override
  public <T> T find(Class<T> entityClass, Object primaryKey) {
    checkOpen();
    // the plain call: no lock to take, no options to read, no graph to fetch
    return findWith(entityClass, primaryKey, LockRequest.NONE);
  }

  @Override
  public <T> T find(Class<T> entityClass, Object primaryKey, Map<String, Object> properties) {
    return find(entityClass, primaryKey, LockModeType.NONE, properties);
  }

  @Override
  public <T> T find(Class<T> entityClass, Object primaryKey, LockModeType lockMode) {
    return find(entityClass, primaryKey, lockMode, null);
  }

  @Override
  public <T> T find(Class<T> entityClass, Object primaryKey, LockModeType lockMode, Map<String, Object> properties) {
    checkOpen();
    T found = findWith(entityClass, primaryKey, LockRequest.of(lockMode, properties));
    if (found != null && properties != null) {
      // the fetchgraph/loadgraph hints: load what the graph names, as Hibernate's find does
      new GraphFetch().apply(found, GraphFetch.of(properties));
    }
    return found;
  }

  @Override
  public <T> T find(Class<T> entityClass, Object primaryKey, FindOption... options) {
    checkOpen();
    return findWith(entityClass, primaryKey, LockRequest.ofOptions(LockModeType.NONE, (Object[]) options));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T find(EntityGraph<T> entityGraph, Object primaryKey, FindOption... options) {
    checkOpen();
    if (entityGraph == null) {
      throw new IllegalArgumentException("The entity graph passed to find() is null");
    }
    if (!(entityGraph instanceof org.memoryjpa.internal.graph.MemoryEntityGraph<?> graph)) {
      throw new IllegalArgumentException("The entity graph passed to find() was not created by memory-jpa");
    }
    Class<T> type = (Class<T>) graph.entityType().javaType();
    T found = findWith(type, primaryKey, LockRequest.ofOptions(LockModeType.NONE, (Object[]) options));
    new GraphFetch().apply(found, graph);
    return found;
  }

  private <T> T findWith(Class<T> entityClass, Object primaryKey, LockRequest lock) {
    if (entityClass == null) {
      throw new IllegalArgumentException("The entity class passed to find() is null");
    }
    EntityModel model = factory.model().requireEntity(entityClass);
    if (primaryKey == null) {
      throw new IllegalArgumentException("The id passed to find() for entity '" + model.name() + "' is null");
    }
    Object key = EntityIds.keyOfId(model, primaryKey);
    // not through guard(): find is the hottest call, and a capturing lambda per call shows in its cost
    try {
      if (lock.mode() != LockModeType.NONE) {
        locks().requireTransaction("find with lock mode " + lock.mode());
      }
      if (lock.isPessimistic()) {
        locks().lockRow(model, key, lock);
      }
      Object found = loader().find(model, key);
      if (found != null && lock.mode() != LockModeType.NONE) {
        locks().apply(context.entry(EntityProxies.unproxy(found)), lock, false);
      }
      return entityClass.cast(found);
    } catch (PersistenceException e) {
      throw failed(e);
    }
  }

  @Override
  public <T> T getReference(Class<T> entityClass, Object primaryKey) {
    checkOpen();
    if (entityClass == null) {
      throw new IllegalArgumentException("The entity class passed to getReference() is null");
    }
    EntityModel model = factory.model().requireEntity(entityClass);
    if (primaryKey == null) {
      throw new IllegalArgumentException("The id passed to getReference() for '" + model.name() + "' is null");
    }
    return entityClass.cast(loader().reference(model, EntityIds.keyOfId(model, primaryKey)));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getReference(T entity) {
    checkOpen();
    EntityModel model = requireEntity(entity, "getReference");
    Object key = EntityIds.keyOfEntity(model, entity);
    if (key == null) {
      throw new IllegalArgumentException("The instance of '" + model.name() + "' passed to getReference() has no id");
    }
    return (T) loader().reference(model, key);
  }

  // ---- flush, refresh, detach, clear, contains ----

  @Override
  public void flush() {
    checkOpen();
    StoreTransaction tx = storeTransaction();
    if (tx == null) {
      throw new TransactionRequiredException("No transaction is in progress; flush() needs one");
    }
    guard(() -> {
      doFlush();
      return null;
    });
  }

  void doFlush() {
    if (++flushes == 0) {
      flushes = 1; // 0 marks an entry no flush inserted
    }
    new Flusher(this, storeTransaction(), flushes).flush();
  }

  /** Flushes before a query when the flush mode is AUTO and there is something to flush. */
  public void autoFlush() {
    if (flushMode == FlushModeType.AUTO && storeTransaction() != null) {
      doFlush();
    }
  }

  @Override
  public void setFlushMode(FlushModeType flushMode) {
    checkOpen();
    if (flushMode == null) {
      throw new IllegalArgumentException("The flush mode must not be null");
    }
    this.flushMode = flushMode;
  }

  @Override
  public FlushModeType getFlushMode() {
    checkOpen();
    return flushMode;
  }

  @Override
  public void refresh(Object entity) {
    refreshWith(entity, LockRequest.NONE);
  }

  @Override
  public void refresh(Object entity, Map<String, Object> properties) {
    refreshWith(entity, LockRequest.of(LockModeType.NONE, properties));
  }

  @Override
  public void refresh(Object entity, LockModeType lockMode) {
    refreshWith(entity, LockRequest.of(lockMode, null));
  }

  @Override
  public void refresh(Object entity, LockModeType lockMode, Map<String, Object> properties) {
    refreshWith(entity, LockRequest.of(lockMode, properties));
  }

  @Override
  public void refresh(Object entity, RefreshOption... options) {
    refreshWith(entity, LockRequest.ofOptions(LockModeType.NONE, (Object[]) options));
  }

  private void refreshWith(Object entity, LockRequest lock) {
    checkOpen();
    requireEntity(entity, "refresh");
    guard(() -> {
      EntityEntry entry = requireManaged(entity, "refresh");
      if (lock.mode() != LockModeType.NONE) {
        locks().requireTransaction("refresh with lock mode " + lock.mode());
      }
      if (lock.isPessimistic()) {
        locks().lockRow(entry.entity, entry.key, lock);
      }
      refreshManaged(entry);
      if (lock.mode() != LockModeType.NONE) {
        locks().apply(entry, lock, false);
      }
      return null;
    });
  }

  void refreshManaged(EntityEntry entry) {
    refreshManaged(entry, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  /**
   * Refreshes an entity and, first, what it cascades REFRESH to, as Hibernate does: the targets are
   * those it holds before the reload, whose collections come back unloaded. Each entity once.
   */
  private void refreshManaged(EntityEntry entry, java.util.Set<Object> refreshed) {
    if (!refreshed.add(entry.instance)) {
      return;
    }
    if (!entry.existsInStore) {
      throw new jakarta.persistence.EntityNotFoundException(
          "Cannot refresh '" + entry.entity.name() + "#" + EntityIds.idOfKey(entry.entity, entry.key)
              + "': it is not in the database yet; flush first");
    }
    Cascades.forEachTarget(entry.entity, entry.instance, CascadeType.REFRESH, target -> {
      EntityEntry targetEntry = context.entry(EntityProxies.unproxy(target));
      if (targetEntry != null && targetEntry.isManaged() && targetEntry.existsInStore) {
        refreshManaged(targetEntry, refreshed);
      }
    });
    loader().reload(entry);
  }

  @Override
  public void clear() {
    checkOpen();
    context.clear();
  }

  @Override
  public void detach(Object entity) {
    checkOpen();
    requireEntity(entity, "detach");
    detachOne(EntityProxies.unproxy(entity));
  }

  private void detachOne(Object instance) {
    EntityEntry entry = context.entry(instance);
    if (entry == null) {
      return;
    }
    context.remove(entry);
    Cascades.forEachTarget(entry.entity, instance, CascadeType.DETACH,
        target -> detachOne(EntityProxies.unproxy(target)));
  }

  @Override
  public boolean contains(Object entity) {
    checkOpen();
    requireEntity(entity, "contains");
    Object instance = entity;
    LazyInitializer lazy = EntityProxies.initializerOf(entity);
    if (lazy instanceof SessionLazyInitializer ours) {
      EntityKey key = EntityKey.of(ours.entity(), ours.key());
      EntityEntry entry = context.entry(key);
      // once the instance behind the reference is known, its state decides (a removed one is not contained)
      return entry != null ? entry.isManaged() : context.proxy(key) == entity;
    }
    EntityEntry entry = context.entry(instance);
    return entry != null && entry.isManaged();
  }

  // ---- locks ----

  @Override
  public void lock(Object entity, LockModeType lockMode) {
    lockWith(entity, LockRequest.of(lockMode, null));
  }

  @Override
  public void lock(Object entity, LockModeType lockMode, Map<String, Object> properties) {
    lockWith(entity, LockRequest.of(lockMode, properties));
  }

  @Override
  public void lock(Object entity, LockModeType lockMode, LockOption... options) {
    lockWith(entity, LockRequest.ofOptions(lockMode, (Object[]) options));
  }

  private void lockWith(Object entity, LockRequest lock) {
    checkOpen();
    requireEntity(entity, "lock");
    guard(() -> {
      locks().requireTransaction("lock()");
      EntityEntry entry = requireManaged(entity, "lock");
      if (lock.isPessimistic()) {
        locks().lockRow(entry.entity, entry.key, lock);
      }
      locks().apply(entry, lock, true);
      return null;
    });
  }

  @Override
  public LockModeType getLockMode(Object entity) {
    checkOpen();
    requireEntity(entity, "getLockMode");
    locks().requireTransaction("getLockMode()");
    return requireManaged(entity, "getLockMode").lockMode;
  }

  // ---- properties and cache modes ----

  @Override
  public void setCacheRetrieveMode(CacheRetrieveMode cacheRetrieveMode) {
    checkOpen();
    this.cacheRetrieveMode = cacheRetrieveMode;
  }

  @Override
  public void setCacheStoreMode(CacheStoreMode cacheStoreMode) {
    checkOpen();
    this.cacheStoreMode = cacheStoreMode;
  }

  @Override
  public CacheRetrieveMode getCacheRetrieveMode() {
    checkOpen();
    return cacheRetrieveMode;
  }

  @Override
  public CacheStoreMode getCacheStoreMode() {
    checkOpen();
    return cacheStoreMode;
  }

  @Override
  public void setProperty(String propertyName, Object value) {
    checkOpen();
    if (propertyName == null) {
      throw new IllegalArgumentException("The property name must not be null");
    }
    if (value == null) {
      ownProperties().remove(propertyName);
    } else {
      ownProperties().put(propertyName, value);
    }
    if (ConfigurationKeys.LOCK_TIMEOUT_KEY.equals(propertyName)) {
      LockRequest.timeoutOf(properties);
    }
  }

  @Override
  public Map<String, Object> getProperties() {
    return java.util.Collections.unmodifiableMap(properties);
  }

  // ---- queries ----

  @Override
  public Query createQuery(String qlString) {
    checkOpen();
    return factory.queries().createUntypedQuery(this, qlString);
  }

  @Override
  public <T> TypedQuery<T> createQuery(String qlString, Class<T> resultClass) {
    checkOpen();
    return factory.queries().createQuery(this, qlString, resultClass);
  }

  @Override
  public <T> TypedQuery<T> createQuery(CriteriaQuery<T> criteriaQuery) {
    checkOpen();
    return factory.queries().createQuery(this, criteriaQuery);
  }

  @Override
  public <T> TypedQuery<T> createQuery(CriteriaSelect<T> selectQuery) {
    checkOpen();
    return factory.queries().createQuery(this, selectQuery);
  }

  @Override
  public Query createQuery(CriteriaUpdate<?> updateQuery) {
    checkOpen();
    return factory.queries().createQuery(this, updateQuery);
  }

  @Override
  public Query createQuery(CriteriaDelete<?> deleteQuery) {
    checkOpen();
    return factory.queries().createQuery(this, deleteQuery);
  }

  @Override
  public Query createNamedQuery(String name) {
    checkOpen();
    return factory.queries().createNamedQuery(this, name, Object.class);
  }

  @Override
  public <T> TypedQuery<T> createNamedQuery(String name, Class<T> resultClass) {
    checkOpen();
    return factory.queries().createNamedQuery(this, name, resultClass);
  }

  @Override
  public <T> TypedQuery<T> createQuery(TypedQueryReference<T> reference) {
    checkOpen();
    if (reference == null) {
      throw new IllegalArgumentException("The query reference must not be null");
    }
    @SuppressWarnings("unchecked")
    Class<T> resultType = (Class<T>) reference.getResultType();
    return factory.queries().createNamedQuery(this, reference.getName(), resultType);
  }

  @Override
  public Query createNativeQuery(String sqlString) {
    checkOpen();
    throw NoDatabase.nativeQuery();
  }

  @Override
  public Query createNativeQuery(String sqlString, @SuppressWarnings("rawtypes") Class resultClass) {
    checkOpen();
    throw NoDatabase.nativeQuery();
  }

  @Override
  public Query createNativeQuery(String sqlString, String resultSetMapping) {
    checkOpen();
    throw NoDatabase.nativeQuery();
  }

  @Override
  public StoredProcedureQuery createNamedStoredProcedureQuery(String name) {
    checkOpen();
    throw NoDatabase.storedProcedure();
  }

  @Override
  public StoredProcedureQuery createStoredProcedureQuery(String procedureName) {
    checkOpen();
    throw NoDatabase.storedProcedure();
  }

  @Override
  public StoredProcedureQuery createStoredProcedureQuery(String procedureName, @SuppressWarnings("rawtypes") Class... resultClasses) {
    checkOpen();
    throw NoDatabase.storedProcedure();
  }

  @Override
  public StoredProcedureQuery createStoredProcedureQuery(String procedureName, String... resultSetMappings) {
    checkOpen();
    throw NoDatabase.storedProcedure();
  }

  // ---- transactions and lifecycle ----

  @Override
  public void joinTransaction() {
    checkOpen();
    if (factory.getTransactionType() == jakarta.persistence.PersistenceUnitTransactionType.JTA) {
      throw new TransactionRequiredException(
          "No JTA transaction is active; memory-jpa has no JTA integration, use RESOURCE_LOCAL");
    }
    // resource-local: nothing to join, as Hibernate does (it only logs a warning)
  }

  @Override
  public boolean isJoinedToTransaction() {
    checkOpen();
    return transaction != null && transaction.isActive();
  }

  @Override
  public <T> T unwrap(Class<T> cls) {
    checkOpen();
    if (cls == null) {
      throw new PersistenceException("Cannot unwrap to null");
    }
    if (cls.isInstance(this)) {
      return cls.cast(this);
    }
    if (cls.isInstance(factory)) {
      return cls.cast(factory);
    }
    if (cls.isInstance(factory.storeAdministration())) {
      return cls.cast(factory.storeAdministration());
    }
    throw new PersistenceException(
        "Cannot unwrap the entity manager to '" + cls.getName() + "'; memory-jpa offers EntityManager,"
            + " MemoryEntityManager, EntityManagerFactory and org.memoryjpa.Store");
  }

  @Override
  public Object getDelegate() {
    checkOpen();
    return this;
  }

  /** Closing an entity manager twice, or once its factory was closed, is harmless, as in Hibernate. */
  @Override
  public void close() {
    if (!open) {
      return; // as Hibernate: closing twice is harmless
    }
    open = false;
    if (transaction == null || !transaction.isActive()) {
      context.clear();
    }
  }

  /** False once closed, or once its factory is: the spec then considers every entity manager closed. */
  @Override
  public boolean isOpen() {
    return open && factory.isOpen();
  }

  @Override
  public EntityTransaction getTransaction() {
    if (factory.getTransactionType() == jakarta.persistence.PersistenceUnitTransactionType.JTA) {
      throw new IllegalStateException("A JTA entity manager cannot use getTransaction()");
    }
    if (transaction == null) {
      transaction = new MemoryEntityTransaction(this);
    }
    return transaction;
  }

  /** Called when the transaction ended and the entity manager was closed before that. */
  void transactionEnded() {
    if (!open) {
      context.clear();
    }
  }

  @Override
  public EntityManagerFactory getEntityManagerFactory() {
    checkOpen();
    return factory;
  }

  @Override
  public CriteriaBuilder getCriteriaBuilder() {
    checkOpen();
    return factory.getCriteriaBuilder();
  }

  @Override
  public Metamodel getMetamodel() {
    checkOpen();
    return factory.getMetamodel();
  }

  @Override
  public <T> EntityGraph<T> createEntityGraph(Class<T> rootType) {
    checkOpen();
    return factory.graphs().createEntityGraph(rootType);
  }

  @Override
  public EntityGraph<?> createEntityGraph(String graphName) {
    checkOpen();
    return factory.graphs().createEntityGraph(graphName);
  }

  @Override
  public EntityGraph<?> getEntityGraph(String graphName) {
    checkOpen();
    return factory.graphs().getEntityGraph(graphName);
  }

  @Override
  public <T> List<EntityGraph<? super T>> getEntityGraphs(Class<T> entityClass) {
    checkOpen();
    return factory.graphs().getEntityGraphs(entityClass);
  }

  @Override
  public <C> void runWithConnection(ConnectionConsumer<C> action) {
    checkOpen();
    throw NoDatabase.connection();
  }

  @Override
  public <C, T> T callWithConnection(ConnectionFunction<C, T> function) {
    checkOpen();
    throw NoDatabase.connection();
  }

  // ---- checks ----

  void checkOpen() {
    if (!open) {
      throw new IllegalStateException("The entity manager is closed");
    }
    if (!factory.isOpen()) {
      throw new IllegalStateException(
          "The entity manager is closed: its factory '" + factory.getName() + "' was closed");
    }
  }

  EntityModel requireEntity(Object entity, String operation) {
    if (entity == null) {
      throw new IllegalArgumentException("The instance passed to " + operation + "() is null");
    }
    EntityModel model = factory.model().findEntity(EntityProxies.entityClassOf(entity));
    if (model == null) {
      throw new IllegalArgumentException(
          "'" + entity.getClass().getName() + "' passed to " + operation + "() is not an entity of"
              + " persistence unit '" + factory.getName() + "'");
    }
    return model;
  }

  private EntityEntry requireManaged(Object entity, String operation) {
    Object instance = entity;
    LazyInitializer lazy = EntityProxies.initializerOf(entity);
    if (lazy instanceof SessionLazyInitializer ours && context.proxy(EntityKey.of(ours.entity(), ours.key())) == entity) {
      instance = lazy.implementation();
    }
    EntityEntry entry = context.entry(instance);
    if (entry == null || !entry.isManaged()) {
      throw new IllegalArgumentException(
          "The instance of '" + EntityProxies.entityClassOf(entity).getSimpleName() + "' passed to "
              + operation + "() is not managed by this entity manager");
    }
    return entry;
  }

  /**
   * Runs an operation and, when it fails with a persistence exception, marks the active transaction
   * for rollback, as JPA 3.2 §3.10.13 requires (except for the exceptions it names).
   */
  <T> T guard(java.util.function.Supplier<T> operation) {
    try {
      return operation.get();
    } catch (PersistenceException e) {
      throw failed(e);
    }
  }

  /** Marks the active transaction for rollback when {@code e} requires it; returns {@code e} to rethrow. */
  PersistenceException failed(PersistenceException e) {
    if (transaction != null && transaction.isActive() && !(e instanceof jakarta.persistence.NoResultException
        || e instanceof jakarta.persistence.NonUniqueResultException
        || e instanceof jakarta.persistence.LockTimeoutException
        || e instanceof jakarta.persistence.QueryTimeoutException)) {
      transaction.markRollbackOnly();
    }
    return e;
  }

  /** Used by lock handling: the entity manager's effective lock timeout. */
  long lockTimeout(LockRequest lock) {
    if (lock.timeoutMillis() >= 0) {
      return lock.timeoutMillis();
    }
    long fromProperties = LockRequest.timeoutOf(properties);
    return fromProperties >= 0 ? fromProperties : factory.defaultLockTimeout();
  }

  /** Keys used by this class. */
  private static final class ConfigurationKeys {
    static final String LOCK_TIMEOUT_KEY = org.memoryjpa.ConfigurationKeys.LOCK_TIMEOUT;
  }
}
