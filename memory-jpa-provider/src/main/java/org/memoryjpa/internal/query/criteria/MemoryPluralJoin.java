package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.PluralJoin;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.Type;

/**
 * The base of the joins over collection-valued attributes; the join ranges over the elements (for a
 * map, the values). Mutable like every join.
 *
 * @param <Z> the source type
 * @param <C> the collection type
 * @param <E> the element type
 */
abstract class MemoryPluralJoin<Z, C, E> extends MemoryJoin<Z, E> implements PluralJoin<Z, C, E> {

  MemoryPluralJoin(
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
  public PluralAttribute<? super Z, C, E> getModel() {
    return (PluralAttribute<? super Z, C, E>) getAttribute();
  }
}
