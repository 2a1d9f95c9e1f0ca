package org.memoryjpa.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.MemoryPersistenceProvider;
import org.memoryjpa.testing.Provider;

/**
 * Mapping errors fail bootstrap, whichever road it takes, with a {@link PersistenceException} naming the
 * class and the attribute. (The reader's cases are in {@code metamodel.MappingErrorsTest}; these prove that
 * its errors reach the caller of {@code Persistence} and of the provider.)
 */
class BootstrapErrorsTest {

  /** Its trays are mapped by a path their type does not have. Listed by persistence.xml's xml-memory-broken. */
  @Entity
  public static class Shelf {
    @Id Long id;

    // a path: hibernate-processor rejects a plain unknown name at compile time already
    @OneToMany(mappedBy = "holder.shelf")
    List<Tray> trays;
  }

  @Entity
  public static class Tray {
    @Id Long id;

    @ManyToOne Shelf shelf;
  }

  @Entity
  public static class Nameplate {
    String text;
  }

  /** Neither basic, nor Serializable, nor embeddable, nor converted. */
  public static class Gauge {
    double reading;
  }

  @Entity
  public static class Boiler {
    @Id Long id;

    Gauge gauge;
  }

  @Test
  void createEntityManagerFactory_persistenceXmlUnitWithBadMappedBy_throwsNamingClassAndAttribute() {
    assertThatThrownBy(() -> Persistence.createEntityManagerFactory("xml-memory-broken"))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("Mapping error in '" + Shelf.class.getName() + "', attribute 'trays'")
        .hasMessageContaining("holder.shelf");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_configurationWithBadMappedBy_throwsNamingClassAndAttribute(Provider provider) {
    assertThatThrownBy(() -> provider.create(Shelf.class, Tray.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("Shelf")
        .hasMessageContaining("trays");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManagerFactory_configurationWithEntityWithoutId_throwsNamingClass(Provider provider) {
    assertThatThrownBy(() -> provider.create(Nameplate.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("Nameplate");
  }

  @Test
  void createContainerEntityManagerFactory_unsupportedAttributeType_throwsNamingClassAndAttribute() {
    TestUnitInfo info = new TestUnitInfo("container-" + UUID.randomUUID(), null, Boiler.class);

    assertThatThrownBy(() -> new MemoryPersistenceProvider().createContainerEntityManagerFactory(info, Map.of()))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("Mapping error in '" + Boiler.class.getName() + "', attribute 'gauge'");
  }

  @Test
  void generateSchema_unitInfoWithBadMappedBy_throwsNamingClassAndAttribute() {
    TestUnitInfo info = new TestUnitInfo("container-" + UUID.randomUUID(), null, Shelf.class, Tray.class);

    assertThatThrownBy(() -> new MemoryPersistenceProvider().generateSchema(info, Map.of()))
        .isInstanceOf(PersistenceException.class)
        .hasMessageStartingWith("Mapping error in '" + Shelf.class.getName() + "', attribute 'trays'");
  }
}
