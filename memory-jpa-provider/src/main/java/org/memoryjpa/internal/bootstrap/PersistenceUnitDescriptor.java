package org.memoryjpa.internal.bootstrap;

import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.memoryjpa.ConfigurationKeys;

/**
 * A persistence unit as the provider bootstraps it, whichever way it arrived: a {@code persistence.xml}
 * entry ({@link PersistenceXmlReader}), a container's {@link PersistenceUnitInfo}, or a JPA 3.2 {@link
 * PersistenceConfiguration}.
 *
 * <p>Immutable; the lists and the property map cannot be modified. The class loader and the property values
 * are the caller's objects, shared, not copied. Values are effective: the caller's override map lies on top
 * of the unit's properties, and each of the four settings it may override (provider, transaction type,
 * shared cache mode, validation mode) is taken from, in order, the override map, the unit's dedicated element
 * or getter, the unit's own property, the spec's default.
 */
final class PersistenceUnitDescriptor {

  /** The standard key naming the provider, honoured in property maps as in {@code <provider>}. */
  static final String PROVIDER = "jakarta.persistence.provider";

  /** The standard key for the transaction type, {@code JTA} or {@code RESOURCE_LOCAL}. */
  static final String TRANSACTION_TYPE = "jakarta.persistence.transactionType";

  private final String name;
  private final String providerClassName;
  private final PersistenceUnitTransactionType transactionType;
  private final ClassLoader classLoader;
  private final List<String> managedClassNames;
  private final List<String> mappingFileNames;
  private final List<URL> jarFileUrls;
  private final URL rootUrl;
  private final boolean excludeUnlistedClasses;
  private final SharedCacheMode sharedCacheMode;
  private final ValidationMode validationMode;
  private final Map<String, Object> properties;

  private PersistenceUnitDescriptor(Builder unit) {
    Map<String, Object> merged = new LinkedHashMap<>(unit.unitProperties);
    merged.putAll(unit.overrides);
    this.name = unit.name;
    this.providerClassName = unit.effective(PROVIDER, unit.providerClassName, null, CLASS_NAME);
    this.transactionType =
        unit.effectiveEnum(
            TRANSACTION_TYPE, PersistenceUnitTransactionType.class, unit.transactionType,
            PersistenceUnitTransactionType.RESOURCE_LOCAL);
    this.sharedCacheMode =
        unit.effectiveEnum(
            PersistenceConfiguration.CACHE_MODE, SharedCacheMode.class, unit.sharedCacheMode,
            SharedCacheMode.UNSPECIFIED);
    this.validationMode =
        unit.effectiveEnum(
            ConfigurationKeys.VALIDATION_MODE, ValidationMode.class, unit.validationMode,
            ValidationMode.AUTO);
    this.classLoader = unit.classLoader != null ? unit.classLoader : defaultClassLoader();
    this.managedClassNames = List.copyOf(unit.managedClassNames);
    this.mappingFileNames = List.copyOf(unit.mappingFileNames);
    this.jarFileUrls = List.copyOf(unit.jarFileUrls);
    this.rootUrl = unit.rootUrl;
    this.excludeUnlistedClasses = unit.excludeUnlistedClasses;
    this.properties = Collections.unmodifiableMap(merged);
  }

  private PersistenceUnitDescriptor(PersistenceUnitDescriptor unit, List<String> managedClassNames) {
    this.name = unit.name;
    this.providerClassName = unit.providerClassName;
    this.transactionType = unit.transactionType;
    this.classLoader = unit.classLoader;
    this.managedClassNames = List.copyOf(managedClassNames);
    this.mappingFileNames = unit.mappingFileNames;
    this.jarFileUrls = unit.jarFileUrls;
    this.rootUrl = unit.rootUrl;
    this.excludeUnlistedClasses = unit.excludeUnlistedClasses;
    this.sharedCacheMode = unit.sharedCacheMode;
    this.validationMode = unit.validationMode;
    this.properties = unit.properties;
  }

