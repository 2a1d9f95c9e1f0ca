package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * A managed type of the metamodel over one {@link ManagedTypeModel}: its declared and inherited
 * attributes by name, and every attribute lookup of {@link ManagedType} with the checks its Javadoc
 * names. Sets keep declaration order, inherited attributes first. Immutable once the metamodel is
 * built; thread-safe.
 *
 * @param <X> the managed Java class
 */
public abstract class MemoryManagedType<X> implements ManagedType<X> {

  private final ManagedTypeModel model;
  private Map<String, MemoryAttribute<X, ?>> declared = Map.of();
  private Map<String, MemoryAttribute<? super X, ?>> attributes = Map.of();

  MemoryManagedType(ManagedTypeModel model) {
    this.model = model;
  }

  /** The mapping model this type views. */
  public ManagedTypeModel model() {
    return model;
  }

  /** Sets the attributes once, while the metamodel is built: the supertype's first, then declared. */
  void setAttributes(Collection<MemoryAttribute<? super X, ?>> inherited, List<MemoryAttribute<X, ?>> own) {
    Map<String, MemoryAttribute<X, ?>> ownByName = new LinkedHashMap<>();
    Map<String, MemoryAttribute<? super X, ?>> all = new LinkedHashMap<>();
    for (MemoryAttribute<? super X, ?> attribute : inherited) {
      all.put(attribute.getName(), attribute);
    }
    for (MemoryAttribute<X, ?> attribute : own) {
      ownByName.put(attribute.getName(), attribute);
      all.put(attribute.getName(), attribute);
    }
    declared = Collections.unmodifiableMap(ownByName);
    attributes = Collections.unmodifiableMap(all);
  }

  /** Every attribute, inherited ones first, by name. */
  Map<String, MemoryAttribute<? super X, ?>> attributesByName() {
    return attributes;
  }

