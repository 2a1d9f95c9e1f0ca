package org.memoryjpa.internal.graph;

import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import jakarta.persistence.metamodel.PluralAttribute.CollectionType;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.ManagedTypeModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;

/**
 * Which managed type a subgraph of an attribute describes, and whether the kind of subgraph asked
 * for is allowed on that attribute. The rules follow Hibernate 7, so that a graph this provider
 * accepts also works there: a value subgraph by name is lenient (to-one, embedded, or the elements
 * of a collection of entities or embeddables); a subgraph by {@code Attribute} is for to-one and
 * embedded attributes only; an element subgraph is for one-to-many and many-to-many associations; a
 * key subgraph for maps keyed by an entity or embeddable. Stateless.
 */
final class SubgraphTargets {

  private SubgraphTargets() {}

  /** The target of {@code addSubgraph(String)}: the value, or for a collection its elements. */
  static ManagedTypeModel requireValue(AttributeMapping attribute, String where) {
    ManagedTypeModel target = valueType(attribute);
    if (target == null) {
      throw cannot("a subgraph", attribute, where, notManaged(attribute, elementClass(attribute)));
    }
    return target;
  }

  /** The target of {@code addSubgraph(Attribute)}: a to-one or embedded value. */
  static ManagedTypeModel requireSingular(AttributeMapping attribute, String where) {
    if (attribute instanceof PluralMapping) {
      throw cannot(
          "a subgraph through addSubgraph(Attribute)",
          attribute,
          where,
          "it is a collection; use addElementSubgraph(PluralAttribute) for its elements");
    }
    return requireValue(attribute, where);
  }

  /** The target of an element subgraph: the entity of a one-to-many or many-to-many. */
  static ManagedTypeModel requireElement(AttributeMapping attribute, String where) {
    if (!(attribute instanceof PluralMapping plural)) {
      throw cannot(
          "an element subgraph",
          attribute,
          where,
          "it is not a collection; use addSubgraph(\"" + attribute.name() + "\")");
    }
    if (plural.persistentAttributeType() == PersistentAttributeType.ELEMENT_COLLECTION) {
      throw cannot(
          "an element subgraph",
          attribute,
          where,
          "element subgraphs are for one-to-many and many-to-many associations, as in Hibernate,"
              + " and it is an element collection; use addSubgraph(\""
              + attribute.name()
              + "\") for its elements");
    }
    return plural.targetEntity();
  }

  /** The target of a key subgraph: the entity or embeddable keys of a map. */
  static ManagedTypeModel requireKey(AttributeMapping attribute, String where) {
    if (!(attribute instanceof PluralMapping plural)
        || plural.collectionType() != CollectionType.MAP) {
      throw cannot("a key subgraph", attribute, where, "it is not a Map");
    }
    ManagedTypeModel key = plural.keyEntity() != null ? plural.keyEntity() : plural.keyEmbeddable();
    if (key == null) {
      throw cannot(
          "a key subgraph",
          attribute,
          where,
          "its map key type '"
              + plural.keyClass().getSimpleName()
              + "' is not an entity or embeddable");
    }
    return key;
  }

  private static ManagedTypeModel valueType(AttributeMapping attribute) {
    if (attribute instanceof ToOneMapping toOne) {
      return toOne.target();
    }
    if (attribute instanceof EmbeddedMapping embedded) {
      return embedded.embeddable();
    }
    if (attribute instanceof PluralMapping plural) {
      return plural.targetEntity() != null ? plural.targetEntity() : plural.elementEmbeddable();
    }
    return null;
  }

  private static Class<?> elementClass(AttributeMapping attribute) {
    return attribute instanceof PluralMapping plural ? plural.elementClass() : attribute.javaType();
  }

  private static String notManaged(AttributeMapping attribute, Class<?> type) {
    return (attribute instanceof PluralMapping ? "its element type '" : "its type '")
        + type.getSimpleName()
        + "' is not an entity or embeddable";
  }

  private static IllegalArgumentException cannot(
      String what, AttributeMapping attribute, String where, String why) {
    return new IllegalArgumentException(
        "Cannot add "
            + what
            + " for attribute '"
            + attribute.name()
            + "' of "
            + where
            + ": "
            + why);
  }
}
