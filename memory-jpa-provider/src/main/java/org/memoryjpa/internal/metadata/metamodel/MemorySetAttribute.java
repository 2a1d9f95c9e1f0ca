package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.SetAttribute;
import java.util.Set;
import org.memoryjpa.internal.metadata.AttributeMapping;

/** An attribute declared as a {@code java.util.Set}. Immutable once built. */
final class MemorySetAttribute<X, E> extends MemoryPluralAttribute<X, Set<E>, E>
    implements SetAttribute<X, E> {

  MemorySetAttribute(AttributeMapping mapping, MemoryManagedType<X> declaringType) {
    super(mapping, declaringType);
  }

  @Override
  String kind() {
    return "SetAttribute";
  }

  @Override
  String accessor() {
    return "getSet";
  }
}
