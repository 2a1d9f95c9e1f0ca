package org.memoryjpa.internal.metadata;

/** A {@code @MappedSuperclass}: attributes and callbacks inherited by entities. Immutable after bootstrap. */
public final class MappedSuperclassModel extends IdentifiableTypeModel {

  MappedSuperclassModel(Class<?> javaType) {
    super(javaType);
  }

  @Override
  public Kind kind() {
    return Kind.MAPPED_SUPERCLASS;
  }
}
