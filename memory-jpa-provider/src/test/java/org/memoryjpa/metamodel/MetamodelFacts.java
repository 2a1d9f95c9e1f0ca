package org.memoryjpa.metamodel;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.IdentifiableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the JPA metamodel API tells about a persistence unit, as sorted {@code key -> value}
 * facts ({@code "Customer.name.optional" -> "false"}), so that two providers' metamodels can be
 * compared entry by entry. Uses only the {@code jakarta.persistence.metamodel} interfaces.
 */
final class MetamodelFacts {

  private final Map<String, String> facts = new TreeMap<>();

  private MetamodelFacts() {}

  /** The facts of {@code metamodel}. */
  static Map<String, String> of(Metamodel metamodel) {
    MetamodelFacts collected = new MetamodelFacts();
    for (ManagedType<?> type : metamodel.getManagedTypes()) {
      collected.type(type);
    }
    return collected.facts;
  }

  private void type(ManagedType<?> type) {
    String key = type.getJavaType().getSimpleName();
    put(key + ".persistenceType", type.getPersistenceType());
    put(key + ".attributes", names(type.getAttributes()));
    put(key + ".declaredAttributes", names(type.getDeclaredAttributes()));
    if (type instanceof EntityType<?> entity) {
      put(key + ".entityName", entity.getName());
      put(key + ".bindable", entity.getBindableType() + ":" + entity.getBindableJavaType().getName());
    }
    if (type instanceof IdentifiableType<?> identifiable) {
      identifiable(key, identifiable);
    }
    for (Attribute<?, ?> attribute : type.getAttributes()) {
      attribute(key + "." + attribute.getName(), type, attribute);
    }
  }

  private void identifiable(String key, IdentifiableType<?> type) {
    put(key + ".supertype", type.getSupertype() == null ? null : type.getSupertype().getJavaType().getSimpleName());
    put(key + ".hasSingleIdAttribute", type.hasSingleIdAttribute());
    put(key + ".hasVersionAttribute", type.hasVersionAttribute());
    put(key + ".idType", describe(type.getIdType()));
    put(key + ".idAttribute", names(type.getSingularAttributes().stream().filter(SingularAttribute::isId).toList()));
    put(key + ".versionAttribute",
        names(type.getSingularAttributes().stream().filter(SingularAttribute::isVersion).toList()));
    if (!type.hasSingleIdAttribute()) {
      try {
        put(key + ".idClassAttributes", names(type.getIdClassAttributes()));
      } catch (IllegalArgumentException e) {
        put(key + ".idClassAttributes", "IllegalArgumentException");
      }
    }
  }

  private void attribute(String key, ManagedType<?> owner, Attribute<?, ?> attribute) {
    put(key + ".persistentAttributeType", attribute.getPersistentAttributeType());
    put(key + ".javaType", attribute.getJavaType().getName());
    put(key + ".declaringType", attribute.getDeclaringType().getJavaType().getSimpleName());
    put(key + ".javaMember", attribute.getJavaMember());
    put(key + ".association", attribute.isAssociation());
    put(key + ".collection", attribute.isCollection());
    ManagedType<?> declaring = attribute.getDeclaringType();
    // Inherited attributes are the declaring type's objects, on both providers.
    put(key + ".sameObjectAsDeclaringType", declaring.getAttribute(attribute.getName()) == attribute);
    put(key + ".sameObjectAsOwnerLookup", owner.getAttribute(attribute.getName()) == attribute);
    if (attribute instanceof SingularAttribute<?, ?> singular) {
      put(key + ".id", singular.isId());
      put(key + ".version", singular.isVersion());
      put(key + ".optional", singular.isOptional());
      put(key + ".type", describe(singular.getType()));
      put(key + ".bindable", singular.getBindableType() + ":" + singular.getBindableJavaType().getName());
    }
    if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
      put(key + ".collectionType", plural.getCollectionType());
      put(key + ".elementType", describe(plural.getElementType()));
      put(key + ".bindable", plural.getBindableType() + ":" + plural.getBindableJavaType().getName());
    }
    if (attribute instanceof MapAttribute<?, ?, ?> map) {
      put(key + ".keyType", describe(map.getKeyType()));
      put(key + ".keyJavaType", map.getKeyJavaType().getName());
    }
  }

  private static String describe(Type<?> type) {
    return type == null ? null : type.getPersistenceType() + ":" + type.getJavaType().getName();
  }

  private static String names(java.util.Collection<? extends Attribute<?, ?>> attributes) {
    return attributes.stream().map(Attribute::getName).sorted().collect(Collectors.joining(","));
  }

  private void put(String key, Object value) {
    facts.put(key, String.valueOf(value));
  }
}