  /** The declared (not inherited) attribute of that name, or null. */
  MemoryAttribute<X, ?> findDeclaredAttribute(String name) {
    return declared.get(name);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<X> getJavaType() {
    return (Class<X>) model.javaType();
  }

  @Override
  public Set<Attribute<? super X, ?>> getAttributes() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(attributes.values()));
  }

  @Override
  public Set<Attribute<X, ?>> getDeclaredAttributes() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(declared.values()));
  }

  @Override
  public Set<SingularAttribute<? super X, ?>> getSingularAttributes() {
    return select(attributes.values(), SingularAttribute.class);
  }

  @Override
  public Set<SingularAttribute<X, ?>> getDeclaredSingularAttributes() {
    return select(declared.values(), SingularAttribute.class);
  }

  @Override
  public Set<PluralAttribute<? super X, ?, ?>> getPluralAttributes() {
    return select(attributes.values(), PluralAttribute.class);
  }

  @Override
  public Set<PluralAttribute<X, ?, ?>> getDeclaredPluralAttributes() {
    return select(declared.values(), PluralAttribute.class);
  }

  @Override
  public Attribute<? super X, ?> getAttribute(String name) {
    return require(name);
  }

  @Override
  public Attribute<X, ?> getDeclaredAttribute(String name) {
    return requireDeclared(name);
  }

  @Override
  public SingularAttribute<? super X, ?> getSingularAttribute(String name) {
    return as(require(name), SingularAttribute.class);
  }

  @Override
  public SingularAttribute<X, ?> getDeclaredSingularAttribute(String name) {
    return as(requireDeclared(name), SingularAttribute.class);
  }

  @Override
  public <Y> SingularAttribute<? super X, Y> getSingularAttribute(String name, Class<Y> type) {
    return checkType(getSingularAttribute(name), type);
  }

  @Override
  public <Y> SingularAttribute<X, Y> getDeclaredSingularAttribute(String name, Class<Y> type) {
    return checkType(getDeclaredSingularAttribute(name), type);
  }

  @Override
  public CollectionAttribute<? super X, ?> getCollection(String name) {
    return as(require(name), CollectionAttribute.class);
  }

  @Override
  public CollectionAttribute<X, ?> getDeclaredCollection(String name) {
    return as(requireDeclared(name), CollectionAttribute.class);
  }

  @Override
  public <E> CollectionAttribute<? super X, E> getCollection(String name, Class<E> elementType) {
    return checkElementType(getCollection(name), elementType);
  }

  @Override
  public <E> CollectionAttribute<X, E> getDeclaredCollection(String name, Class<E> elementType) {
    return checkElementType(getDeclaredCollection(name), elementType);
  }

  @Override
  public SetAttribute<? super X, ?> getSet(String name) {
    return as(require(name), SetAttribute.class);
  }

  @Override
  public SetAttribute<X, ?> getDeclaredSet(String name) {
    return as(requireDeclared(name), SetAttribute.class);
  }

  @Override
  public <E> SetAttribute<? super X, E> getSet(String name, Class<E> elementType) {
    return checkElementType(getSet(name), elementType);
  }

  @Override
  public <E> SetAttribute<X, E> getDeclaredSet(String name, Class<E> elementType) {
    return checkElementType(getDeclaredSet(name), elementType);
  }

  @Override
  public ListAttribute<? super X, ?> getList(String name) {
    return as(require(name), ListAttribute.class);
  }

  @Override
  public ListAttribute<X, ?> getDeclaredList(String name) {
    return as(requireDeclared(name), ListAttribute.class);
  }

  @Override
  public <E> ListAttribute<? super X, E> getList(String name, Class<E> elementType) {
    return checkElementType(getList(name), elementType);
  }

  @Override
  public <E> ListAttribute<X, E> getDeclaredList(String name, Class<E> elementType) {
    return checkElementType(getDeclaredList(name), elementType);
  }

  @Override
  public MapAttribute<? super X, ?, ?> getMap(String name) {
    return as(require(name), MapAttribute.class);
  }

  @Override
  public MapAttribute<X, ?, ?> getDeclaredMap(String name) {
    return as(requireDeclared(name), MapAttribute.class);
  }

  @Override
  public <K, V> MapAttribute<? super X, K, V> getMap(String name, Class<K> keyType, Class<V> valueType) {
    return checkKeyType(checkElementType(getMap(name), valueType), keyType);
  }

  @Override
  public <K, V> MapAttribute<X, K, V> getDeclaredMap(String name, Class<K> keyType, Class<V> valueType) {
    return checkKeyType(checkElementType(getDeclaredMap(name), valueType), keyType);
  }

  private MemoryAttribute<? super X, ?> require(String name) {
    MemoryAttribute<? super X, ?> attribute = attributes.get(name);
    if (attribute == null) {
      throw new IllegalArgumentException(
          "Unknown attribute '" + name + "' of " + model.describe()
              + Suggestions.didYouMean(String.valueOf(name), attributes.keySet()));
    }
    return attribute;
  }

  private MemoryAttribute<X, ?> requireDeclared(String name) {
    MemoryAttribute<X, ?> attribute = declared.get(name);
    if (attribute == null) {
      MemoryAttribute<? super X, ?> inherited = require(name);
      throw new IllegalArgumentException(
          "Attribute '" + name + "' is not declared by " + model.describe() + " but inherited from "
              + inherited.getDeclaringType().model().describe() + "; use getAttribute(\"" + name
              + "\"), or ask the declaring type");
    }
    return attribute;
  }

  /** The attribute as the metamodel interface {@code kind}, or the exception its Javadoc names. */
  @SuppressWarnings("unchecked")
  private <A> A as(MemoryAttribute<?, ?> attribute, Class<?> kind) {
    if (!kind.isInstance(attribute)) {
      throw new IllegalArgumentException(
          "Attribute '" + attribute.getName() + "' of " + model.describe() + " is a "
              + attribute.kind() + ", not a " + kind.getSimpleName() + "; use "
              + attribute.accessor() + "(\"" + attribute.getName() + "\")");
    }
    return (A) attribute;
  }

  /**
   * The attribute typed as {@code requested}, which must be its Java type, as Hibernate requires;
   * a primitive and its wrapper count as the same type (the static metamodel uses the wrapper).
   */
  @SuppressWarnings("unchecked")
  private <A> A checkType(SingularAttribute<?, ?> attribute, Class<?> requested) {
    if (!sameType(requested, attribute.getJavaType())
        && !sameType(requested, attribute.getBindableJavaType())) {
      throw wrongType(attribute, "Java type", attribute.getJavaType(), requested);
    }
    return (A) attribute;
  }

  @SuppressWarnings("unchecked")
  private <A> A checkElementType(PluralAttribute<?, ?, ?> attribute, Class<?> requested) {
    Class<?> elementType = attribute.getElementType().getJavaType();
    if (!sameType(requested, elementType)) {
      throw wrongType(attribute, "element type", elementType, requested);
    }
    return (A) attribute;
  }

  @SuppressWarnings("unchecked")
  private <A> A checkKeyType(MapAttribute<?, ?, ?> attribute, Class<?> requested) {
    if (!sameType(requested, attribute.getKeyJavaType())) {
      throw wrongType(attribute, "key type", attribute.getKeyJavaType(), requested);
    }
    return (A) attribute;
  }

  /** The message for an attribute asked for with a type it does not have. */
  IllegalArgumentException wrongType(Attribute<?, ?> attribute, String what, Class<?> actual, Class<?> requested) {
    return new IllegalArgumentException(
        "Attribute '" + attribute.getName() + "' of " + model.describe() + " has " + what + " '"
            + actual.getName() + "', not '" + (requested == null ? "null" : requested.getName())
            + "'; pass " + actual.getSimpleName() + ".class");
  }

  private static boolean sameType(Class<?> requested, Class<?> actual) {
    return requested != null && (requested == actual || boxed(requested) == boxed(actual));
  }

  /** The wrapper of a primitive class; any other class unchanged. */
  static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }

  @SuppressWarnings("unchecked")
  private static <A> Set<A> select(Collection<?> attributes, Class<?> kind) {
    Set<A> selected = new LinkedHashSet<>();
    for (Object attribute : attributes) {
      if (kind.isInstance(attribute)) {
        selected.add((A) attribute);
      }
    }
    return Collections.unmodifiableSet(selected);
  }

  @Override
  public String toString() {
    return model.describe();
  }
}
