package org.memoryjpa.internal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.memoryjpa.internal.bootstrap.UnitArchives.copyClasses;
import static org.memoryjpa.internal.bootstrap.UnitArchives.loaderOver;
import static org.memoryjpa.internal.bootstrap.UnitArchives.url;

import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memoryjpa.internal.bootstrap.ScanSamples.JarEntity;
import org.memoryjpa.internal.bootstrap.ScanSamples.ScannedEntity;

/**
 * Tests of {@link PersistenceUnitDescriptor}: the container and {@code PersistenceConfiguration} paths, and
 * the precedence of overrides, elements and properties.
 */
class PersistenceUnitDescriptorTest {

  @TempDir Path temp;

  @Test
  void fromUnitInfo_everyPartGiven_mapsEachOne() throws IOException {
    UnitInfo info = new UnitInfo();
    info.provider = "org.memoryjpa.MemoryPersistenceProvider";
    info.jta = true;
    info.classLoader = new ClassLoader(null) {};
    info.classes = List.of("com.example.Order", "com.example.Customer");
    info.mappingFiles = List.of("META-INF/orm.xml");
    info.jarFiles = List.of(url(temp.resolve("entities.jar")));
    info.root = url(temp);
    info.sharedCacheMode = SharedCacheMode.ALL;
    info.validationMode = ValidationMode.CALLBACK;
    info.properties.setProperty("a", "unit-a");
    info.properties.setProperty("b", "unit-b");

    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(info, Map.of("b", "override-b"));

    assertThat(unit.name()).isEqualTo("pu");
    assertThat(unit.providerClassName()).isEqualTo("org.memoryjpa.MemoryPersistenceProvider");
    assertThat(unit.transactionType()).isEqualTo(PersistenceUnitTransactionType.JTA);
    assertThat(unit.classLoader()).isSameAs(info.classLoader);
    assertThat(unit.managedClassNames()).containsExactly("com.example.Order", "com.example.Customer");
    assertThat(unit.mappingFileNames()).containsExactly("META-INF/orm.xml");
    assertThat(unit.jarFileUrls()).containsExactlyElementsOf(info.jarFiles);
    assertThat(unit.rootUrl()).isEqualTo(info.root);
    assertThat(unit.excludeUnlistedClasses()).isFalse();
    assertThat(unit.sharedCacheMode()).isEqualTo(SharedCacheMode.ALL);
    assertThat(unit.validationMode()).isEqualTo(ValidationMode.CALLBACK);
    assertThat(unit.properties()).containsOnly(entry("a", "unit-a"), entry("b", "override-b"));
  }

  @Test
  void fromUnitInfo_rootHoldsUnlistedEntity_scansNothing() throws IOException {
    UnitInfo info = new UnitInfo();
    info.root = url(copyClasses(temp.resolve("root"), ScannedEntity.class));
    info.classes = List.of("com.example.Order");

    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(info, null);

    assertThat(unit.excludeUnlistedClasses()).isFalse();
    assertThat(unit.managedClassNames()).containsExactly("com.example.Order");
  }

  @Test
  void fromUnitInfo_gettersReturnNull_appliesDefaults() {
    UnitInfo info = new UnitInfo();
    info.properties = null;
    ClassLoader context = Thread.currentThread().getContextClassLoader();

    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(info, null);

    assertThat(unit.providerClassName()).isNull();
    assertThat(unit.transactionType()).isEqualTo(PersistenceUnitTransactionType.RESOURCE_LOCAL);
    assertThat(unit.sharedCacheMode()).isEqualTo(SharedCacheMode.UNSPECIFIED);
    assertThat(unit.validationMode()).isEqualTo(ValidationMode.AUTO);
    assertThat(unit.classLoader()).isSameAs(context);
    assertThat(unit.managedClassNames()).isEmpty();
    assertThat(unit.mappingFileNames()).isEmpty();
    assertThat(unit.jarFileUrls()).isEmpty();
    assertThat(unit.properties()).isEmpty();
  }

