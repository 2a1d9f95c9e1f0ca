package org.memoryjpa.internal.bootstrap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Classes whose class files the bootstrap tests copy into the unit roots they build, so a scan finds them
 * there and only there. Each is a valid mapping with a unique entity name, in case a test of another package
 * scans the whole test class path.
 */
final class ScanSamples {

  private ScanSamples() {}

  /** Found by its {@code @Entity}. */
  @Entity(name = "BootstrapScannedEntity")
  static class ScannedEntity {
    @Id Long id;
  }

  /** Found by its {@code @Embeddable}. */
  @Embeddable
  static class ScannedEmbeddable {
    String street;
  }

  /** Found by its {@code @MappedSuperclass}. */
  @MappedSuperclass
  abstract static class ScannedSuperclass {
    @Id Long id;
  }

  /** Found by its {@code @Converter}. */
  @Converter
  static class ScannedConverter implements AttributeConverter<Boolean, String> {
    @Override
    public String convertToDatabaseColumn(Boolean attribute) {
      return attribute == null ? null : attribute ? "Y" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String column) {
      return column == null ? null : column.equals("Y");
    }
  }

  /** The entity the tests put in a separate jar. */
  @Entity(name = "BootstrapJarEntity")
  static class JarEntity {
    @Id Long id;
  }

  /** Never found: carries no mapping annotation. */
  static class Unannotated {}
}
