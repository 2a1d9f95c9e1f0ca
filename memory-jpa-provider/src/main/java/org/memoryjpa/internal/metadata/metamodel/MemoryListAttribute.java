package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.ListAttribute;
import java.util.List;
import org.memoryjpa.internal.metadata.AttributeMapping;

/** An attribute declared as a {@code java.util.List}. Immutable once built. */
final class MemoryListAttribute<X, E> extends MemoryPluralAttribute<X, List<E>, E>
    implements ListAttribute<X, E> {

  MemoryListAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    super(mapping, declaringType);
  }

  @Override
  String kind() {
    return "ListAttribute";
  }

  @Override
  String accessor() {
    return "getList";
  }
}