  /**
   * The unit a container or Spring hands over in {@code createContainerEntityManagerFactory}. Its classes
   * are taken as listed: the container has scanned already, so this path never scans.
   *
   * @param overrides the caller's map, on top of the unit's properties; may be null; keys of any type
   */
  static PersistenceUnitDescriptor from(PersistenceUnitInfo info, Map<?, ?> overrides) {
    Builder unit =
        new Builder(info.getPersistenceUnitName())
            .providerClassName(info.getPersistenceProviderClassName())
            .transactionType(transactionTypeOf(info))
            .sharedCacheMode(info.getSharedCacheMode())
            .validationMode(info.getValidationMode())
            .classLoader(info.getClassLoader())
            .managedClassNames(orEmpty(info.getManagedClassNames()))
            .mappingFileNames(orEmpty(info.getMappingFileNames()))
            .rootUrl(info.getPersistenceUnitRootUrl())
            .excludeUnlistedClasses(info.excludeUnlistedClasses())
            .unitProperties(info.getProperties())
            .overrides(overrides);
    for (var url : orEmpty(info.getJarFileUrls())) {
      if (url != null) {
        unit.jarFileUrl(url);
      }
    }
    return unit.build();
  }

  /**
   * The unit a JPA 3.2 program configures in code. It lists all its classes (there is no root to scan),
   * so {@link #excludeUnlistedClasses()} is true.
   */
  static PersistenceUnitDescriptor from(PersistenceConfiguration configuration) {
    List<Class<?>> classes = configuration.managedClasses();
    Builder unit =
        new Builder(configuration.name())
            .providerClassName(configuration.provider())
            .transactionType(configuration.transactionType())
            .sharedCacheMode(configuration.sharedCacheMode())
            .validationMode(configuration.validationMode())
            .classLoader(classLoaderOf(classes))
            .mappingFileNames(configuration.mappingFiles())
            .excludeUnlistedClasses(true)
            .unitProperties(configuration.properties());
    // loops, not lambdas, on the bootstrap path: each lambda met first costs a bootstrap at cold start
    for (Class<?> type : classes) {
      unit.managedClassName(type.getName());
    }
    return unit.build();
  }

  /** The unit's name, never null. */
  String name() {
    return name;
  }

  /** The provider the unit asks for, or null when it names none. */
  String providerClassName() {
    return providerClassName;
  }

  /**
   * Whether the provider of that class may take this unit: true when the unit names no provider (as
   * Hibernate does: the call reached us, so we are meant) or names exactly that class. The bootstrap
   * {@code PersistenceProvider.createEntityManagerFactory} returns null when this is false, so that {@code
   * jakarta.persistence.Persistence} asks the next provider.
   */
  boolean namesProvider(String providerClassName) {
    return this.providerClassName == null || this.providerClassName.equals(providerClassName);
  }

  PersistenceUnitTransactionType transactionType() {
    return transactionType;
  }

  /** The loader to load the unit's classes and mapping files with, never null. */
  ClassLoader classLoader() {
    return classLoader;
  }

  /** Binary class names, declared ones first in declared order, without duplicates. */
  List<String> managedClassNames() {
    return managedClassNames;
  }

  List<String> mappingFileNames() {
    return mappingFileNames;
  }

  /** The {@code <jar-file>} locations, already resolved against the unit root. */
  List<URL> jarFileUrls() {
    return jarFileUrls;
  }

  /** The directory or jar whose {@code META-INF} holds the unit's {@code persistence.xml}, or null. */
  URL rootUrl() {
    return rootUrl;
  }

  boolean excludeUnlistedClasses() {
    return excludeUnlistedClasses;
  }

  SharedCacheMode sharedCacheMode() {
    return sharedCacheMode;
  }

  ValidationMode validationMode() {
    return validationMode;
  }

