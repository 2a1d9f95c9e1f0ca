package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.BasicType;

/**
 * The {@link BasicType} of one Java class (a primitive stays primitive, as Hibernate reports it).
 * One instance per class and metamodel. Immutable.
 */
final class MemoryBasicType<X> implements BasicType<X> {

  private final Class<X> javaType;

  MemoryBasicType(Class<X> javaType) {
    this.javaType = javaType;
  }

  @Override
  public PersistenceType getPersistenceType() {
    return PersistenceType.BASIC;
  }

  @Override
  public Class<X> getJavaType() {
    return javaType;
  }

  @Override
  public String toString() {
    return "basic type '" + javaType.getName() + "'";
  }
}
