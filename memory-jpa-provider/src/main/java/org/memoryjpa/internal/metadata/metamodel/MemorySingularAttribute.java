package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.Type;
import org.memoryjpa.internal.metadata.AttributeMapping;

/**
 * A single-valued attribute: basic, embedded, many-to-one or one-to-one. Immutable once the
 * metamodel is built.
 *
 * @param <X> the declaring type
 * @param <T> the attribute's Java type
 */
final class MemorySingularAttribute<X, T> extends MemoryAttribute<X, T> implements SingularAttribute<X, T> {

  private Type<T> type;

  MemorySingularAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    super(mapping, declaringType);
  }

  @Override
  @SuppressWarnings("unchecked")
  void resolveTypes(MemoryMetamodel metamodel) {
    type = (Type<T>) metamodel.typeOf(mapping());
  }

  @Override
  public boolean isId() {
    return mapping().isId();
  }

  @Override
  public boolean isVersion() {
    return mapping().isVersion();
  }

  @Override
  public boolean isOptional() {
    return mapping().isOptional();
  }

  @Override
  public Type<T> getType() {
    return type;
  }

  @Override
  public BindableType getBindableType() {
    return BindableType.SINGULAR_ATTRIBUTE;
  }

  /** The type's Java type: the target entity for an association declared through an interface. */
  @Override
  public Class<T> getBindableJavaType() {
    return type.getJavaType();
  }

  @Override
  String kind() {
    return "SingularAttribute";
  }

  @Override
  String accessor() {
    return "getSingularAttribute";
  }
}
