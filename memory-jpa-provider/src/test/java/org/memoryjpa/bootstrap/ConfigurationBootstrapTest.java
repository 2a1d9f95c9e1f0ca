package org.memoryjpa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.Store;
import org.memoryjpa.bootstrap.model.Note;
import org.memoryjpa.testing.Provider;

/**
 * JPA 3.2's {@code createEntityManagerFactory(PersistenceConfiguration)}: memory-jpa builds a
 * configuration that names it or no provider, and returns null for one naming another provider, so that
 * {@code Persistence} asks the next one.
 */
class ConfigurationBootstrapTest {

  private static PersistenceConfiguration configuration(String provider) {
    String name = "configuration-" + UUID.randomUUID();
    PersistenceConfiguration configuration = new PersistenceConfiguration(name).managedClass(Note.class);
    if (provider != null) {
      configuration.provider(provider);
    }
    Provider.HIBERNATE.sharedDatabase(name, "drop-and-create").forEach(configuration::property);
    return configuration;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_configurationNamingAnotherProvider_returnsNull_differsFromHibernate_becauseNullLetsPersistenceAskTheNamedOne(
      Provider provider) {
    if (provider == Provider.MEMORY) {
      PersistenceConfiguration hibernates = configuration(HibernatePersistenceProvider.class.getName());
      assertThat(new MemoryPersistenceProvider().createEntityManagerFactory(hibernates)).isNull();
    } else {
      PersistenceConfiguration ours = configuration(MemoryPersistenceProvider.class.getName());
      try (EntityManagerFactory factory = new HibernatePersistenceProvider().createEntityManagerFactory(ours)) {
        assertThat(factory).isNotNull();
      }
    }
  }

  @Test
  void createEntityManagerFactory_configurationNamingNoProvider_isBuilt() {
    PersistenceConfiguration anyones = configuration(null);

    try (EntityManagerFactory factory = new MemoryPersistenceProvider().createEntityManagerFactory(anyones)) {
      assertThat(factory.getName()).isEqualTo(anyones.name());
      assertThat(factory.unwrap(Store.class).count(Note.class)).isZero();
    }
  }

  @Test
  void persistenceCreateEntityManagerFactory_configurationNamingHibernate_isBuiltByHibernate() {
    PersistenceConfiguration hibernates = configuration(HibernatePersistenceProvider.class.getName());

    try (EntityManagerFactory factory = Persistence.createEntityManagerFactory(hibernates)) {
      assertThatThrownBy(() -> factory.unwrap(Store.class)).isInstanceOf(PersistenceException.class);
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));
      try (EntityManager em = factory.createEntityManager()) {
        assertThat(em.find(Note.class, 1L).getText()).isEqualTo("hello");
      }
    }
  }

  @Test
  void persistenceCreateEntityManagerFactory_configurationNamingMemoryJpa_isBuiltByMemoryJpa() {
    PersistenceConfiguration ours = configuration(MemoryPersistenceProvider.class.getName());

    try (EntityManagerFactory factory = Persistence.createEntityManagerFactory(ours)) {
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));
      assertThat(factory.unwrap(Store.class).count(Note.class)).isEqualTo(1);
    }
  }
}
