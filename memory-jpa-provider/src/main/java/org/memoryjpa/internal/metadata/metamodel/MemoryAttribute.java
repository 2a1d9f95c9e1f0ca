package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Member;
import org.memoryjpa.internal.metadata.AttributeMapping;

/**
 * A persistent attribute of the metamodel, over one {@link AttributeMapping}. There is one object
 * per mapping: an attribute inherited from a mapped superclass or entity is the same object on every
 * subtype, with the declaring class as its declaring type. Immutable once the metamodel is built.
 *
 * @param <X> the declaring type
 * @param <Y> the attribute's Java type
 */
public abstract class MemoryAttribute<X, Y> implements Attribute<X, Y> {

  private final AttributeMapping mapping;
  private final MemoryManagedType<X> declaringType;
  private final Member member;

  MemoryAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    this.mapping = mapping;
    this.declaringType = declaringType;
    this.member = memberOf(mapping);
  }

  /**
   * The field or getter; for a record component its private field, as Hibernate reports it, so
   * code that reads members reflectively sees the same kind of member under both providers.
   */
  private static Member memberOf(AttributeMapping mapping) {
    Class<?> declaring = mapping.declaringType().javaType();
    if (declaring.isRecord()) {
      try {
        return declaring.getDeclaredField(mapping.name());
      } catch (NoSuchFieldException e) {
        return mapping.member();
      }
    }
    return mapping.member();
  }

  /** The mapping this attribute views. */
  public AttributeMapping mapping() {
    return mapping;
  }

  /** Binds the element, key or value types once every type of the metamodel exists. */
  abstract void resolveTypes(MemoryMetamodel metamodel);

  @Override
  public String getName() {
    return mapping.name();
  }

  @Override
  public PersistentAttributeType getPersistentAttributeType() {
    return mapping.persistentAttributeType();
  }

  @Override
  public MemoryManagedType<X> getDeclaringType() {
    return declaringType;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<Y> getJavaType() {
    return (Class<Y>) mapping.javaType();
  }

  @Override
  public Member getJavaMember() {
    return member;
  }

  @Override
  public boolean isAssociation() {
    return mapping.isAssociation();
  }

  @Override
  public boolean isCollection() {
    return mapping.isCollection();
  }

  /** The metamodel interface this attribute implements, for messages: {@code SetAttribute}. */
  abstract String kind();

  /** The {@code ManagedType} method that returns attributes of this kind: {@code getSet}. */
  abstract String accessor();

  @Override
  public String toString() {
    return mapping.toString();
  }
}
