package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.EmbeddableType;
import org.memoryjpa.internal.metadata.EmbeddableModel;

/**
 * An embeddable of the metamodel: an {@code @Embeddable} class, or an {@code @IdClass} (listed as an
 * embeddable, as Hibernate does). Immutable; thread-safe.
 */
public final class MemoryEmbeddableType<X> extends MemoryManagedType<X> implements EmbeddableType<X> {

  MemoryEmbeddableType(EmbeddableModel model) {
    super(model);
  }

  @Override
  public EmbeddableModel model() {
    return (EmbeddableModel) super.model();
  }

  @Override
  public PersistenceType getPersistenceType() {
    return PersistenceType.EMBEDDABLE;
  }
}
