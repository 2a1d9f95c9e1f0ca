package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ListAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;
import org.memoryjpa.internal.query.parse.syntax.Path;

/**
 * A join over a {@code List} attribute; {@link #index()} is {@code INDEX(l)}, the position in an
 * ordered list (from 0). Mutable like every join.
 *
 * @param <Z> the source type
 * @param <E> the element type
 */
final class MemoryListJoin<Z, E> extends MemoryPluralJoin<Z, List<E>, E> implements ListJoin<Z, E> {

  MemoryListJoin(
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
  public ListAttribute<? super Z, E> getModel() {
    return (ListAttribute<? super Z, E>) getAttribute();
  }

  @Override
  public ListJoin<Z, E> on(Expression<Boolean> restriction) {
    super.on(restriction);
    return this;
  }

  @Override
  public ListJoin<Z, E> on(Predicate... restrictions) {
    super.on(restrictions);
    return this;
  }

  @Override
  public Expression<Integer> index() {
    return new MemoryFunction<>(builder, Integer.class, List.of(this), translator -> new FunctionCall(
        "INDEX", List.<org.memoryjpa.internal.query.parse.syntax.Expression>of(
            new Path(translator.variable(this), List.of(), Translator.NOWHERE)), Translator.NOWHERE));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  MemoryListJoin<Z, E> derive(MemoryFrom correlationParent, MemoryFrom treated, Type type) {
    return new MemoryListJoin(
        builder, getParent(), getAttribute(), type, getJoinType(), isFetch(), correlationParent, treated);
  }
}
