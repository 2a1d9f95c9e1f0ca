package org.memoryjpa.internal.graph;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * Binds what graph methods receive to the mapping model: attribute names and metamodel {@code
 * Attribute}s to the attributes of a managed type, and classes to the entity subtypes a treated
 * subgraph may describe. Rejects anything else with an {@link IllegalArgumentException} that says
 * where and how to fix it. Metamodel attributes are bound by name and declaring class only, so any
 * provider's {@code Attribute} (a static metamodel field) works. Stateless.
 *
 * <p>{@code where} arguments describe the graph for messages, e.g. {@code entity 'Purchase' at
 * 'purchases' in entity graph 'Customer.all'}.
 */
final class AttributeBinder {

  private AttributeBinder() {}

  /** The attribute of that name of {@code type}, declared or inherited. */
  static AttributeMapping requireAttribute(
      ManagedTypeModel type, String attributeName, String where) {
    AttributeMapping attribute = attributeName == null ? null : type.findAttribute(attributeName);
    if (attribute != null) {
      return attribute;
    }
    EntityModel subtype = attributeName == null ? null : subtypeDeclaring(type, attributeName);
    String hint =
        subtype != null
            ? "; it is an attribute of subtype '"
                + subtype.name()
                + "': add it to a subgraph treated as '"
                + subtype.name()
                + "'"
            : Suggestions.didYouMean(
                String.valueOf(attributeName),
                type.attributes().stream().map(AttributeMapping::name).toList());
    throw new IllegalArgumentException(
        "Unknown attribute '" + attributeName + "' of " + where + hint);
  }

  /** Whether {@code type} or one of its entity subtypes has an attribute of that name. */
  static boolean isAttributeOfTypeOrSubtype(ManagedTypeModel type, String attributeName) {
    return attributeName != null
        && (type.findAttribute(attributeName) != null
            || subtypeDeclaring(type, attributeName) != null);
  }

  /** The attribute a metamodel {@code Attribute} stands for, which {@code type} must have. */
  static AttributeMapping resolve(ManagedTypeModel type, Attribute<?, ?> attribute, String where) {
    if (attribute == null) {
      throw new IllegalArgumentException(
          "Cannot use attribute 'null' of " + where + "; pass an Attribute");
    }
    ManagedType<?> declaringType = attribute.getDeclaringType();
    Class<?> declaringClass = declaringType == null ? null : declaringType.getJavaType();
    if (declaringClass != null && !declaringClass.isAssignableFrom(type.javaType())) {
      String fix =
          type.javaType().isAssignableFrom(declaringClass)
              ? "; add it to a subgraph treated as '" + declaringClass.getSimpleName() + "'"
              : "; pass an attribute of '"
                  + type.javaType().getSimpleName()
                  + "' or of one of its supertypes";
      throw new IllegalArgumentException(
          "Attribute '"
              + attribute.getName()
              + "' of '"
              + declaringClass.getName()
              + "' is not an attribute of "
              + where
              + fix);
    }
    return requireAttribute(type, attribute.getName(), where);
  }

  /**
   * The managed type of {@code javaType}, which must be {@code base} or an entity subtype of it.
   *
   * @param what the thing treated as that type, for the message
   */
  static ManagedTypeModel requireSubtype(ManagedTypeModel base, Class<?> javaType, String what) {
    if (javaType == base.javaType()) {
      return base;
    }
    List<String> subtypes = new ArrayList<>();
    if (base instanceof EntityModel entity) {
      for (EntityModel candidate : entity.selfAndSubtypes()) {
        if (candidate.javaType() == javaType) {
          return candidate;
        }
        if (candidate != entity) {
          subtypes.add(candidate.name());
        }
      }
    }
    String name = javaType == null ? "null" : javaType.getName();
    throw new IllegalArgumentException(
        "Cannot treat "
            + what
            + " as '"
            + name
            + "': it is not an entity subtype of "
            + base.describe()
            + (subtypes.isEmpty()
                ? ", which has none"
                : "; its subtypes are '" + String.join("', '", subtypes) + "'"));
  }

  private static EntityModel subtypeDeclaring(ManagedTypeModel type, String attributeName) {
    if (type instanceof EntityModel entity) {
      for (EntityModel subtype : entity.selfAndSubtypes()) {
        if (subtype != entity && subtype.findDeclaredAttribute(attributeName) != null) {
          return subtype;
        }
      }
    }
    return null;
  }
}
