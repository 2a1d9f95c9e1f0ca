package org.memoryjpa.internal.bootstrap;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.spi.LoadState;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.internal.graph.NamedEntityGraphRegistry;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.metadata.metamodel.StaticMetamodelPopulator;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.session.MemoryEntityManagerFactory;
import org.memoryjpa.internal.store.Database;
import org.memoryjpa.internal.store.Databases;

/**
 * The one bootstrap path behind the provider's three entry points: a unit (from
 * {@code persistence.xml}, a container's {@code PersistenceUnitInfo} or a JPA 3.2
 * {@code PersistenceConfiguration}) becomes classes, then the mapping model and metamodel, then the
 * store's tables, then the factory. Also answers the provider's load-state questions for instances
 * of live factories. Stateless apart from a weak registry of live factories; thread-safe.
 */
public final class Bootstrap {

  static final String PROVIDER = "org.memoryjpa.MemoryPersistenceProvider";

  private static final Set<MemoryEntityManagerFactory> LIVE =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private Bootstrap() {}

  /** {@code Persistence.createEntityManagerFactory}: null when the unit is unknown or names another provider. */
  public static EntityManagerFactory fromPersistenceXml(String unitName, Map<?, ?> overrides) {
    Optional<PersistenceUnitDescriptor> unit = PersistenceXmlReader.findUnit(classLoader(), unitName, overrides);
    if (unit.isEmpty() || !unit.get().namesProvider(PROVIDER)) {
      return null;
    }
    return build(ManagedClassScanner.addUnlistedClasses(unit.get()));
  }

  /** The container path (Spring): no persistence.xml, no scanning. */
  public static EntityManagerFactory fromContainer(PersistenceUnitInfo info, Map<?, ?> overrides) {
    if (info == null) {
      throw new IllegalArgumentException("The PersistenceUnitInfo passed to the provider is null");
    }
    return build(PersistenceUnitDescriptor.from(info, overrides));
  }

  /** JPA 3.2 {@code PersistenceConfiguration}: null when it names another provider. */
  public static EntityManagerFactory fromConfiguration(PersistenceConfiguration configuration) {
    if (configuration == null) {
      throw new IllegalArgumentException("The PersistenceConfiguration passed to the provider is null");
    }
    if (configuration.provider() == null && isAnotherProvidersSubclass(configuration.getClass())) {
      // e.g. Hibernate's HibernatePersistenceConfiguration names no provider but means its own
      return null;
    }
    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(configuration);
    return unit.namesProvider(PROVIDER) ? build(unit) : null;
  }

  private static boolean isAnotherProvidersSubclass(Class<?> type) {
    return type != PersistenceConfiguration.class && !type.getName().startsWith("org.memoryjpa.");
  }

  /** Applies the unit's schema-generation action to its store (and checks the mapping). */
  public static void generateSchema(PersistenceUnitInfo info, Map<?, ?> overrides) {
    fromContainer(info, overrides).close();
  }

  /** The same for a unit of {@code persistence.xml}; false when the unit is not ours. */
  public static boolean generateSchema(String unitName, Map<?, ?> overrides) {
    EntityManagerFactory factory = fromPersistenceXml(unitName, overrides);
    if (factory == null) {
      return false;
    }
    factory.close();
    return true;
  }

  static MemoryEntityManagerFactory build(PersistenceUnitDescriptor unit) {
    List<Class<?>> classes = loadClasses(unit);
    DomainModel model = MetadataReader.read(classes);
    MemoryMetamodel metamodel = new MemoryMetamodel(model);
    StaticMetamodelPopulator.populate(metamodel, unit.classLoader());
    Map<String, Object> properties = unit.properties();
    Object storeName = properties.get(ConfigurationKeys.STORE);
    boolean privateStore = storeName == null || storeName.toString().isBlank();
    Database database = privateStore ? Databases.createPrivate() : Databases.acquire(storeName.toString().trim());
    Object validatorFactory =
        MemoryEntityManagerFactory.validatorFactoryFor(unit.validationMode(), properties, unit.classLoader());
    MemoryEntityManagerFactory factory = new MemoryEntityManagerFactory(
        new MemoryEntityManagerFactory.Parts(
            unit.name(), properties, unit.transactionType(), model, metamodel, database, privateStore,
            NamedEntityGraphRegistry.of(model), validatorFactory));
    SchemaAction.of(properties).apply(database);
    LIVE.add(factory);
    return factory;
  }

  private static List<Class<?>> loadClasses(PersistenceUnitDescriptor unit) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : unit.managedClassNames()) {
      try {
        classes.add(Class.forName(name, false, unit.classLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new PersistenceException(
            "Persistence unit '" + unit.name() + "' lists class '" + name + "', which cannot be loaded", e);
      }
    }
    return classes;
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Bootstrap.class.getClassLoader();
  }

  /** ProviderUtil: whether an entity is loaded, for our proxies and the entities of live factories. */
  public static LoadState loadState(Object entity) {
    if (entity == null) {
      return LoadState.UNKNOWN;
    }
    if (EntityProxies.isProxy(entity)) {
      return EntityProxies.initializerOf(entity).isInitialized() ? LoadState.LOADED : LoadState.NOT_LOADED;
    }
    return findEntity(entity.getClass()) != null ? LoadState.LOADED : LoadState.UNKNOWN;
  }

  /** ProviderUtil: whether an attribute of an entity is loaded. */
  public static LoadState loadState(Object entity, String attributeName) {
    if (entity == null) {
      return LoadState.UNKNOWN;
    }
    if (EntityProxies.isProxy(entity) && !EntityProxies.initializerOf(entity).isInitialized()) {
      return LoadState.NOT_LOADED;
    }
    EntityModel model = findEntity(EntityProxies.entityClassOf(entity));
    if (model == null) {
      return LoadState.UNKNOWN;
    }
    AttributeMapping attribute = model.findAttribute(attributeName);
    if (attribute == null) {
      return LoadState.UNKNOWN;
    }
    Object value = attribute.get(EntityProxies.unproxy(entity));
    return MemoryEntityManagerFactory.isLoadedValue(value) ? LoadState.LOADED : LoadState.NOT_LOADED;
  }

  private static EntityModel findEntity(Class<?> type) {
    synchronized (LIVE) {
      for (MemoryEntityManagerFactory factory : LIVE) {
        if (factory.isOpen()) {
          EntityModel model = factory.domainModel().findEntity(type);
          if (model != null) {
            return model;
          }
        }
      }
    }
    return null;
  }
}
