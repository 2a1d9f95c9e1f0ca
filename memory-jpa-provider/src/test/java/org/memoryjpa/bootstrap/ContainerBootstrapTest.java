package org.memoryjpa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.spi.PersistenceProvider;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.bootstrap.model.Note;
import org.memoryjpa.testing.Provider;

/**
 * {@code createContainerEntityManagerFactory(PersistenceUnitInfo, Map)}, the road Spring takes: the unit's
 * managed class names, class loader and properties, no persistence.xml, no scanning; and
 * {@code generateSchema(PersistenceUnitInfo, Map)}.
 */
class ContainerBootstrapTest {

  /** The root of the test classes: scanning it would find every test entity, broken ones included. */
  private static final URL TEST_CLASSES_ROOT =
      ContainerBootstrapTest.class.getProtectionDomain().getCodeSource().getLocation();

  private static PersistenceProvider persistenceProvider(Provider provider) {
    return provider == Provider.MEMORY ? new MemoryPersistenceProvider() : new HibernatePersistenceProvider();
  }

  private static String providerClass(Provider provider) {
    return persistenceProvider(provider).getClass().getName();
  }

  /** A unit of Note naming the provider, over a database of its own. */
  private static TestUnitInfo unitInfo(Provider provider, String name) {
    TestUnitInfo info = new TestUnitInfo(name, providerClass(provider), Note.class);
    provider.sharedDatabase(name, "drop-and-create").forEach((key, value) -> info.property(key, value.toString()));
    return info;
  }

  private static String uniqueName() {
    return "container-" + UUID.randomUUID();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createContainerEntityManagerFactory_unlistedClassesNotExcluded_buildsListedClassesOnly(Provider provider) {
    String name = uniqueName();
    TestUnitInfo info = unitInfo(provider, name).rootUrl(TEST_CLASSES_ROOT).excludeUnlistedClasses(false);

    try (EntityManagerFactory factory = persistenceProvider(provider).createContainerEntityManagerFactory(info, Map.of())) {
      assertThat(factory.getName()).isEqualTo(name);
      assertThat(factory.getMetamodel().getEntities()).extracting(EntityType::getName).containsExactly("Note");
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));
      try (EntityManager em = factory.createEntityManager()) {
        assertThat(em.find(Note.class, 1L).getText()).isEqualTo("hello");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createContainerEntityManagerFactory_propertyInUnitAndMap_mapWins(Provider provider) {
    TestUnitInfo info = unitInfo(provider, uniqueName())
        .property("container.test.greeting", "from the unit")
        .property("container.test.unit", "kept");

    try (EntityManagerFactory factory = persistenceProvider(provider)
        .createContainerEntityManagerFactory(info, Map.of("container.test.greeting", "from the map"))) {
      assertThat(factory.getProperties())
          .containsEntry("container.test.greeting", "from the map")
          .containsEntry("container.test.unit", "kept");
    }
  }

  /** The container picked the provider before calling it; the name in the unit is not asked again. */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void createContainerEntityManagerFactory_unitNamingAnotherProvider_isBuiltAnyway(Provider provider) {
    Provider other = provider == Provider.MEMORY ? Provider.HIBERNATE : Provider.MEMORY;
    String name = uniqueName();
    TestUnitInfo info = new TestUnitInfo(name, providerClass(other), Note.class);
    provider.sharedDatabase(name, "drop-and-create").forEach((key, value) -> info.property(key, value.toString()));

    try (EntityManagerFactory factory = persistenceProvider(provider).createContainerEntityManagerFactory(info, Map.of())) {
      assertThat(factory).isNotNull();
      assertThat(factory.getName()).isEqualTo(name);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void generateSchema_unitInfo_appliesItsSchemaAction(Provider provider) {
    String database = uniqueName();
    try (EntityManagerFactory factory = provider.create(provider.sharedDatabase(database, "create"), Note.class)) {
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));
      TestUnitInfo info = new TestUnitInfo(database, providerClass(provider), Note.class);
      provider.sharedDatabase(database, "drop-and-create").forEach((key, value) -> info.property(key, value.toString()));

      persistenceProvider(provider).generateSchema(info, Map.of());

      try (EntityManager em = factory.createEntityManager()) {
        assertThat(em.find(Note.class, 1L)).isNull();
      }
    }
  }
}
