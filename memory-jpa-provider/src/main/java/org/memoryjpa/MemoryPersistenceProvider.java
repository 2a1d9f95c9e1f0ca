package org.memoryjpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.spi.LoadState;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.ProviderUtil;
import java.util.Map;
import org.memoryjpa.internal.bootstrap.Bootstrap;

/**
 * The memory-jpa {@link PersistenceProvider}: name it in {@code persistence.xml}
 * ({@code <provider>org.memoryjpa.MemoryPersistenceProvider</provider>}), pass it a
 * {@link PersistenceConfiguration}, or let a container (Spring) hand it a {@link PersistenceUnitInfo}.
 * All three roads lead to one bootstrap. Returns {@code null} for a unit that names another provider,
 * so several providers can share a class path. Stateless and thread-safe.
 */
public class MemoryPersistenceProvider implements PersistenceProvider {

  /** Creates the provider; {@code jakarta.persistence.Persistence} does this through the service loader. */
  public MemoryPersistenceProvider() {}

  @Override
  public EntityManagerFactory createEntityManagerFactory(String unitName, Map map) {
    return Bootstrap.fromPersistenceXml(unitName, map);
  }

  @Override
  public EntityManagerFactory createEntityManagerFactory(PersistenceConfiguration configuration) {
    return Bootstrap.fromConfiguration(configuration);
  }

  @Override
  public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map map) {
    return Bootstrap.fromContainer(info, map);
  }

  @Override
  public void generateSchema(PersistenceUnitInfo info, Map map) {
    Bootstrap.generateSchema(info, map);
  }

  @Override
  public boolean generateSchema(String unitName, Map map) {
    return Bootstrap.generateSchema(unitName, map);
  }

  @Override
  public ProviderUtil getProviderUtil() {
    return PROVIDER_UTIL;
  }

  private static final ProviderUtil PROVIDER_UTIL =
      new ProviderUtil() {
        @Override
        public LoadState isLoadedWithoutReference(Object entity, String attributeName) {
          return Bootstrap.loadState(entity, attributeName);
        }

        @Override
        public LoadState isLoadedWithReference(Object entity, String attributeName) {
          return Bootstrap.loadState(entity, attributeName);
        }

        @Override
        public LoadState isLoaded(Object entity) {
          return Bootstrap.loadState(entity);
        }
      };
}
