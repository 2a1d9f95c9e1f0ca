package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SetAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.Set;

/**
 * A join over a {@code Set} attribute. Mutable like every join.
 *
 * @param <Z> the source type
 * @param <E> the element type
 */
final class MemorySetJoin<Z, E> extends MemoryPluralJoin<Z, Set<E>, E> implements SetJoin<Z, E> {

  MemorySetJoin(
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
  public SetAttribute<? super Z, E> getModel() {
    return (SetAttribute<? super Z, E>) getAttribute();
  }

  @Override
  public SetJoin<Z, E> on(Expression<Boolean> restriction) {
    super.on(restriction);
    return this;
  }

  @Override
  public SetJoin<Z, E> on(Predicate... restrictions) {
    super.on(restrictions);
    return this;
  }
  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  MemorySetJoin<Z, E> derive(MemoryFrom correlationParent, MemoryFrom treated, Type type) {
    return new MemorySetJoin(
        builder, getParent(), getAttribute(), type, getJoinType(), isFetch(), correlationParent, treated);
  }
}
