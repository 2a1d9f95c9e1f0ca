package org.memoryjpa.internal.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.proxy.LazyInitializer;
import org.memoryjpa.internal.proxy.PersistentCollection;

/**
 * The merge operation (JPA 3.2.7.1): copies the state of a detached or new instance onto the managed
 * instance with the same id (loading it, or creating and persisting a new one), checks the version of
 * detached instances, and cascades through MERGE associations; references without cascade become
 * references to the managed instances. One per merge call, so cycles map to one copy.
 */
final class Merger {

  private final MemoryEntityManager session;
  private final Map<Object, Object> copies = new IdentityHashMap<>();

  Merger(MemoryEntityManager session) {
    this.session = session;
  }

  @SuppressWarnings("unchecked")
  <T> T merge(EntityModel model, T entity) {
    return (T) mergeOne(model, entity);
  }

  private Object mergeOne(EntityModel model, Object entity) {
    Object known = copies.get(entity);
    if (known != null) {
      return known;
    }
    LazyInitializer lazy = EntityProxies.initializerOf(entity);
    if (lazy != null) {
      if (!lazy.isInitialized()) {
        return session.loader().reference(model, EntityIds.keyOfId(model, lazy.identifier()));
      }
      entity = lazy.implementation();
    }
    EntityEntry entry = session.context().entry(entity);
    if (entry != null) {
      if (entry.status == EntityStatus.REMOVED) {
        throw new IllegalArgumentException(
            "Cannot merge removed entity '" + model.name() + "' with id '" + EntityIds.idOfKey(model, entry.key) + "'");
      }
      copies.put(entity, entity);
      Cascades.forEachTarget(model, entity, CascadeType.MERGE, target -> mergeOne(session.requireEntity(target, "merge"), target));
      return entity;
    }
    Object key = EntityIds.keyOfEntity(model, entity);
    Object managed = key == null ? null : session.loader().find(model, key);
    if (managed == null) {
      if (key != null && model.idGeneration() != null && model.version() != null
          && model.version().get(entity) != null) {
        throw new OptimisticLockException(
            "Row was updated or deleted by another transaction: '" + model.name() + "' with id '"
                + EntityIds.idOf(model, entity) + "' no longer exists", null, entity);
      }
      EntityModel concrete = session.requireEntity(entity, "merge");
      Object copy = concrete.instantiate();
      copies.put(entity, copy);
      copyState(concrete, entity, copy, true);
      session.persistOne(concrete, copy);
      return copy;
    }
    Object target = EntityProxies.unproxy(managed);
    EntityModel concrete = session.context().entry(target).entity;
    checkVersion(concrete, entity, target);
    copies.put(entity, managed);
    copyState(concrete, entity, target, false);
    return managed;
  }

  private static void checkVersion(EntityModel model, Object detached, Object managed) {
    AttributeMapping version = model.version();
    if (version == null) {
      return;
    }
    Object detachedVersion = version.get(detached);
    Object managedVersion = version.get(managed);
    if (detachedVersion != null && !Objects.equals(detachedVersion, managedVersion)
        && !(detachedVersion instanceof Number n && n.longValue() == 0 && version.javaType().isPrimitive()
            && managedVersion == null)) {
      throw new OptimisticLockException(
          "Row was updated or deleted by another transaction: '" + model.name() + "' with id '"
              + EntityIds.idOf(model, managed) + "' has version " + managedVersion
              + ", the merged instance has version " + detachedVersion, null, detached);
    }
  }

  private void copyState(EntityModel model, Object source, Object target, boolean includeId) {
    for (AttributeMapping attribute : model.attributes()) {
      if ((attribute.isId() && !includeId) || attribute.isVersion()) {
        continue;
      }
      Object value = attribute.get(source);
      if (attribute instanceof BasicMapping basic) {
        if (value != null || !basic.javaType().isPrimitive()) {
          attribute.set(target, copyBasic(basic, value));
        }
      } else if (attribute instanceof EmbeddedMapping embedded) {
        attribute.set(target, value == null ? null
            : ElementCodec.javaEmbeddable(embedded.embeddable(), ElementCodec.storedEmbeddable(embedded.embeddable(), value)));
      } else if (attribute instanceof ToOneMapping toOne) {
        attribute.set(target, value == null ? null : mergeReference(toOne.target(), value, toOne.cascades(CascadeType.MERGE)));
      } else if (attribute instanceof PluralMapping plural) {
        mergeCollection(plural, value, target);
      }
    }
  }

  private static Object copyBasic(BasicMapping basic, Object value) {
    return basic.conversion().isIdentity() ? value : basic.conversion().toJava(basic.conversion().toStored(value));
  }

  private Object mergeReference(EntityModel targetModel, Object value, boolean cascade) {
    if (cascade) {
      return mergeOne(session.requireEntity(value, "merge"), value);
    }
    Object known = copies.get(value);
    if (known != null) {
      return known;
    }
    EntityEntry entry = session.context().entry(EntityProxies.unproxy(value));
    if (entry != null) {
      return value;
    }
    EntityModel actual = session.requireEntity(value, "merge");
    Object key = EntityIds.keyOfEntity(actual, value);
    if (key == null) {
      return value; // a transient instance: flush reports it, as Hibernate does
    }
    return session.loader().reference(actual, key);
  }

  @SuppressWarnings("unchecked")
  private void mergeCollection(PluralMapping plural, Object value, Object target) {
    if (value instanceof PersistentCollection lazy && !lazy.isInitialized()) {
      return; // nothing was loaded, so nothing was changed
    }
    Object current = plural.get(target);
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> merged = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        merged.put(e.getKey(), element(plural, e.getValue()));
      }
      if (current instanceof Map<?, ?> currentMap && (current instanceof PersistentCollection || plural.isOrphanRemoval())) {
        ((Map<Object, Object>) currentMap).clear();
        ((Map<Object, Object>) currentMap).putAll(merged);
      } else {
        plural.set(target, merged);
      }
      return;
    }
    List<Object> elements = new ArrayList<>();
    if (value != null) {
      for (Object element : (Collection<?>) value) {
        elements.add(element(plural, element));
      }
    }
    // a managed entity keeps its collection object (orphan removal requires it, as in Hibernate)
    if (current instanceof Collection<?> currentCollection
        && (current instanceof PersistentCollection || plural.isOrphanRemoval())) {
      ((Collection<Object>) currentCollection).clear();
      ((Collection<Object>) currentCollection).addAll(elements);
    } else if (value == null) {
      plural.set(target, null);
    } else {
      plural.set(target, plural.collectionType() == jakarta.persistence.metamodel.PluralAttribute.CollectionType.SET
          ? new LinkedHashSet<>(elements) : elements);
    }
  }

  private Object element(PluralMapping plural, Object element) {
    if (element == null) {
      return null;
    }
    if (plural.isAssociation()) {
      return mergeReference(plural.targetEntity(), element, plural.cascades(CascadeType.MERGE));
    }
    if (plural.elementEmbeddable() != null) {
      return ElementCodec.javaEmbeddable(plural.elementEmbeddable(),
          ElementCodec.storedEmbeddable(plural.elementEmbeddable(), element));
    }
    return element;
  }
}
