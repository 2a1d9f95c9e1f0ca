package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.MapAttribute;
import jakarta.persistence.metamodel.Type;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable.Qualifier;

/**
 * A join over a {@code Map} attribute: it ranges over the values; {@link #key()}, {@link #value()} and
 * {@link #entry()} are {@code KEY(m)}, {@code VALUE(m)} and {@code ENTRY(m)}. Mutable like every join.
 *
 * @param <Z> the source type
 * @param <K> the key type
 * @param <V> the value type
 */
final class MemoryMapJoin<Z, K, V> extends MemoryPluralJoin<Z, Map<K, V>, V> implements MapJoin<Z, K, V> {

  MemoryMapJoin(
      MemoryCriteriaBuilder builder,
      MemoryFrom<?, Z> parent,
      Attribute<? super Z, ?> attribute,
      Type<V> type,
      JoinType joinType,
      boolean fetch,
      MemoryFrom<Z, V> correlationParent,
      MemoryFrom<?, ?> treated) {
    super(builder, parent, attribute, type, joinType, fetch, correlationParent, treated);
  }

  @SuppressWarnings("unchecked")
  @Override
  public MapAttribute<? super Z, K, V> getModel() {
    return (MapAttribute<? super Z, K, V>) getAttribute();
  }

  @Override
  public MapJoin<Z, K, V> on(Expression<Boolean> restriction) {
    super.on(restriction);
    return this;
  }

  @Override
  public MapJoin<Z, K, V> on(Predicate... restrictions) {
    super.on(restrictions);
    return this;
  }

  @Override
  public Path<K> key() {
    return new MemoryMapKeyPath<>(builder, this, Qualifier.KEY, getModel().getKeyType());
  }

  @SuppressWarnings("unchecked")
  @Override
  public Path<V> value() {
    return new MemoryMapKeyPath<>(builder, this, Qualifier.VALUE, (Type<V>) modelType());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public Expression<Map.Entry<K, V>> entry() {
    return new MemoryFunction(builder, Map.Entry.class, List.of(this), translator -> new org.memoryjpa.internal.query
        .parse.syntax.Path(new QualifiedIdentificationVariable(Qualifier.ENTRY,
            ((Translator) translator).variable(this), Translator.NOWHERE), List.of(), Translator.NOWHERE));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  MemoryMapJoin<Z, K, V> derive(MemoryFrom correlationParent, MemoryFrom treated, Type type) {
    return new MemoryMapJoin(
        builder, getParent(), getAttribute(), type, getJoinType(), isFetch(), correlationParent, treated);
  }
}
