package org.memoryjpa.metamodel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.metadata.MetadataReader;

/**
 * Mappings the reader must reject at bootstrap with a PersistenceException naming the class and,
 * where there is one, the attribute. The broken entities are declared here.
 */
class MappingErrorsTest {

  @Entity
  static class NoId {
    String name;
  }

  @Entity
  static class NoNoArgConstructor {
    @Id Long id;

    NoNoArgConstructor(long id) {
      this.id = id;
    }
  }

  @Entity
  static class Owner {
    @Id Long id;

    // A path, because hibernate-processor rejects a plain unknown name at compile time already.
    @OneToMany(mappedBy = "details.owner")
    List<Child> children;
  }

  @Entity
  static class Child {
    @Id Long id;
    @ManyToOne Owner owner;
  }

  @Entity(name = "Thing")
  static class FirstThing {
    @Id Long id;
  }

  @Entity(name = "Thing")
  static class SecondThing {
    @Id Long id;
  }

  /** Neither basic, nor Serializable, nor embeddable, nor converted. */
  static class Gauge {
    double reading;
  }

  @Entity
  static class WithUnsupportedType {
    @Id Long id;
    Gauge gauge;
  }

  @Entity
  static class WithBareCollection {
    @Id Long id;
    List<String> nicknames;
  }

  @Test
  void read_entityWithoutId_throwsNamingEntity() {
    assertThatThrownBy(() -> MetadataReader.read(List.of(NoId.class)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Mapping error in '" + NoId.class.getName() + "': entity 'NoId' has no @Id or"
            + " @EmbeddedId; add one to the entity or a @MappedSuperclass above it");
  }

  @Test
  void read_entityWithoutNoArgConstructor_throwsNamingEntity() {
    assertThatThrownBy(() -> MetadataReader.read(List.of(NoNoArgConstructor.class)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Mapping error in '" + NoNoArgConstructor.class.getName() + "': an entity needs a"
            + " public or protected no-argument constructor; add one");
  }

  @Test
  void read_mappedByNamingNothing_throwsNamingClassAttributeAndPath() {
    assertThatThrownBy(() -> MetadataReader.read(List.of(Owner.class, Child.class)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Mapping error in '" + Owner.class.getName() + "', attribute 'children': mappedBy"
            + " names 'details.owner', which is not an attribute of entity 'Child'");
  }

  @Test
  void read_duplicateEntityNames_throwsNamingBothClasses() {
    assertThatThrownBy(() -> MetadataReader.read(List.of(FirstThing.class, SecondThing.class)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Mapping error in '" + SecondThing.class.getName() + "': entity name 'Thing' is"
            + " also used by '" + FirstThing.class.getName() + "'; give one of them"
            + " @Entity(name = \"...\")");
  }

  @Test
  void read_unsupportedAttributeType_throwsNamingClassAttributeAndType() {
    assertThatThrownBy(() -> MetadataReader.read(List.of(WithUnsupportedType.class)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Mapping error in '" + WithUnsupportedType.class.getName() + "', attribute 'gauge':"
            + " unsupported type '" + Gauge.class.getName() + "'; map it with an AttributeConverter,"
            + " make it @Embeddable, or mark the attribute @Transient");
  }

  @Test
  void read_collectionWithoutAnnotation_throwsNamingClassAndAttribute() {
    assertThatThrownBy(() -> MetadataReader.read(List.of(WithBareCollection.class)))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Mapping error in '" + WithBareCollection.class.getName() + "', attribute"
            + " 'nicknames': a collection needs @ElementCollection, @OneToMany or @ManyToMany (or"
            + " @Transient)");
  }
}
