package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;

/**
 * A query root: an entity in the FROM clause, a correlated copy of one in a subquery, or a treated
 * view of one. Mutable: joins are added.
 *
 * @param <X> the entity type
 */
final class MemoryRoot<X> extends MemoryFrom<X, X> implements Root<X> {

  private final EntityType<X> entity;

  MemoryRoot(
      MemoryCriteriaBuilder builder, EntityType<X> entity, MemoryRoot<X> correlationParent, MemoryFrom<?, ?> treated) {
    super(builder, null, entity, correlationParent, treated);
    this.entity = entity;
  }

  @Override
  public EntityType<X> getModel() {
    return entity;
  }

  @Override
  String variableHint() {
    return entity.getName();
  }

  @Override
  String describe() {
    return treated() == null ? entity.getName() : "TREAT(" + treated().describe() + " AS " + entity.getName() + ")";
  }

  @Override
  MemoryRoot<X> correlatedCopy() {
    return new MemoryRoot<>(builder, entity, this, null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  MemoryRoot<?> treatAs(EntityType<?> subtype) {
    return new MemoryRoot(builder, subtype, null, this);
  }
}
