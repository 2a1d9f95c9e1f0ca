package org.memoryjpa.bootstrap;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A {@link PersistenceUnitInfo} as a container (Spring's {@code DefaultPersistenceUnitManager}) hands one
 * to a provider: managed class names, a class loader, properties, no persistence.xml. Mutable: tests set
 * what they need before the bootstrap; not thread-safe.
 */
@SuppressWarnings("removal") // the spi PersistenceUnitTransactionType is what PersistenceUnitInfo still returns
final class TestUnitInfo implements PersistenceUnitInfo {

  private final String name;
  private final String providerClassName;
  private final List<String> managedClassNames = new ArrayList<>();
  private final Properties properties = new Properties();
  private URL rootUrl;
  private boolean excludeUnlistedClasses = true;
  private ClassLoader classLoader = TestUnitInfo.class.getClassLoader();

  TestUnitInfo(String name, String providerClassName, Class<?>... classes) {
    this.name = name;
    this.providerClassName = providerClassName;
    for (Class<?> type : classes) {
      managedClassNames.add(type.getName());
    }
  }

  TestUnitInfo property(String key, String value) {
    properties.setProperty(key, value);
    return this;
  }

  TestUnitInfo rootUrl(URL rootUrl) {
    this.rootUrl = rootUrl;
    return this;
  }

  TestUnitInfo excludeUnlistedClasses(boolean excludeUnlistedClasses) {
    this.excludeUnlistedClasses = excludeUnlistedClasses;
    return this;
  }

  TestUnitInfo classLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
    return this;
  }

  @Override
  public String getPersistenceUnitName() {
    return name;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return providerClassName;
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
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.RESOURCE_LOCAL;
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
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return rootUrl;
  }

  @Override
  public List<String> getManagedClassNames() {
    return managedClassNames;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return excludeUnlistedClasses;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.UNSPECIFIED;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.AUTO;
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
    return classLoader;
  }
}
