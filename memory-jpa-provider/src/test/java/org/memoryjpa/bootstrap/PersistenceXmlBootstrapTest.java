package org.memoryjpa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.spi.PersistenceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.Store;
import org.memoryjpa.bootstrap.model.Label;
import org.memoryjpa.bootstrap.model.Note;
import org.memoryjpa.testing.Provider;

/**
 * {@code Persistence.createEntityManagerFactory(unitName[, map])} and {@code generateSchema(unitName, map)}
 * over the units of {@code src/test/resources/META-INF/persistence.xml}: memory-jpa builds its own units
 * and declines Hibernate's, so both providers share the class path.
 */
class PersistenceXmlBootstrapTest {

  /** The unit of persistence.xml that names the provider. */
  private static String ownUnit(Provider provider) {
    return provider == Provider.MEMORY ? "xml-memory-listed" : "xml-hibernate";
  }

  private static String otherUnit(Provider provider) {
    return ownUnit(provider == Provider.MEMORY ? Provider.HIBERNATE : Provider.MEMORY);
  }

  private static PersistenceProvider persistenceProvider(Provider provider) {
    return provider == Provider.MEMORY ? new MemoryPersistenceProvider() : new HibernatePersistenceProvider();
  }

  private static String otherProviderClass(Provider provider) {
    return provider == Provider.MEMORY
        ? HibernatePersistenceProvider.class.getName() : MemoryPersistenceProvider.class.getName();
  }