  @Test
  void fromUnitInfo_providerInOverrideMap_replacesDeclaredProvider() {
    UnitInfo info = new UnitInfo();
    info.provider = "org.hibernate.jpa.HibernatePersistenceProvider";

    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(info,
        Map.of(PersistenceUnitDescriptor.PROVIDER, "org.memoryjpa.MemoryPersistenceProvider"));

    assertThat(unit.providerClassName()).isEqualTo("org.memoryjpa.MemoryPersistenceProvider");
    assertThat(unit.namesProvider("org.memoryjpa.MemoryPersistenceProvider")).isTrue();
    assertThat(unit.namesProvider("org.hibernate.jpa.HibernatePersistenceProvider")).isFalse();
  }

  @Test
  void fromUnitInfo_settingInEveryPlace_overrideThenDeclaredThenProperty() {
    UnitInfo info = new UnitInfo();
    info.properties.setProperty(PersistenceConfiguration.CACHE_MODE, "ALL");
    assertThat(PersistenceUnitDescriptor.from(info, null).sharedCacheMode()).isEqualTo(SharedCacheMode.ALL);

    info.sharedCacheMode = SharedCacheMode.ENABLE_SELECTIVE;
    assertThat(PersistenceUnitDescriptor.from(info, null).sharedCacheMode())
        .isEqualTo(SharedCacheMode.ENABLE_SELECTIVE);

    Map<String, Object> overrides = Map.of(PersistenceConfiguration.CACHE_MODE, SharedCacheMode.NONE,
        PersistenceUnitDescriptor.TRANSACTION_TYPE, "jta");
    PersistenceUnitDescriptor overridden = PersistenceUnitDescriptor.from(info, overrides);
    assertThat(overridden.sharedCacheMode()).isEqualTo(SharedCacheMode.NONE);
    assertThat(overridden.transactionType()).isEqualTo(PersistenceUnitTransactionType.JTA);
  }

  @Test
  void fromUnitInfo_rawMapWithOtherKeys_keysBecomeStringsAndNullsAreSkipped() {
    Map<Object, Object> overrides = new HashMap<>();
    overrides.put(42, "answer");
    overrides.put(null, "no key");
    overrides.put("gone", null);

    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(new UnitInfo(), overrides);

    assertThat(unit.properties()).containsOnly(entry("42", "answer"));
  }

  @Test
  void fromUnitInfo_propertiesWithDefaults_includesDefaults() {
    Properties defaults = new Properties();
    defaults.setProperty("memoryjpa.store", "shared");
    UnitInfo info = new UnitInfo();
    info.properties = new Properties(defaults);

    assertThat(PersistenceUnitDescriptor.from(info, null).properties())
        .containsOnly(entry("memoryjpa.store", "shared"));
  }