  /** The unit's properties with the caller's overrides on top, in that order; unmodifiable. */
  Map<String, Object> properties() {
    return properties;
  }

  /** This unit with other managed classes, as {@link ManagedClassScanner} completes it. */
  PersistenceUnitDescriptor withManagedClassNames(List<String> managedClassNames) {
    return new PersistenceUnitDescriptor(this, managedClassNames);
  }

  @Override
  public String toString() {
    // property values are user objects and may hold secrets: never printed
    return "PersistenceUnitDescriptor[name='" + name + "', provider=" + providerClassName + ", root=" + rootUrl
        + "]";
  }

  private static PersistenceUnitTransactionType transactionTypeOf(PersistenceUnitInfo info) {
    // JPA 3.2's PersistenceUnitInfo still answers with the spi enum, deprecated for removal: read it by name
    var type = info.getTransactionType();
    return type == null ? null : PersistenceUnitTransactionType.valueOf(type.name());
  }

  /**
   * The context class loader when it resolves every managed class to the very same class, else the loader
   * of the first one: a program that built its classes in a loader of its own has the context loader unset
   * or pointing elsewhere, and loading the names there would fail or give other classes.
   */
  private static boolean seesAll(ClassLoader context, List<Class<?>> classes) {
    for (Class<?> type : classes) {
      if (!sees(context, type)) {
        return false;
      }
    }
    return true;
  }

