package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.MappedSuperclassType;
import org.memoryjpa.internal.metadata.MappedSuperclassModel;

/**
 * A mapped superclass of the metamodel. Its attributes are the very objects its subtypes return for
 * them. Immutable; thread-safe.
 */
public final class MemoryMappedSuperclassType<X> extends MemoryIdentifiableType<X>
    implements MappedSuperclassType<X> {

  MemoryMappedSuperclassType(MappedSuperclassModel model) {
    super(model);
  }

  @Override
  public PersistenceType getPersistenceType() {
    return PersistenceType.MAPPED_SUPERCLASS;
  }
}