  private static boolean isMemoryJpa(EntityManagerFactory factory) {
    try {
      factory.unwrap(Store.class);
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }

  private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_unitNamingTheProvider_isBuiltByItWithItsListedClasses(Provider provider) {
    try (EntityManagerFactory factory = Persistence.createEntityManagerFactory(ownUnit(provider))) {
      assertThat(isMemoryJpa(factory)).isEqualTo(provider == Provider.MEMORY);
      assertThat(factory.getName()).isEqualTo(ownUnit(provider));
      assertThat(factory.getMetamodel().getEntities()).extracting(EntityType::getName).containsExactly("Note");
      assertThat(factory.getProperties()).containsEntry("xml.test.greeting", "from persistence.xml");
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));
      try (EntityManager em = factory.createEntityManager()) {
        assertThat(em.find(Note.class, 1L).getText()).isEqualTo("hello");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_unitNamingAnotherProvider_returnsNull(Provider provider) {
    assertThat(persistenceProvider(provider).createEntityManagerFactory(otherUnit(provider), Map.of())).isNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_overrideMap_winsOverUnitProperties(Provider provider) {
    Map<String, Object> overrides = Map.of("xml.test.greeting", "from the map", "xml.test.extra", "extra");

    try (EntityManagerFactory factory = Persistence.createEntityManagerFactory(ownUnit(provider), overrides)) {
      assertThat(factory.getProperties())
          .containsEntry("xml.test.greeting", "from the map")
          .containsEntry("xml.test.extra", "extra")
          .containsEntry("xml.test.unit", provider == Provider.MEMORY ? "listed" : "hibernate");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_overrideMapNamesAnotherProvider_returnsNull(Provider provider) {
    Map<String, Object> overrides = Map.of("jakarta.persistence.provider", otherProviderClass(provider));

    assertThat(persistenceProvider(provider).createEntityManagerFactory(ownUnit(provider), overrides)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_unitNamingNoProvider_isBuiltByWhicheverProviderIsAsked(Provider provider) {
    try (EntityManagerFactory factory =
        persistenceProvider(provider).createEntityManagerFactory("xml-any-provider", Map.of())) {
      assertThat(factory).isNotNull();
      assertThat(isMemoryJpa(factory)).isEqualTo(provider == Provider.MEMORY);
      assertThat(factory.getName()).isEqualTo("xml-any-provider");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_unknownUnit_returnsNull(Provider provider) {
    assertThat(persistenceProvider(provider).createEntityManagerFactory("xml-no-such-unit", Map.of())).isNull();
  }

  @Test
  void persistenceCreateEntityManagerFactory_unknownUnit_throwsNamingIt() {
    assertThatThrownBy(() -> Persistence.createEntityManagerFactory("xml-no-such-unit"))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("xml-no-such-unit");
  }

  /**
   * The unit lists nothing and scans the test classes root, which holds deliberately broken mappings:
   * bootstrap failing on one of them shows that the scan found classes the unit never named.
   */
  @Test
  void createEntityManagerFactory_unitScanningTestClassesRoot_findsUnlistedEntities() {
    assertThatThrownBy(() -> Persistence.createEntityManagerFactory("xml-memory-scanning"))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("Mapping error in 'org.memoryjpa.");
  }

  /** A unit root of its own, holding persistence.xml and the class files of Note and Label only. */
  private static Path unitRoot(Path root, String unitXml) throws IOException {
    Path file = root.resolve("META-INF/persistence.xml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
        %s
        </persistence>
        """.formatted(unitXml), StandardCharsets.UTF_8);
    for (Class<?> type : new Class<?>[] {Note.class, Label.class}) {
      String entry = type.getName().replace('.', '/') + ".class";
      Path target = root.resolve(entry);
      Files.createDirectories(target.getParent());
      try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
        Files.copy(in, target);
      }
    }
    return root;
  }

  @Test
  void createEntityManagerFactory_unitOnlyTheContextLoaderSees_isFoundAndItsRootScanned(@TempDir Path temp)
      throws IOException {
    String unit = "xml-temp-" + UUID.randomUUID();
    Path root = unitRoot(temp, """
        <persistence-unit name="%s">
          <provider>org.memoryjpa.MemoryPersistenceProvider</provider>
          <exclude-unlisted-classes>false</exclude-unlisted-classes>
        </persistence-unit>""".formatted(unit));

    assertThat(new MemoryPersistenceProvider().createEntityManagerFactory(unit, Map.of())).isNull();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {root.toUri().toURL()}, PersistenceXmlBootstrapTest.class.getClassLoader())) {
      EntityManagerFactory factory = withContextLoader(loader, () -> Persistence.createEntityManagerFactory(unit));
      try (factory) {
        assertThat(factory.getMetamodel().getEntities()).extracting(EntityType::getName)
            .containsExactlyInAnyOrder("Note", "Label");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_noContextLoader_readsTheProvidersOwnLoader(Provider provider) {
    EntityManagerFactory factory = withContextLoader(null,
        () -> persistenceProvider(provider).createEntityManagerFactory(ownUnit(provider), Map.of()));

    try (factory) {
      assertThat(factory.getName()).isEqualTo(ownUnit(provider));
      assertThat(factory.getMetamodel().getEntities()).extracting(EntityType::getName).containsExactly("Note");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_contextLoaderSeesNoPersistenceXml_returnsNull_differsFromHibernate_becauseNullLetsPersistenceAskTheNextProvider(
      Provider provider) throws IOException {
    try (URLClassLoader blind = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      Supplier<EntityManagerFactory> create =
          () -> persistenceProvider(provider).createEntityManagerFactory(ownUnit(provider), Map.of());

      if (provider == Provider.MEMORY) {
        assertThat(withContextLoader(blind, create)).isNull();
      } else {
        assertThatThrownBy(() -> withContextLoader(blind, create)).isInstanceOf(PersistenceException.class);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void generateSchema_ownUnit_appliesItsSchemaActionAndReturnsTrue(Provider provider) {
    String database = "xml-generate-" + UUID.randomUUID();
    try (EntityManagerFactory factory = provider.create(provider.sharedDatabase(database, "create"), Note.class)) {
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));

      boolean generated = persistenceProvider(provider)
          .generateSchema(ownUnit(provider), provider.sharedDatabase(database, "drop-and-create"));

      assertThat(generated).isTrue();
      try (EntityManager em = factory.createEntityManager()) {
        assertThat(em.find(Note.class, 1L)).isNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void generateSchema_unitOfAnotherProviderOrUnknown_returnsFalse(Provider provider) {
    PersistenceProvider persistenceProvider = persistenceProvider(provider);

    assertThat(persistenceProvider.generateSchema(otherUnit(provider), Map.of())).isFalse();
    assertThat(persistenceProvider.generateSchema("xml-no-such-unit", Map.of())).isFalse();
  }

  @Test
  void persistenceGenerateSchema_memoryUnit_reachesMemoryJpa() {
    String store = "xml-generate-" + UUID.randomUUID();
    try (EntityManagerFactory factory = Provider.MEMORY.create(Provider.MEMORY.sharedDatabase(store, "create"), Note.class)) {
      factory.runInTransaction(em -> em.persist(new Note(1, "hello")));

      Persistence.generateSchema("xml-memory-listed", Provider.MEMORY.sharedDatabase(store, "drop"));

      assertThat(factory.unwrap(Store.class).count(Note.class)).isZero();
    }
  }
}
