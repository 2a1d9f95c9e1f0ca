package org.memoryjpa.internal.metadata;

import jakarta.persistence.PersistenceException;

/**
 * An {@code @Embeddable} class (a record too, as JPA 3.2 allows): a value type whose attributes are
 * stored with the owning entity. Immutable after bootstrap.
 */
public final class EmbeddableModel extends ManagedTypeModel {

  boolean record;

  EmbeddableModel(Class<?> javaType) {
    super(javaType);
  }

  @Override
  public Kind kind() {
    return Kind.EMBEDDABLE;
  }

  /** Whether the embeddable is a Java record, built through its canonical constructor. */
  public boolean isRecord() {
    return record;
  }

  /** A new empty instance (not for records: use {@link #instantiate(Object[])}). */
  public Object instantiate() {
    try {
      return construct();
    } catch (Throwable e) {
      throw new PersistenceException("Could not instantiate embeddable '" + javaType.getName() + "'", e);
    }
  }

  /** A new record instance from its components, in declaration order. */
  public Object instantiate(Object[] components) {
    try {
      return (Object) instantiator.invokeExact(components);
    } catch (Throwable e) {
      throw new PersistenceException("Could not instantiate record '" + javaType.getName() + "'", e);
    }
  }
}
