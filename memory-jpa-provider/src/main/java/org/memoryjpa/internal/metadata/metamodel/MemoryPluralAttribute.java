package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.Type;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.PluralMapping;

/**
 * A collection-valued attribute: one-to-many, many-to-many or element collection. Subclasses fix
 * the collection interface. Immutable once the metamodel is built.
 *
 * @param <X> the declaring type
 * @param <C> the collection type
 * @param <E> the element (for maps: value) type
 */
abstract class MemoryPluralAttribute<X, C, E> extends MemoryAttribute<X, C>
    implements PluralAttribute<X, C, E> {

  private Type<E> elementType;

  MemoryPluralAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    super(mapping, declaringType);
  }

  /** The plural mapping this attribute views. */
  PluralMapping plural() {
    return (PluralMapping) mapping();
  }

  @Override
  @SuppressWarnings("unchecked")
  void resolveTypes(MemoryMetamodel metamodel) {
    elementType = (Type<E>) metamodel.elementTypeOf(plural());
  }

  @Override
  public CollectionType getCollectionType() {
    return plural().collectionType();
  }

  @Override
  public Type<E> getElementType() {
    return elementType;
  }

  @Override
  public BindableType getBindableType() {
    return BindableType.PLURAL_ATTRIBUTE;
  }

  @Override
  public Class<E> getBindableJavaType() {
    return elementType.getJavaType();
  }
}
