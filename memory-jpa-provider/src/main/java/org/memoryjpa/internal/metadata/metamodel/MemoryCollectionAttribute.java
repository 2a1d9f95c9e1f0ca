package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.CollectionAttribute;
import java.util.Collection;
import org.memoryjpa.internal.metadata.AttributeMapping;

/** An attribute declared as a {@code java.util.Collection} (a bag). Immutable once built. */
final class MemoryCollectionAttribute<X, E> extends MemoryPluralAttribute<X, Collection<E>, E>
    implements CollectionAttribute<X, E> {

  MemoryCollectionAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    super(mapping, declaringType);
  }

  @Override
  String kind() {
    return "CollectionAttribute";
  }

  @Override
  String accessor() {
    return "getCollection";
  }
}
