package org.memoryjpa.internal.metadata;

import jakarta.persistence.IdClass;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.MappingErrors;

/**
 * Finds the id and version of every entity and mapped superclass, checks that each hierarchy has
 * exactly one id, and resolves id generation per entity. Used only while reading.
 */
final class IdReader {

  private final GeneratorResolver generators;
  private final Map<BasicMapping, PersistentMember> idMembers;

  IdReader(GeneratorResolver generators, Map<BasicMapping, PersistentMember> idMembers) {
    this.generators = generators;
    this.idMembers = idMembers;
  }

  void readIds(DomainModel model) {
    for (ManagedTypeModel type : model.managedTypes()) {
      if (type instanceof IdentifiableTypeModel identifiable) {
        readDeclared(identifiable);
      }
    }
    for (EntityModel entity : model.entities()) {
      IdModel id = entity.id();
      if (id == null) {
        throw MappingErrors.onClass(
            entity.javaType(), "entity '" + entity.name() + "' has no @Id or @EmbeddedId; add one to"
                + " the entity or a @MappedSuperclass above it");
      }
      id = bindGenericId(entity, id);
      if (entity.isRoot() && id.kind() == IdModel.Kind.SIMPLE && id.single() instanceof BasicMapping basic) {
        PersistentMember member = idMembers.get(basic);
        if (member != null) {
          entity.idGeneration = generators.resolve(member, entity, id.idType());
        }
      } else if (!entity.isRoot()) {
        entity.idGeneration = null; // set below from the root once roots are done
      }
    }
    for (EntityModel entity : model.entities()) {
      if (!entity.isRoot()) {
        entity.idGeneration = entity.root().idGeneration;
      }
    }
  }

  /**
   * The id of an entity whose simple id is typed by a type variable of a mapped superclass
   * ({@code @Id ID id} in {@code BaseEntity<ID>}), with the id type this entity binds; the id
   * attribute itself is shared by every entity below the mapped superclass and keeps the erasure.
   */
  private static IdModel bindGenericId(EntityModel entity, IdModel inherited) {
    if (inherited.kind() != IdModel.Kind.SIMPLE
        || !(inherited.single() instanceof BasicMapping basic)
        || !(basic.genericType() instanceof TypeVariable<?> variable)) {
      return inherited;
    }
    Class<?> bound = GenericTypes.raw(GenericTypes.resolve(variable, entity.javaType()));
    entity.boundId = new IdModel(IdModel.Kind.SIMPLE, inherited.attributes(), ValueConversion.boxed(bound));
    return entity.boundId;
  }

  private void readDeclared(IdentifiableTypeModel type) {
    List<AttributeMapping> ids = new ArrayList<>();
    AttributeMapping version = null;
    for (AttributeMapping attribute : type.declaredAttributes.values()) {
      if (attribute.id) {
        ids.add(attribute);
      }
      if (attribute.version) {
        if (version != null) {
          throw MappingErrors.onAttribute(
              type.javaType(), attribute.name(), "a second @Version attribute; '" + version.name()
                  + "' is one already");
        }
        version = attribute;
      }
    }
    type.declaredVersion = version;
    IdClass idClass = type.javaType().getAnnotation(IdClass.class);
    if (ids.isEmpty()) {
      if (idClass != null) {
        type.idClass = idClass.value();
      }
      return;
    }
    if (idClass != null) {
      type.idClass = idClass.value();
      checkIdClass(type, idClass.value(), ids);
      type.declaredId = new IdModel(IdModel.Kind.ID_CLASS, ids, idClass.value());
      markRequired(type.idClassType);
      return;
    }
    if (ids.size() > 1) {
      throw MappingErrors.onClass(
          type.javaType(), "several @Id attributes " + ids.stream().map(AttributeMapping::name).toList()
              + " need an @IdClass, or use one @EmbeddedId");
    }
    AttributeMapping single = ids.get(0);
    if (single instanceof EmbeddedMapping embedded) {
      type.declaredId = new IdModel(IdModel.Kind.EMBEDDED, ids, single.javaType());
      markRequired(embedded.embeddable);
    } else if (single instanceof ToOneMapping toOne) {
      IdModel targetId = toOne.target == null ? null : toOne.target.id();
      Class<?> idType = targetId == null ? Object.class : targetId.idType();
      type.declaredId = new IdModel(IdModel.Kind.SIMPLE, ids, idType);
    } else if (single instanceof BasicMapping) {
      type.declaredId = new IdModel(IdModel.Kind.SIMPLE, ids, ValueConversion.boxed(single.javaType()));
    } else {
      throw MappingErrors.onAttribute(type.javaType(), single.name(), "a collection cannot be an @Id");
    }
  }

  /** Makes the attributes of an id's embeddable non-optional: primary key columns are never null. */
  private static void markRequired(EmbeddableModel embeddable) {
    for (AttributeMapping attribute : embeddable.declaredAttributes.values()) {
      attribute.optional = false;
      if (attribute instanceof BasicMapping basic) {
        basic.column = AttributeClassifier.withNullable(basic.column, false);
      } else if (attribute instanceof EmbeddedMapping nested) {
        markRequired(nested.embeddable);
      }
    }
  }

  private static void checkIdClass(IdentifiableTypeModel type, Class<?> idClass, List<AttributeMapping> ids) {
    for (AttributeMapping id : ids) {
      if (!hasProperty(idClass, id.name())) {
        throw MappingErrors.onAttribute(
            type.javaType(), id.name(), "the @IdClass '" + idClass.getName()
                + "' has no field or property named '" + id.name() + "'");
      }
    }
  }

  private static boolean hasProperty(Class<?> idClass, String name) {
    for (Class<?> c = idClass; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        c.getDeclaredField(name);
        return true;
      } catch (NoSuchFieldException e) {
        // try getters and superclasses
      }
      for (var method : c.getDeclaredMethods()) {
        if (name.equals(MemberDiscovery.propertyName(method))) {
          return true;
        }
      }
    }
    return false;
  }
}
