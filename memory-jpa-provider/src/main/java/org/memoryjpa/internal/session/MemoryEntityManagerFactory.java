package org.memoryjpa.internal.session;

import jakarta.persistence.Cache;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Query;
import jakarta.persistence.SchemaManager;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.metamodel.Metamodel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.Store;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.store.Database;
import org.memoryjpa.internal.store.ReadView;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;
import org.memoryjpa.internal.store.Table;
import org.memoryjpa.internal.store.TableSchema;

/**
 * memory-jpa's {@link EntityManagerFactory}: the mapping model, the metamodel and the store of one
 * persistence unit, and the factory of its entity managers. A plain class (not a proxy), as Spring
 * requires; thread-safe. Closing it releases a private store; a named store outlives it.
 */
public class MemoryEntityManagerFactory implements EntityManagerFactory {

  private final String name;
  private final Map<String, Object> properties;
  private final PersistenceUnitTransactionType transactionType;
  private final DomainModel model;
  private final Metamodel metamodel;
  private final Database database;
  private final boolean privateStore;
  private final Map<EntityModel, Table> tables;
  private final Map<EntityModel, EntityCodec> codecs = new ConcurrentHashMap<>();
  private final IdGenerators idGenerators;
  private final EntityValidator validator;
  private final NamedEntityGraphRegistry graphs;
  private final Queries queries;
  private final MemoryPersistenceUnitUtil persistenceUnitUtil;
  private final StoreAdministration storeAdministration;
  private final long defaultLockTimeout;
  private final boolean loadsAfterClose;
  private final boolean hasOrphanRemoval;
  private volatile boolean open = true;
  private final TableLookup tableLookup = new TableLookup();
  private final ContextSizeHint contextSizeHint = new ContextSizeHint();

  /** Everything a factory is built from; the bootstrap assembles it. */
  public record Parts(
      String name,
      Map<String, Object> properties,
      PersistenceUnitTransactionType transactionType,
      DomainModel model,
      Metamodel metamodel,
      Database database,
      boolean privateStore,
      NamedEntityGraphRegistry graphs,
      Object validatorFactory) {}

  public MemoryEntityManagerFactory(Parts parts) {
    this.name = parts.name();
    this.properties = Collections.unmodifiableMap(parts.properties());
    this.transactionType = parts.transactionType();
    this.model = parts.model();
    this.metamodel = parts.metamodel();
    this.database = parts.database();
    this.privateStore = parts.privateStore();
    this.graphs = parts.graphs();
    Map<EntityModel, TableSchema> schemas = StoreSchemas.of(model);
    List<Table> defined = database.defineTables(schemas.values());
    Map<EntityModel, Table> byRoot = new java.util.HashMap<>();
    List<EntityModel> roots = new ArrayList<>(schemas.keySet());
    for (int i = 0; i < roots.size(); i++) {
      byRoot.put(roots.get(i), defined.get(i));
    }
    this.tables = Map.copyOf(byRoot);
    this.idGenerators = new IdGenerators(database, tableLookup);
    this.validator = parts.validatorFactory() == null ? EntityValidator.NONE
        : BeanValidation.validator(parts.validatorFactory(), properties);
    this.queries = new Queries(this);
    this.persistenceUnitUtil = new MemoryPersistenceUnitUtil(this);
    this.storeAdministration = new StoreAdministration(this);
    this.defaultLockTimeout = longSetting(ConfigurationKeys.LOCK_TIMEOUT,
        longSetting(ConfigurationKeys.DEFAULT_LOCK_TIMEOUT, database.lockWaitCapMillis()));
    this.hasOrphanRemoval = anyOrphanRemoval(model);
    this.loadsAfterClose = "load".equalsIgnoreCase(String.valueOf(properties.get(ConfigurationKeys.LAZY_LOAD_AFTER_CLOSE)));
  }

  // a loop, not a stream: the first factory of a fresh JVM runs this, and every lambda it meets first
  // costs an invokedynamic bootstrap (cold start, issue 6)
  private static boolean anyOrphanRemoval(DomainModel model) {
    for (EntityModel entity : model.entities()) {
      for (AttributeMapping a : entity.attributes()) {
        if (a instanceof PluralMapping p ? p.isOrphanRemoval() : a instanceof ToOneMapping t && t.isOrphanRemoval()) {
          return true;
        }
      }
    }
    return false;
  }

