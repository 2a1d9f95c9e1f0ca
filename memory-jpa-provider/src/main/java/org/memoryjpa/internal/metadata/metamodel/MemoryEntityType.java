package org.memoryjpa.internal.metadata.metamodel;

import jakarta.persistence.metamodel.EntityType;
import org.memoryjpa.internal.metadata.EntityModel;

/** An entity of the metamodel; {@link #getName()} is the entity name. Immutable; thread-safe. */
public final class MemoryEntityType<X> extends MemoryIdentifiableType<X> implements EntityType<X> {

  MemoryEntityType(EntityModel model) {
    super(model);
  }

  @Override
  public EntityModel model() {
    return (EntityModel) super.model();
  }

  @Override
  public String getName() {
    return model().name();
  }

  @Override
  public PersistenceType getPersistenceType() {
    return PersistenceType.ENTITY;
  }

  @Override
  public BindableType getBindableType() {
    return BindableType.ENTITY_TYPE;
  }

  @Override
  public Class<X> getBindableJavaType() {
    return getJavaType();
  }
}
