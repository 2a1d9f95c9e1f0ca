package org.memoryjpa.internal.metadata;

import jakarta.persistence.AccessType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.memoryjpa.internal.diagnostics.Suggestions;

/**
 * A managed class of the persistence unit: an entity, a mapped superclass or an embeddable, with its
 * persistent attributes. Built by the {@link MetadataReader} and immutable once bootstrap has read
 * the whole unit; safe to share between threads after that.
 */
public abstract class ManagedTypeModel {

  /** The three kinds of managed type the spec names. */
  public enum Kind {
    ENTITY,
    MAPPED_SUPERCLASS,
    EMBEDDABLE
  }

  private static final MethodType NO_ARGUMENTS = MethodType.methodType(Object.class);

  final Class<?> javaType;
  final Map<String, AttributeMapping> declaredAttributes = new LinkedHashMap<>();
  AccessType accessType;
  IdentifiableTypeModel superType;
  // entities and non-record embeddables: () -> Object; record embeddables: (Object[]) -> Object
  MethodHandle instantiator;
  // a generated caller of the no-arg constructor, installed once the type is in heavy use: a handle
  // in a field is no constant to the JIT, so each instance would cost a call through the handle
  private Function<Object, Object> directInstantiator;
  private List<AttributeMapping> allAttributes;
  private Map<String, AttributeMapping> attributesByName;

  ManagedTypeModel(Class<?> javaType) {
    this.javaType = javaType;
  }

  /**
   * The no-arg constructor as an {@code (Object)Object} handle that ignores its argument, for a
   * generated accessor to call as a constant; null when the type has none (an abstract entity, a
   * mapped superclass, a record).
   */
  public MethodHandle instantiatorHandle() {
    return instantiator == null || !instantiator.type().equals(NO_ARGUMENTS)
        ? null
        : MethodHandles.dropArguments(instantiator, 0, Object.class);
  }

  /** Installs a generated {@link Function} that calls {@link #instantiatorHandle()}. */
  @SuppressWarnings("unchecked")
  public void useDirectInstantiator(Object generated) {
    directInstantiator = (Function<Object, Object>) generated;
  }

  /** A new instance through the no-arg constructor; throws whatever the constructor throws. */
  final Object construct() throws Throwable {
    Function<Object, Object> direct = directInstantiator;
    return direct != null ? direct.apply(null) : (Object) instantiator.invokeExact();
  }

  /** The mapped Java class. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Which kind of managed type this is. */
  public abstract Kind kind();

  /** The default access type of the class (FIELD or PROPERTY). */
  public AccessType accessType() {
    return accessType;
  }

  /** The nearest entity or mapped superclass above this type, or null. */
  public IdentifiableTypeModel superType() {
    return superType;
  }

  /** The attributes this class declares itself, in declaration order. */
  public Collection<AttributeMapping> declaredAttributes() {
    return Collections.unmodifiableCollection(declaredAttributes.values());
  }

  /** Every attribute, inherited ones first (most general supertype first), then declared ones. */
  public List<AttributeMapping> attributes() {
    if (allAttributes == null) {
      List<AttributeMapping> all = new ArrayList<>();
      if (superType != null) {
        all.addAll(superType.attributes());
      }
      all.addAll(declaredAttributes.values());
      Map<String, AttributeMapping> byName = new LinkedHashMap<>();
      for (AttributeMapping attribute : all) {
        byName.put(attribute.name(), attribute);
      }
      attributesByName = byName;
      allAttributes = List.copyOf(all);
    }
    return allAttributes;
  }

  /** The attribute of that name, declared or inherited, or null. */
  public AttributeMapping findAttribute(String name) {
    attributes();
    return attributesByName.get(name);
  }

  /** The declared (not inherited) attribute of that name, or null. */
  public AttributeMapping findDeclaredAttribute(String name) {
    return declaredAttributes.get(name);
  }

  /**
   * The attribute of that name, declared or inherited.
   *
   * @throws IllegalArgumentException naming the type and the closest attribute name
   */
  public AttributeMapping requireAttribute(String name) {
    AttributeMapping attribute = findAttribute(name);
    if (attribute == null) {
      throw new IllegalArgumentException(
          "Unknown attribute '" + name + "' of " + describe()
              + Suggestions.didYouMean(String.valueOf(name), attributesByName.keySet()));
    }
    return attribute;
  }

  /** A short description for messages, e.g. {@code entity 'Customer'}. */
  public String describe() {
    return switch (kind()) {
      case ENTITY -> "entity '" + ((EntityModel) this).name() + "'";
      case MAPPED_SUPERCLASS -> "mapped superclass '" + javaType.getSimpleName() + "'";
      case EMBEDDABLE -> "embeddable '" + javaType.getSimpleName() + "'";
    };
  }

  /** Drops the cached attribute list; the reader calls it while it still adds attributes. */
  void invalidate() {
    allAttributes = null;
    attributesByName = null;
  }

  @Override
  public String toString() {
    return describe();
  }
}
