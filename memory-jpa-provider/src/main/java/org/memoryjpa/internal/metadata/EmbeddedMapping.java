package org.memoryjpa.internal.metadata;

import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.Map;

/**
 * An {@code @Embedded} attribute or {@code @EmbeddedId}: a value of an embeddable type stored with the
 * owner, with the column overrides the owner declares for it. Immutable after bootstrap.
 */
public final class EmbeddedMapping extends AttributeMapping {

  EmbeddableModel embeddable;
  Map<String, ColumnModel> columnOverrides = Map.of();

  EmbeddedMapping(
      String name, ManagedTypeModel declaringType, Class<?> javaType, Type genericType, PropertyAccessor accessor) {
    super(name, declaringType, javaType, genericType, accessor);
  }

  @Override
  public PersistentAttributeType persistentAttributeType() {
    return PersistentAttributeType.EMBEDDED;
  }

  /** The embeddable type. */
  public EmbeddableModel embeddable() {
    return embeddable;
  }

  /**
   * Column overrides by attribute path inside the embeddable (e.g. {@code "city"} or
   * {@code "geo.lat"}), from {@code @AttributeOverride}.
   */
  public Map<String, ColumnModel> columnOverrides() {
    return Collections.unmodifiableMap(columnOverrides);
  }
}
