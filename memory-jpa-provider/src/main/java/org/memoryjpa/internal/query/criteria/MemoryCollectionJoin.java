package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.CollectionAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.Collection;

/**
 * A join over a {@code Collection} attribute. Mutable like every join.
 *
 * @param <Z> the source type
 * @param <E> the element type
 */
final class MemoryCollectionJoin<Z, E> extends MemoryPluralJoin<Z, Collection<E>, E> implements CollectionJoin<Z, E> {

  MemoryCollectionJoin(
      MemoryCriteriaBuilder builder,
      MemoryFrom<?, Z> parent,
      Attribute<? super Z, ?> attribute,
      Type<E> type,
      JoinType joinType,
      boolean fetch,
      MemoryFrom<Z, E> correlationParent,
      MemoryFrom<?, ?> treated) {
    super(builder, parent, attribute, type, joinType, fetch, correlationParent, treated);
  }

  @SuppressWarnings("unchecked")
  @Override
  public CollectionAttribute<? super Z, E> getModel() {
    return (CollectionAttribute<? super Z, E>) getAttribute();
  }

  @Override
  public CollectionJoin<Z, E> on(Expression<Boolean> restriction) {
    super.on(restriction);
    return this;
  }

  @Override
  public CollectionJoin<Z, E> on(Predicate... restrictions) {
    super.on(restrictions);
    return this;
  }
  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  MemoryCollectionJoin<Z, E> derive(MemoryFrom correlationParent, MemoryFrom treated, Type type) {
    return new MemoryCollectionJoin(
        builder, getParent(), getAttribute(), type, getJoinType(), isFetch(), correlationParent, treated);
  }
}
