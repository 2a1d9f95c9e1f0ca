package org.memoryjpa.internal.metadata;

import jakarta.persistence.metamodel.Attribute.PersistentAttributeType;
import java.lang.reflect.Member;
import java.lang.reflect.Type;

/**
 * One persistent attribute of a managed type: its name, Java type, member and accessor, and how it is
 * mapped. Subclasses add what each mapping kind needs. Immutable after bootstrap; thread-safe.
 */
public abstract class AttributeMapping {

  final String name;
  final ManagedTypeModel declaringType;
  final Class<?> javaType;
  final Type genericType;
  final PropertyAccessor accessor;
  boolean id;
  boolean version;
  boolean optional = true;

  AttributeMapping(
      String name,
      ManagedTypeModel declaringType,
      Class<?> javaType,
      Type genericType,
      PropertyAccessor accessor) {
    this.name = name;
    this.declaringType = declaringType;
    this.javaType = javaType;
    this.genericType = genericType;
    this.accessor = accessor;
  }

  /** The attribute name. */
  public String name() {
    return name;
  }

  /** The managed type that declares the attribute. */
  public ManagedTypeModel declaringType() {
    return declaringType;
  }

  /**
   * The declared Java type (for collections the collection type). For an attribute typed by a type
   * variable of a generic mapped superclass, its erasure: the entities below may bind it
   * differently (see {@link EntityModel#id()} for an entity's concrete id type).
   */
  public Class<?> javaType() {
    return javaType;
  }

  /** The declared generic type, as written on the member. */
  public Type genericType() {
    return genericType;
  }

  /** The field or getter. */
  public Member member() {
    return accessor.member();
  }

  /** The accessor that reads and writes the attribute on instances. */
  public PropertyAccessor accessor() {
    return accessor;
  }

  /** The attribute's value on an instance. */
  public Object get(Object instance) {
    return accessor.get(instance);
  }

  /** Sets the attribute's value on an instance. */
  public void set(Object instance, Object value) {
    accessor.set(instance, value);
  }

  /** The spec's classification of the attribute. */
  public abstract PersistentAttributeType persistentAttributeType();

  /** Whether this attribute is (part of) the id. */
  public boolean isId() {
    return id;
  }

  /** Whether this is the {@code @Version} attribute. */
  public boolean isVersion() {
    return version;
  }

  /** Whether the attribute may be null ({@code optional} of {@code @Basic}/{@code @ManyToOne}/...). */
  public boolean isOptional() {
    return optional;
  }

  /** Whether the attribute is a to-one or to-many association. */
  public boolean isAssociation() {
    return false;
  }

  /** Whether the attribute is collection-valued. */
  public boolean isCollection() {
    return false;
  }

  @Override
  public String toString() {
    return declaringType.javaType().getSimpleName() + "." + name;
  }
}