  private long longSetting(String key, long fallback) {
    Object value = properties.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Setting '" + key + "' must be a number of milliseconds");
    }
  }

  // ---- package-private collaborators ----

  DomainModel model() {
    return model;
  }

  Database database() {
    return database;
  }

  Table table(EntityModel entity) {
    return tables.get(entity.root());
  }

  /** {@link #table} as a function, for the id generators and the query planner. */
  java.util.function.Function<EntityModel, Table> tableLookup() {
    return tableLookup;
  }

  /**
   * {@link #table} as a function: a class, not {@code this::table}, since every bootstrap makes it,
   * and a method reference's first call spins a class.
   */
  private final class TableLookup implements java.util.function.Function<EntityModel, Table> {
    @Override
    public Table apply(EntityModel entity) {
      return table(entity);
    }
  }

  EntityCodec codec(EntityModel entity) {
    // get first: computeIfAbsent locks the bin when the key is not its first node, on every call
    EntityCodec codec = codecs.get(entity);
    return codec != null ? codec : codecs.computeIfAbsent(entity, EntityCodec::new);
  }

  /** How large this factory's last large persistence context grew (see {@link ContextSizeHint}). */
  ContextSizeHint contextSizeHint() {
    return contextSizeHint;
  }

  IdGenerators idGenerators() {
    return idGenerators;
  }

  EntityValidator validator() {
    return validator;
  }

  /** Whether Bean Validation runs on this factory's entities. */
  boolean validates() {
    return validator != EntityValidator.NONE;
  }

  /** Whether any entity has an association with orphan removal; flush skips its orphan passes if not. */
  boolean hasOrphanRemoval() {
    return hasOrphanRemoval;
  }

  NamedEntityGraphRegistry graphs() {
    return graphs;
  }

  Queries queries() {
    return queries;
  }

  Store storeAdministration() {
    return storeAdministration;
  }

  long defaultLockTimeout() {
    return defaultLockTimeout;
  }

  boolean loadsAfterClose() {
    return loadsAfterClose;
  }

  /** The latest committed row, read outside any transaction. */
  RowSnapshot readCommitted(EntityModel entity, Object key) {
    return table(entity).readCommitted(key);
  }

  /** Rows referencing a key through a slot, as {@code tx} (or, when null, the committed state) sees them. */
  List<RowSnapshot> rowsReferencing(StoreTransaction tx, EntityModel target, int slot, Object key) {
    StoreTransaction reader = tx != null ? tx : database.begin();
    try (ReadView view = reader.readView()) {
      return new ArrayList<>(view.findByReference(table(target), slot, key).toList());
    } finally {
      if (tx == null) {
        reader.rollback();
      }
    }
  }

  // ---- EntityManagerFactory ----

  @Override
  public EntityManager createEntityManager() {
    return createEntityManager((Map<?, ?>) null);
  }

  @Override
  public EntityManager createEntityManager(Map<?, ?> map) {
    checkOpen();
    return new MemoryEntityManager(this, map);
  }

  @Override
  public EntityManager createEntityManager(SynchronizationType synchronizationType) {
    return createEntityManager(synchronizationType, null);
  }

  @Override
  public EntityManager createEntityManager(SynchronizationType synchronizationType, Map<?, ?> map) {
    checkOpen();
    if (transactionType == PersistenceUnitTransactionType.RESOURCE_LOCAL) {
      // the Javadoc: IllegalStateException for a resource-local factory, whichever type; Hibernate agrees
      throw new IllegalStateException(
          "Cannot create an entity manager of synchronization type " + synchronizationType
              + " in persistence unit '" + name + "': it is RESOURCE_LOCAL, and synchronization types apply"
              + " to JTA entity managers only; call createEntityManager() or createEntityManager(Map)");
    }
    return new MemoryEntityManager(this, map);
  }

  @Override
  public CriteriaBuilder getCriteriaBuilder() {
    checkOpen();
    return queries.criteriaBuilder();
  }

  @Override
  public Metamodel getMetamodel() {
    checkOpen();
    return metamodel;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    if (!open) {
      return; // as Hibernate: closing twice is harmless
    }
    open = false;
    if (privateStore) {
      database.clear();
    }
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public Map<String, Object> getProperties() {
    checkOpen();
    return properties;
  }

  @Override
  public Cache getCache() {
    checkOpen();
    return MemoryCache.INSTANCE;
  }

  @Override
  public PersistenceUnitUtil getPersistenceUnitUtil() {
    checkOpen();
    return persistenceUnitUtil;
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    checkOpen();
    return transactionType;
  }

  @Override
  public SchemaManager getSchemaManager() {
    checkOpen();
    return new MemorySchemaManager(this);
  }

  @Override
  public void addNamedQuery(String queryName, Query query) {
    checkOpen();
    queries.addNamedQuery(queryName, query);
  }

  @Override
  public <T> T unwrap(Class<T> cls) {
    if (cls != null && cls.isInstance(this)) {
      return cls.cast(this);
    }
    if (cls != null && cls.isInstance(storeAdministration)) {
      return cls.cast(storeAdministration);
    }
    throw new jakarta.persistence.PersistenceException(
        "Cannot unwrap the entity manager factory to '" + (cls == null ? "null" : cls.getName())
            + "'; memory-jpa offers EntityManagerFactory, MemoryEntityManagerFactory and org.memoryjpa.Store");
  }

  @Override
  public <T> void addNamedEntityGraph(String graphName, EntityGraph<T> entityGraph) {
    checkOpen();
    graphs.addNamedEntityGraph(graphName, entityGraph);
  }

  @Override
  public <R> Map<String, TypedQueryReference<R>> getNamedQueries(Class<R> resultType) {
    checkOpen();
    return queries.namedQueries(resultType);
  }

  @Override
  public <E> Map<String, EntityGraph<? extends E>> getNamedEntityGraphs(Class<E> entityType) {
    checkOpen();
    return graphs.getNamedEntityGraphs(entityType);
  }

  @Override
  public void runInTransaction(Consumer<EntityManager> work) {
    callInTransaction(em -> {
      work.accept(em);
      return null;
    });
  }

  @Override
  public <R> R callInTransaction(Function<EntityManager, R> work) {
    checkOpen();
    try (EntityManager em = createEntityManager()) {
      var tx = em.getTransaction();
      tx.begin();
      R result;
      try {
        result = work.apply(em);
      } catch (RuntimeException | Error e) {
        if (tx.isActive()) {
          tx.rollback();
        }
        throw e;
      }
      if (tx.isActive()) {
        if (tx.getRollbackOnly()) {
          tx.rollback();
        } else {
          tx.commit();
        }
      }
      return result;
    }
  }

  /**
   * The Bean Validation factory for a unit, or null when validation is off (mode NONE) or, in mode
   * AUTO, when no Bean Validation provider is present.
   */
  public static Object validatorFactoryFor(
      jakarta.persistence.ValidationMode mode, Map<String, Object> properties, ClassLoader loader) {
    if (mode == jakarta.persistence.ValidationMode.NONE) {
      return null;
    }
    boolean required = mode == jakarta.persistence.ValidationMode.CALLBACK;
    if (!beanValidationPresent(loader)) {
      if (required) {
        throw new jakarta.persistence.PersistenceException(
            "Validation mode CALLBACK needs jakarta.validation and a provider on the class path");
      }
      return null;
    }
    return BeanValidation.factoryFor(properties, required);
  }

  /**
   * Whether a Bean Validation API is on the class path; checked here, not in {@link BeanValidation},
   * because loading that class already needs the API. Remembered per class loader: a failed lookup
   * costs tens of microseconds on a long class path, and test suites bootstrap again and again.
   */
  private static boolean beanValidationPresent(ClassLoader loader) {
    ClassLoader searched = loader != null ? loader : MemoryEntityManagerFactory.class.getClassLoader();
    synchronized (BEAN_VALIDATION_PRESENT) {
      Boolean known = BEAN_VALIDATION_PRESENT.get(searched);
      if (known != null) {
        return known;
      }
    }
    boolean present;
    try {
      Class.forName("jakarta.validation.Validation", false, searched);
      present = true;
    } catch (ClassNotFoundException | LinkageError e) {
      present = false;
    }
    synchronized (BEAN_VALIDATION_PRESENT) {
      BEAN_VALIDATION_PRESENT.put(searched, present);
    }
    return present;
  }

  /** Weak keys, so that an application's class loader can still be unloaded. */
  private static final Map<ClassLoader, Boolean> BEAN_VALIDATION_PRESENT = new java.util.WeakHashMap<>();

  /** The model of this factory, for the provider's load-state checks. */
  public DomainModel domainModel() {
    return model;
  }

  /** Load state of an attribute value of one of this factory's entities. */
  public static boolean isLoadedValue(Object value) {
    return MemoryPersistenceUnitUtil.isValueLoaded(value);
  }

  void checkOpen() {
    if (!open) {
      throw new IllegalStateException("The entity manager factory '" + name + "' is closed");
    }
  }
}
