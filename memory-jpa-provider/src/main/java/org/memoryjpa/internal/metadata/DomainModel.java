package org.memoryjpa.internal.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.Suggestions;

/**
 * Every managed type of a persistence unit, by class and (entities) by entity name, with the
 * unit-wide named queries and entity graphs. Built once by the {@link MetadataReader}; immutable and
 * thread-safe.
 */
public final class DomainModel {

  final Map<Class<?>, ManagedTypeModel> types = new LinkedHashMap<>();
  final Map<String, EntityModel> entitiesByName = new LinkedHashMap<>();
  final Map<String, NamedQueryModel> namedQueries = new LinkedHashMap<>();
  final Map<String, NamedEntityGraphModel> namedEntityGraphs = new LinkedHashMap<>();

  DomainModel() {}

  /** Every managed type, in the order the unit lists them. */
  public Collection<ManagedTypeModel> managedTypes() {
    return Collections.unmodifiableCollection(types.values());
  }

  /** Every entity. */
  public List<EntityModel> entities() {
    return typesOf(EntityModel.class);
  }

  /** Every embeddable. */
  public List<EmbeddableModel> embeddables() {
    return typesOf(EmbeddableModel.class);
  }

  /** Every mapped superclass. */
  public List<MappedSuperclassModel> mappedSuperclasses() {
    return typesOf(MappedSuperclassModel.class);
  }

  // a loop, not a stream: the first factory of a fresh JVM calls these, and every lambda it meets first
  // costs an invokedynamic bootstrap (cold start, issue 6)
  private <T extends ManagedTypeModel> List<T> typesOf(Class<T> kind) {
    List<T> found = new ArrayList<>();
    for (ManagedTypeModel type : types.values()) {
      if (kind.isInstance(type)) {
        found.add(kind.cast(type));
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** The managed type of exactly that class, or null. */
  public ManagedTypeModel findManagedType(Class<?> type) {
    return types.get(type);
  }

  /**
   * The entity of an instance's class: the class itself or, for proxies and unmapped subclasses, the
   * nearest mapped superclass that is an entity. Null when none is.
   */
  public EntityModel findEntity(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      ManagedTypeModel model = types.get(c);
      if (model instanceof EntityModel entity) {
        return entity;
      }
      if (model != null) {
        return null;
      }
    }
    return null;
  }

  /**
   * The entity of a class.
   *
   * @throws IllegalArgumentException when the class is not an entity of this unit
   */
  public EntityModel requireEntity(Class<?> type) {
    EntityModel entity = type == null ? null : findEntity(type);
    if (entity == null) {
      throw new IllegalArgumentException(
          "Not an entity: '" + (type == null ? "null" : type.getName())
              + "'; it is not listed in the persistence unit or lacks @Entity");
    }
    return entity;
  }

  /** The entity of that entity name, or null. */
  public EntityModel findEntity(String entityName) {
    return entitiesByName.get(entityName);
  }

  /**
   * The entity of that entity name.
   *
   * @throws IllegalArgumentException naming the closest entity name
   */
  public EntityModel requireEntity(String entityName) {
    EntityModel entity = entitiesByName.get(entityName);
    if (entity == null) {
      throw new IllegalArgumentException(
          "Unknown entity '" + entityName + "'"
              + Suggestions.didYouMean(String.valueOf(entityName), entitiesByName.keySet()));
    }
    return entity;
  }

  /** The named queries declared by the unit's classes, by name. */
  public Map<String, NamedQueryModel> namedQueries() {
    return Collections.unmodifiableMap(namedQueries);
  }

  /** The named entity graphs declared by the unit's classes, by name. */
  public Map<String, NamedEntityGraphModel> namedEntityGraphs() {
    return Collections.unmodifiableMap(namedEntityGraphs);
  }
}
