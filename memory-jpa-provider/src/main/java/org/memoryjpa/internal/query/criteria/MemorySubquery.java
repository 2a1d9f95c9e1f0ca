package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A subquery: an expression whose value is a query's result. Roots and joins of enclosing queries may
 * be used in it directly or through {@link #correlate}; a correlated From stands for the enclosing
 * query's identification variable, and joins made from it become derived declarations of the subquery
 * ({@code FROM c.orders o}). Mutable; not thread-safe while the query is built.
 *
 * @param <T> the result type
 */
final class MemorySubquery<T> extends MemoryExpression<T> implements Subquery<T> {

  private final QueryStructure structure;
  private final AbstractQuery<?> parent;
  private final CommonAbstractCriteria containing;
  private MemoryExpression<T> selection;

  MemorySubquery(
      MemoryCriteriaBuilder builder, Class<T> type, CommonAbstractCriteria parent, CommonAbstractCriteria containing) {
    super(builder, type);
    this.structure = new QueryStructure(builder);
    this.parent = parent instanceof AbstractQuery<?> query ? query : null;
    this.containing = containing;
  }

  QueryStructure structure() {
    return structure;
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    return new org.memoryjpa.internal.query.parse.syntax.Subquery(translator.subquery(this), Translator.NOWHERE);
  }

  @Override
  void collectParameters(Set<ParameterExpression<?>> into) {
    Descriptions.collectParameters(selection, into);
    structure.collectParameters(into);
  }

  @Override
  public Subquery<T> select(Expression<T> expression) {
    selection = expression == null ? null : builder.require(expression);
    return this;
  }

  @Override
  public Subquery<T> where(Expression<Boolean> restriction) {
    structure.where(restriction);
    return this;
  }

  @Override
  public Subquery<T> where(Predicate... restrictions) {
    structure.where(Arrays.asList(restrictions));
    return this;
  }

  @Override
  public Subquery<T> where(List<Predicate> restrictions) {
    structure.where(restrictions);
    return this;
  }

  @Override
  public Subquery<T> groupBy(Expression<?>... grouping) {
    structure.groupBy(Arrays.asList(grouping));
    return this;
  }

  @Override
  public Subquery<T> groupBy(List<Expression<?>> grouping) {
    structure.groupBy(grouping);
    return this;
  }

  @Override
  public Subquery<T> having(Expression<Boolean> restriction) {
    structure.having(restriction);
    return this;
  }

  @Override
  public Subquery<T> having(Predicate... restrictions) {
    structure.having(Arrays.asList(restrictions));
    return this;
  }

  @Override
  public Subquery<T> having(List<Predicate> restrictions) {
    structure.having(restrictions);
    return this;
  }

  @Override
  public Subquery<T> distinct(boolean distinct) {
    structure.distinct(distinct);
    return this;
  }

  @SuppressWarnings("unchecked")
  @Override
  public <Y> Root<Y> correlate(Root<Y> parentRoot) {
    MemoryRoot<Y> root = builder.requireFrom(parentRoot, MemoryRoot.class);
    return structure.add(root.correlatedCopy());
  }

  @Override
  public <X, Y> Join<X, Y> correlate(Join<X, Y> parentJoin) {
    return cast(structure.addCorrelatedJoin(builder.requireFrom(parentJoin, MemoryJoin.class).correlatedCopy()));
  }

  @Override
  public <X, Y> CollectionJoin<X, Y> correlate(CollectionJoin<X, Y> parentCollection) {
    MemoryCollectionJoin<?, ?> join = builder.requireFrom(parentCollection, MemoryCollectionJoin.class);
    return cast(structure.addCorrelatedJoin(join.correlatedCopy()));
  }

  @Override
  public <X, Y> SetJoin<X, Y> correlate(SetJoin<X, Y> parentSet) {
    return cast(structure.addCorrelatedJoin(builder.requireFrom(parentSet, MemorySetJoin.class).correlatedCopy()));
  }

  @Override
  public <X, Y> ListJoin<X, Y> correlate(ListJoin<X, Y> parentList) {
    return cast(structure.addCorrelatedJoin(builder.requireFrom(parentList, MemoryListJoin.class).correlatedCopy()));
  }

  @Override
  public <X, K, V> MapJoin<X, K, V> correlate(MapJoin<X, K, V> parentMap) {
    return cast(structure.addCorrelatedJoin(builder.requireFrom(parentMap, MemoryMapJoin.class).correlatedCopy()));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object from) {
    return (T) from;
  }

  @Override
  public AbstractQuery<?> getParent() {
    if (parent == null) {
      throw new IllegalStateException(
          "This subquery belongs to a CriteriaUpdate or CriteriaDelete, which is not an AbstractQuery; use"
              + " getContainingQuery()");
    }
    return parent;
  }

  @Override
  public CommonAbstractCriteria getContainingQuery() {
    return containing;
  }

  @Override
  public Expression<T> getSelection() {
    return selection;
  }

  @Override
  public Set<Join<?, ?>> getCorrelatedJoins() {
    return new LinkedHashSet<>(structure.correlatedJoins());
  }

  @Override
  public <X> Root<X> from(Class<X> entityClass) {
    return structure.from(entityClass);
  }

  @Override
  public <X> Root<X> from(EntityType<X> entity) {
    return structure.from(entity);
  }

  @Override
  public Set<Root<?>> getRoots() {
    return structure.rootSet();
  }

  @Override
  public List<Expression<?>> getGroupList() {
    return structure.groupList();
  }

  @Override
  public Predicate getGroupRestriction() {
    return structure.getHaving();
  }

  @Override
  public boolean isDistinct() {
    return structure.isDistinct();
  }

  @SuppressWarnings("unchecked")
  @Override
  public Class<T> getResultType() {
    return (Class<T>) getJavaType();
  }

  @Override
  public <U> Subquery<U> subquery(Class<U> type) {
    return new MemorySubquery<>(builder, type, this, containing);
  }

  @Override
  public <U> Subquery<U> subquery(EntityType<U> type) {
    return subquery(builder.entity(type).getJavaType());
  }

  @Override
  public Predicate getRestriction() {
    return structure.restriction();
  }

  @Override
  public Set<ParameterExpression<?>> getParameters() {
    Set<ParameterExpression<?>> parameters = new LinkedHashSet<>();
    collectParameters(parameters);
    return parameters;
  }
}
