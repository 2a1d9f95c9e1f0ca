package org.memoryjpa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Persistence;
import jakarta.persistence.spi.LoadState;
import jakarta.persistence.spi.ProviderUtil;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.testing.Provider;

/**
 * {@code PersistenceProvider.getProviderUtil()}, which {@code Persistence.getPersistenceUtil()} asks of
 * every provider: memory-jpa knows the load state of the entities of its live factories and answers
 * {@code UNKNOWN} for anything else, so that the other providers are asked.
 */
class ProviderUtilTest {

  /** A lamp with a lazy spare; no other test class builds a factory of it. */
  @Entity
  public static class Lamp {
    @Id Long id;

    String name;

    @ManyToOne(fetch = FetchType.LAZY)
    Lamp spare;

    protected Lamp() {}

    Lamp(long id, String name, Lamp spare) {
      this.id = id;
      this.name = name;
      this.spare = spare;
    }
  }

  /** An entity no factory ever holds. */
  @Entity
  public static class Candle {
    @Id Long id;
  }

  private static ProviderUtil providerUtil(Provider provider) {
    return provider == Provider.MEMORY
        ? new MemoryPersistenceProvider().getProviderUtil()
        : new HibernatePersistenceProvider().getProviderUtil();
  }

  /** Lamp 1 with spare lamp 2, committed. */
  private static EntityManagerFactory withLamps(Provider provider) {
    EntityManagerFactory factory = provider.create(Lamp.class);
    factory.runInTransaction(em -> {
      Lamp spare = new Lamp(2, "spare", null);
      em.persist(spare);
      em.persist(new Lamp(1, "desk", spare));
    });
    return factory;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_uninitializedReference_isNotLoaded(Provider provider) {
    ProviderUtil util = providerUtil(provider);
    try (EntityManagerFactory factory = withLamps(provider); EntityManager em = factory.createEntityManager()) {
      Lamp lamp = em.find(Lamp.class, 1L);

      assertThat(util.isLoaded(lamp.spare)).isEqualTo(LoadState.NOT_LOADED);
      assertThat(util.isLoadedWithReference(lamp, "spare")).isEqualTo(LoadState.NOT_LOADED);
      assertThat(Persistence.getPersistenceUtil().isLoaded(lamp, "spare")).isFalse();
      assertThat(Persistence.getPersistenceUtil().isLoaded(lamp.spare)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_loadedEntityOfLiveFactory_isLoaded_differsFromHibernate_becauseItCannotTellWithoutBytecodeEnhancement(
      Provider provider) {
    ProviderUtil util = providerUtil(provider);
    try (EntityManagerFactory factory = withLamps(provider); EntityManager em = factory.createEntityManager()) {
      Lamp lamp = em.find(Lamp.class, 1L);
      LoadState expected = provider == Provider.MEMORY ? LoadState.LOADED : LoadState.UNKNOWN;

      assertThat(util.isLoaded(lamp)).isEqualTo(expected);
      assertThat(util.isLoadedWithoutReference(lamp, "name")).isEqualTo(expected);
      assertThat(util.isLoadedWithoutReference(lamp, "spare"))
          .isEqualTo(provider == Provider.MEMORY ? LoadState.NOT_LOADED : LoadState.UNKNOWN);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_notAnEntity_isUnknown(Provider provider) {
    ProviderUtil util = providerUtil(provider);

    assertThat(util.isLoaded("desk")).isEqualTo(LoadState.UNKNOWN);
    assertThat(util.isLoadedWithoutReference("desk", "bytes")).isEqualTo(LoadState.UNKNOWN);
    assertThat(util.isLoadedWithReference("desk", "bytes")).isEqualTo(LoadState.UNKNOWN);
  }

  @Test
  void isLoaded_entityOfClosedFactory_isUnknown() {
    ProviderUtil util = providerUtil(Provider.MEMORY);
    EntityManagerFactory factory = withLamps(Provider.MEMORY);
    Lamp lamp;
    try (EntityManager em = factory.createEntityManager()) {
      lamp = em.find(Lamp.class, 1L);
      assertThat(util.isLoaded(lamp)).isEqualTo(LoadState.LOADED);
    }

    factory.close();

    assertThat(util.isLoaded(lamp)).isEqualTo(LoadState.UNKNOWN);
    assertThat(util.isLoadedWithoutReference(lamp, "name")).isEqualTo(LoadState.UNKNOWN);
    assertThat(util.isLoadedWithReference(lamp, "name")).isEqualTo(LoadState.UNKNOWN);
  }

  @Test
  void isLoaded_entityOfNoFactory_isUnknown() {
    ProviderUtil util = providerUtil(Provider.MEMORY);
    Candle candle = new Candle();

    assertThat(util.isLoaded(candle)).isEqualTo(LoadState.UNKNOWN);
    assertThat(util.isLoadedWithoutReference(candle, "id")).isEqualTo(LoadState.UNKNOWN);
    assertThat(util.isLoadedWithReference(candle, "id")).isEqualTo(LoadState.UNKNOWN);
  }
}
