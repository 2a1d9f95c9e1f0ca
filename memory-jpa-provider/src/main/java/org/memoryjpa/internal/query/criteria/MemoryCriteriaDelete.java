package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Criteria bulk delete of one entity. Its root exists from the start, so {@code from} returns it.
 * Mutable; not thread-safe while it is built.
 *
 * @param <T> the entity type
 */
final class MemoryCriteriaDelete<T> implements CriteriaDelete<T> {

  private final MemoryCriteriaBuilder builder;
  private final MemoryRoot<T> root;
  private MemoryPredicate restriction;

  MemoryCriteriaDelete(MemoryCriteriaBuilder builder, EntityType<T> entity) {
    this.builder = builder;
    this.root = new MemoryRoot<>(builder, entity, null, null);
  }

  MemoryCriteriaBuilder builder() {
    return builder;
  }

  MemoryRoot<T> root() {
    return root;
  }

  @Override
  public Root<T> from(Class<T> entityClass) {
    return builder.requireStatementRoot(root, builder.entity(entityClass), "CriteriaDelete");
  }

  @Override
  public Root<T> from(EntityType<T> entity) {
    return builder.requireStatementRoot(root, builder.entity(entity), "CriteriaDelete");
  }

  @Override
  public Root<T> getRoot() {
    return root;
  }

  @Override
  public CriteriaDelete<T> where(Expression<Boolean> restriction) {
    this.restriction = restriction == null ? null : builder.predicate(restriction);
    return this;
  }

  @Override
  public CriteriaDelete<T> where(Predicate... restrictions) {
    this.restriction = builder.restriction(Arrays.asList(restrictions));
    return this;
  }

  @Override
  public <U> Subquery<U> subquery(Class<U> type) {
    return new MemorySubquery<>(builder, type, this, this);
  }

  @Override
  public <U> Subquery<U> subquery(EntityType<U> type) {
    return subquery(builder.entity(type).getJavaType());
  }

  @Override
  public Predicate getRestriction() {
    return restriction;
  }

  @Override
  public Set<ParameterExpression<?>> getParameters() {
    Set<ParameterExpression<?>> parameters = new LinkedHashSet<>();
    Descriptions.collectParameters(restriction, parameters);
    return parameters;
  }

  @Override
  public String toString() {
    return Descriptions.of(this);
  }
}