  private static ClassLoader classLoaderOf(List<Class<?>> classes) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (classes.isEmpty() || context != null && seesAll(context, classes)) {
      return context;
    }
    return classes.get(0).getClassLoader();
  }

  private static boolean sees(ClassLoader loader, Class<?> type) {
    try {
      return Class.forName(type.getName(), false, loader) == type;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : PersistenceUnitDescriptor.class.getClassLoader();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * Collects a unit's parts before they are frozen. Mutable; one use, then discarded. Null arguments mean
   * "not declared", so callers may pass what a {@code PersistenceUnitInfo} returns as it comes.
   */
  static final class Builder {
    private final String name;
    private String providerClassName;
    private PersistenceUnitTransactionType transactionType;
    private SharedCacheMode sharedCacheMode;
    private ValidationMode validationMode;
    private ClassLoader classLoader;
    private final Set<String> managedClassNames = new LinkedHashSet<>();
    private final List<String> mappingFileNames = new ArrayList<>();
    private final List<URL> jarFileUrls = new ArrayList<>();
    private URL rootUrl;
    private boolean excludeUnlistedClasses;
    private final Map<String, Object> unitProperties = new LinkedHashMap<>();
    private final Map<String, Object> overrides = new LinkedHashMap<>();

    /** @throws PersistenceException when the name is null or blank: a unit is found by its name */
    Builder(String name) {
      if (name == null || name.isBlank()) {
        throw new PersistenceException(
            "Persistence unit without a name; give it one, as <persistence-unit name=\"...\"> or in the"
                + " PersistenceUnitInfo or PersistenceConfiguration");
      }
      this.name = name;
    }

    Builder providerClassName(String providerClassName) {
      this.providerClassName = providerClassName == null || providerClassName.isBlank()
          ? null : providerClassName.trim();
      return this;
    }

    Builder transactionType(PersistenceUnitTransactionType transactionType) {
      this.transactionType = transactionType;
      return this;
    }

    Builder sharedCacheMode(SharedCacheMode sharedCacheMode) {
      this.sharedCacheMode = sharedCacheMode;
      return this;
    }

    Builder validationMode(ValidationMode validationMode) {
      this.validationMode = validationMode;
      return this;
    }

    Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /** Adds a class; blank names are skipped and a name given twice is kept once, where it came first. */
    Builder managedClassName(String className) {
      if (className != null && !className.isBlank()) {
        managedClassNames.add(className.trim());
      }
      return this;
    }

    Builder managedClassNames(Collection<String> classNames) {
      for (String className : classNames) {
        managedClassName(className);
      }
      return this;
    }

    Builder mappingFileName(String mappingFileName) {
      if (mappingFileName != null && !mappingFileName.isBlank()) {
        mappingFileNames.add(mappingFileName.trim());
      }
      return this;
    }

    Builder mappingFileNames(Collection<String> mappingFileNames) {
      for (String mappingFileName : mappingFileNames) {
        mappingFileName(mappingFileName);
      }
      return this;
    }

    Builder jarFileUrl(URL jarFileUrl) {
      jarFileUrls.add(Objects.requireNonNull(jarFileUrl, "jarFileUrl"));
      return this;
    }

    Builder rootUrl(URL rootUrl) {
      this.rootUrl = rootUrl;
      return this;
    }

    Builder excludeUnlistedClasses(boolean excludeUnlistedClasses) {
      this.excludeUnlistedClasses = excludeUnlistedClasses;
      return this;
    }

    Builder unitProperty(String key, Object value) {
      if (key != null && value != null) {
        unitProperties.put(key, value);
      }
      return this;
    }

    /** Adds the unit's own properties; see {@link #overrides(Map)} for how keys are read. */
    Builder unitProperties(Map<?, ?> properties) {
      putStringKeyed(unitProperties, properties);
      return this;
    }

    /**
     * Adds the caller's overrides. A raw map may have keys of any type: they become {@code
     * String.valueOf(key)}; entries with a null key or value are skipped, as they override nothing.
     */
    Builder overrides(Map<?, ?> overrides) {
      putStringKeyed(this.overrides, overrides);
      return this;
    }

    PersistenceUnitDescriptor build() {
      return new PersistenceUnitDescriptor(this);
    }

    private static void putStringKeyed(Map<String, Object> target, Map<?, ?> source) {
      if (source == null) {
        return;
      }
      for (Map.Entry<?, ?> entry : source.entrySet()) {
        if (entry.getKey() != null && entry.getValue() != null) {
          target.put(String.valueOf(entry.getKey()), entry.getValue());
        }
      }
      if (source instanceof Properties properties) {
        // defaults of a Properties are invisible to forEach, yet part of what it says
        for (String key : properties.stringPropertyNames()) {
          target.putIfAbsent(key, properties.getProperty(key));
        }
      }
    }

    private <E extends Enum<E>> E effectiveEnum(String key, Class<E> type, E declared, E fallback) {
      return effective(key, declared, fallback, new EnumReader<>(type));
    }

    /** Override map, then the declared value, then the unit's own property, then the fallback. */
    private <T> T effective(String key, T declared, T fallback, SettingReader<T> reader) {
      String where = "property '" + key + "' of persistence unit '" + name + "'";
      Object override = overrides.get(key);
      T overridden = override == null ? null : reader.read(override, where);
      if (overridden != null) {
        return overridden;
      }
      if (declared != null) {
        return declared;
      }
      Object own = unitProperties.get(key);
      T fromUnit = own == null ? null : reader.read(own, where);
      return fromUnit != null ? fromUnit : fallback;
    }
  }

  /**
   * Turns a property value into a setting, naming {@code where} when it cannot. Its implementations
   * are classes, not lambdas: every bootstrap reads settings, and a lambda's first call spins a class.
   */
  private interface SettingReader<T> {
    T read(Object value, String where);
  }

  private static final SettingReader<String> CLASS_NAME = new SettingReader<>() {
    @Override
    public String read(Object value, String where) {
      return SettingParser.toClassName(value, where);
    }
  };

  /** Reads a setting as a constant of one enum. Immutable. */
  private static final class EnumReader<E extends Enum<E>> implements SettingReader<E> {
    private final Class<E> type;

    EnumReader(Class<E> type) {
      this.type = type;
    }

    @Override
    public E read(Object value, String where) {
      return SettingParser.toEnum(type, value, where);
    }
  }
}
