package org.memoryjpa.internal.metadata;

import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import org.memoryjpa.internal.diagnostics.MappingErrors;
import org.memoryjpa.internal.diagnostics.Suggestions;

/**
 * Resolves what associations point at once every type is known: target entities, map key types,
 * and the {@code mappedBy} attribute of every inverse side, which must name an association back to
 * the owner. Used only while reading.
 */
final class AssociationResolver {

  private final DomainModel model;

  AssociationResolver(DomainModel model) {
    this.model = model;
  }

  void resolve() {
    for (ManagedTypeModel type : model.managedTypes()) {
      for (AttributeMapping attribute : type.declaredAttributes.values()) {
        if (attribute instanceof ToOneMapping toOne) {
          toOne.target = requireTarget(type, attribute, toOne.targetClass);
        } else if (attribute instanceof PluralMapping plural) {
          resolvePlural(type, plural);
        }
      }
    }
    for (ManagedTypeModel type : model.managedTypes()) {
      for (AttributeMapping attribute : type.declaredAttributes.values()) {
        if (attribute instanceof ToOneMapping toOne && toOne.mappedBy != null) {
          checkMappedBy(type, attribute, toOne.target, toOne.mappedBy);
        } else if (attribute instanceof PluralMapping plural && plural.mappedBy != null) {
          checkMappedBy(type, attribute, plural.targetEntity, plural.mappedBy);
        }
      }
    }
  }

  private void resolvePlural(ManagedTypeModel type, PluralMapping plural) {
    if (plural.isAssociation()) {
      plural.targetEntity = requireTarget(type, plural, plural.elementClass);
    }
    if (plural.collectionType == CollectionType.MAP && plural.keyClass != null) {
      ManagedTypeModel key = model.findManagedType(plural.keyClass);
      if (key instanceof EntityModel entity) {
        plural.keyEntity = entity;
      } else if (key instanceof EmbeddableModel embeddable) {
        plural.keyEmbeddable = embeddable;
      }
    }
    if (plural.mapKey != null && !plural.mapKey.isEmpty() && plural.targetEntity != null
        && plural.targetEntity.findAttribute(plural.mapKey) == null) {
      throw MappingErrors.onAttribute(
          type.javaType(), plural.name(), "@MapKey names '" + plural.mapKey + "', which is not an"
              + " attribute of " + plural.targetEntity.describe());
    }
  }

  private EntityModel requireTarget(ManagedTypeModel type, AttributeMapping attribute, Class<?> targetClass) {
    ManagedTypeModel target = model.findManagedType(targetClass);
    if (target instanceof EntityModel entity) {
      return entity;
    }
    throw MappingErrors.onAttribute(
        type.javaType(), attribute.name(),
        "the association targets '" + targetClass.getName() + "', which is not an entity of the"
            + " persistence unit; annotate it @Entity and list it");
  }

  private static void checkMappedBy(
      ManagedTypeModel type, AttributeMapping attribute, EntityModel target, String mappedBy) {
    ManagedTypeModel current = target;
    AttributeMapping found = null;
    for (String segment : mappedBy.split("\\.")) {
      found = current == null ? null : current.findAttribute(segment);
      if (found == null) {
        String candidates =
            current == null ? "" : Suggestions.didYouMean(segment,
                current.attributes().stream().map(AttributeMapping::name).toList());
        throw MappingErrors.onAttribute(
            type.javaType(), attribute.name(),
            "mappedBy names '" + mappedBy + "', which is not an attribute of "
                + target.describe() + candidates);
      }
      current = found instanceof EmbeddedMapping embedded ? embedded.embeddable : null;
    }
    if (!found.isAssociation()) {
      throw MappingErrors.onAttribute(
          type.javaType(), attribute.name(),
          "mappedBy names '" + mappedBy + "' of " + target.describe() + ", which is not an association");
    }
  }
}
