package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Criteria bulk update of one entity. Its root exists from the start, so {@code from} returns it,
 * and {@code set} may be called before {@code from}. Mutable; not thread-safe while it is built.
 *
 * @param <T> the entity type
 */
final class MemoryCriteriaUpdate<T> implements CriteriaUpdate<T> {

  /** One SET item. */
  record Assignment(MemoryPath<?> target, MemoryExpression<?> value) {}

  private final MemoryCriteriaBuilder builder;
  private final MemoryRoot<T> root;
  private final List<Assignment> assignments = new ArrayList<>();
  private MemoryPredicate restriction;

  MemoryCriteriaUpdate(MemoryCriteriaBuilder builder, EntityType<T> entity) {
    this.builder = builder;
    this.root = new MemoryRoot<>(builder, entity, null, null);
  }

  MemoryCriteriaBuilder builder() {
    return builder;
  }

  MemoryRoot<T> root() {
    return root;
  }

  List<Assignment> assignments() {
    return assignments;
  }

  @Override
  public Root<T> from(Class<T> entityClass) {
    return builder.requireStatementRoot(root, builder.entity(entityClass), "CriteriaUpdate");
  }

  @Override
  public Root<T> from(EntityType<T> entity) {
    return builder.requireStatementRoot(root, builder.entity(entity), "CriteriaUpdate");
  }

  @Override
  public Root<T> getRoot() {
    return root;
  }

  @Override
  public <Y, X extends Y> CriteriaUpdate<T> set(SingularAttribute<? super T, Y> attribute, X value) {
    return assign(root.get(attribute), builder.value(value));
  }

  @Override
  public <Y> CriteriaUpdate<T> set(SingularAttribute<? super T, Y> attribute, Expression<? extends Y> value) {
    return assign(root.get(attribute), builder.value(value));
  }

  @Override
  public <Y, X extends Y> CriteriaUpdate<T> set(Path<Y> attribute, X value) {
    return assign(attribute, builder.value(value));
  }

  @Override
  public <Y> CriteriaUpdate<T> set(Path<Y> attribute, Expression<? extends Y> value) {
    return assign(attribute, builder.value(value));
  }

  @Override
  public CriteriaUpdate<T> set(String attributeName, Object value) {
    return assign(root.get(attributeName), builder.value(value));
  }

  private CriteriaUpdate<T> assign(Path<?> target, MemoryExpression<?> value) {
    if (!(target instanceof MemoryPath<?> path)) {
      throw new IllegalArgumentException(
          "The target of set(...) must be a path of this CriteriaUpdate's root, not " + Descriptions.of(target));
    }
    assignments.add(new Assignment(path, value));
    return this;
  }

  @Override
  public CriteriaUpdate<T> where(Expression<Boolean> restriction) {
    this.restriction = restriction == null ? null : builder.predicate(restriction);
    return this;
  }

  @Override
  public CriteriaUpdate<T> where(Predicate... restrictions) {
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
    for (Assignment assignment : assignments) {
      Descriptions.collectParameters(assignment.target(), parameters);
      Descriptions.collectParameters(assignment.value(), parameters);
    }
    Descriptions.collectParameters(restriction, parameters);
    return parameters;
  }

  @Override
  public String toString() {
    return Descriptions.of(this);
  }
}
