package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Bindable;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Type;
import java.util.List;

/**
 * A join over a single-valued attribute (association or embeddable), an entity join ({@code
 * join(Other.class)}, no attribute), and the base of the plural joins. A fetch is a join flagged as
 * fetch: {@code From.fetch} returns one, and, as with Hibernate, it may be cast to {@link Join} and
 * used in expressions. Mutable: joins are added, the ON condition is set.
 *
 * @param <Z> the source type
 * @param <X> the target type
 */
class MemoryJoin<Z, X> extends MemoryFrom<Z, X> implements Join<Z, X>, Fetch<Z, X> {

  private final MemoryFrom<?, Z> parent;
  private final Attribute<? super Z, ?> attribute;
  private final JoinType joinType;
  private final boolean fetch;
  private MemoryPredicate on;

  MemoryJoin(
      MemoryCriteriaBuilder builder,
      MemoryFrom<?, Z> parent,
      Attribute<? super Z, ?> attribute,
      Type<X> type,
      JoinType joinType,
      boolean fetch,
      MemoryFrom<Z, X> correlationParent,
      MemoryFrom<?, ?> treated) {
    super(builder, parent, type, correlationParent, treated);
    this.parent = parent;
    this.attribute = attribute;
    this.joinType = joinType;
    this.fetch = fetch;
  }

  /** Whether this is a fetch join. */
  boolean isFetch() {
    return fetch;
  }

  /** Whether this is an entity join, which has no attribute. */
  boolean isEntityJoin() {
    return attribute == null;
  }

  MemoryPredicate on() {
    return on;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Bindable<X> getModel() {
    if (attribute == null || treated() != null) {
      return (Bindable<X>) modelType();
    }
    return (Bindable<X>) attribute;
  }

  @Override
  public Attribute<? super Z, ?> getAttribute() {
    return attribute;
  }

  @Override
  public MemoryFrom<?, Z> getParent() {
    return parent;
  }

  @Override
  public JoinType getJoinType() {
    return joinType;
  }

  @Override
  public Join<Z, X> on(Expression<Boolean> restriction) {
    on = restriction == null ? null : builder.predicate(restriction);
    return this;
  }

  @Override
  public Join<Z, X> on(Predicate... restrictions) {
    on = builder.restriction(List.of(restrictions));
    return this;
  }

  @Override
  public Predicate getOn() {
    return on;
  }

  @Override
  String variableHint() {
    return attribute == null ? ((EntityType<?>) modelType()).getName() : attribute.getName();
  }

  @Override
  String describe() {
    String self = attribute == null
        ? parent.describe() + " JOIN " + ((EntityType<?>) modelType()).getName()
        : parent.describe() + "." + attribute.getName();
    return treated() == null
        ? self
        : "TREAT(" + treated().describe() + " AS " + ((EntityType<?>) modelType()).getName() + ")";
  }

  @Override
  List<? extends jakarta.persistence.criteria.Selection<?>> operands() {
    return on == null ? List.of() : List.of(on);
  }

  /** A join of the same kind over the same attribute, correlated to or treating another From. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  MemoryJoin<Z, X> derive(MemoryFrom correlationParent, MemoryFrom treated, Type type) {
    return new MemoryJoin(builder, parent, attribute, type, joinType, fetch, correlationParent, treated);
  }

  @SuppressWarnings("unchecked")
  @Override
  MemoryJoin<Z, X> correlatedCopy() {
    return derive(this, null, (Type<X>) modelType());
  }

  @Override
  MemoryJoin<?, ?> treatAs(EntityType<?> subtype) {
    return derive(null, this, subtype);
  }
}