  @Test
  void properties_modified_throws() {
    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(new UnitInfo(), Map.of("a", "b"));

    assertThatThrownBy(() -> unit.properties().put("c", "d")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> unit.managedClassNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void fromUnitInfo_unknownValidationMode_throwsNamingPropertyAndChoices() {
    UnitInfo info = new UnitInfo();

    assertThatThrownBy(() -> PersistenceUnitDescriptor.from(info,
            Map.of("jakarta.persistence.validation.mode", "sometimes")))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Invalid value 'sometimes' for property 'jakarta.persistence.validation.mode' of"
            + " persistence unit 'pu'; expected one of AUTO, CALLBACK, NONE");
  }

  @Test
  void fromUnitInfo_settingOfWrongType_throwsNamingTypeNotValue() {
    Object secret = new Object() {
      @Override
      public String toString() {
        return "password=hunter2";
      }
    };

    assertThatThrownBy(() -> PersistenceUnitDescriptor.from(new UnitInfo(),
            Map.of(PersistenceUnitDescriptor.PROVIDER, secret)))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("of type '" + secret.getClass().getName() + "' for property '"
            + PersistenceUnitDescriptor.PROVIDER + "'")
        .message().doesNotContain("hunter2");
  }

  @Test
  void fromUnitInfo_noName_throws() {
    UnitInfo info = new UnitInfo();
    info.name = " ";

    assertThatThrownBy(() -> PersistenceUnitDescriptor.from(info, null))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("Persistence unit without a name");
  }

  @Test
  void fromConfiguration_everyPartGiven_mapsEachOne() {
    PersistenceConfiguration configuration = new PersistenceConfiguration("orders")
        .provider("org.memoryjpa.MemoryPersistenceProvider")
        .managedClass(ScannedEntity.class)
        .managedClass(JarEntity.class)
        .mappingFile("META-INF/orm.xml")
        .transactionType(PersistenceUnitTransactionType.JTA)
        .sharedCacheMode(SharedCacheMode.NONE)
        .validationMode(ValidationMode.CALLBACK)
        .property("memoryjpa.store", "orders");

    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(configuration);

    assertThat(unit.name()).isEqualTo("orders");
    assertThat(unit.providerClassName()).isEqualTo("org.memoryjpa.MemoryPersistenceProvider");
    assertThat(unit.managedClassNames())
        .containsExactly(ScannedEntity.class.getName(), JarEntity.class.getName());
    assertThat(unit.mappingFileNames()).containsExactly("META-INF/orm.xml");
    assertThat(unit.transactionType()).isEqualTo(PersistenceUnitTransactionType.JTA);
    assertThat(unit.sharedCacheMode()).isEqualTo(SharedCacheMode.NONE);
    assertThat(unit.validationMode()).isEqualTo(ValidationMode.CALLBACK);
    assertThat(unit.properties()).containsOnly(entry("memoryjpa.store", "orders"));
    assertThat(unit.excludeUnlistedClasses()).isTrue();
    assertThat(unit.rootUrl()).isNull();
    assertThat(unit.jarFileUrls()).isEmpty();
    assertThat(unit.classLoader()).isSameAs(Thread.currentThread().getContextClassLoader());
  }

  @Test
  void fromConfiguration_classFromLoaderContextCannotSee_keepsThatClassLoader() throws Exception {
    Path root = copyClasses(temp.resolve("classes"), ScannedEntity.class);
    try (URLClassLoader foreign = loaderOver(root)) {
      Class<?> foreignEntity = Class.forName(ScannedEntity.class.getName(), false, foreign);

      PersistenceUnitDescriptor unit =
          PersistenceUnitDescriptor.from(new PersistenceConfiguration("pu").managedClass(foreignEntity));

      assertThat(foreignEntity).isNotSameAs(ScannedEntity.class);
      assertThat(unit.classLoader()).isSameAs(foreign);
    }
  }

  @Test
  void namesProvider_unitNamingNone_acceptsAnyProvider() {
    PersistenceUnitDescriptor unit = PersistenceUnitDescriptor.from(new PersistenceConfiguration("pu"));

    assertThat(unit.namesProvider("org.memoryjpa.MemoryPersistenceProvider")).isTrue();
    assertThat(unit.namesProvider("org.hibernate.jpa.HibernatePersistenceProvider")).isTrue();
  }

  /** A {@code PersistenceUnitInfo} as a container fills it in; fields default to what a bare one returns. */
  private static final class UnitInfo implements PersistenceUnitInfo {
    String name = "pu";
    String provider;
    boolean jta;
    ClassLoader classLoader;
    List<String> classes;
    List<String> mappingFiles;
    List<URL> jarFiles;
    URL root;
    SharedCacheMode sharedCacheMode;
    ValidationMode validationMode;
    Properties properties = new Properties();

    @Override
    public String getPersistenceUnitName() {
      return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
      return provider;
    }

    @Override
    public String getScopeAnnotationName() {
      return null;
    }

    @Override
    public List<String> getQualifierAnnotationNames() {
      return List.of();
    }

    @Override
    @SuppressWarnings("removal") // the interface still returns the spi enum, deprecated for removal
    public jakarta.persistence.spi.PersistenceUnitTransactionType getTransactionType() {
      return jta ? jakarta.persistence.spi.PersistenceUnitTransactionType.JTA : null;
    }

    @Override
    public DataSource getJtaDataSource() {
      return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
      return null;
    }

    @Override
    public List<String> getMappingFileNames() {
      return mappingFiles;
    }

    @Override
    public List<URL> getJarFileUrls() {
      return jarFiles;
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
      return root;
    }

    @Override
    public List<String> getManagedClassNames() {
      return classes;
    }

    @Override
    public boolean excludeUnlistedClasses() {
      return false;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
      return sharedCacheMode;
    }

    @Override
    public ValidationMode getValidationMode() {
      return validationMode;
    }

    @Override
    public Properties getProperties() {
      return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
      return "3.2";
    }

    @Override
    public ClassLoader getClassLoader() {
      return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {}

    @Override
    public ClassLoader getNewTempClassLoader() {
      return null;
    }
  }
}
