package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clauses a {@link MemoryCriteriaQuery} and a {@link MemorySubquery} share: roots (correlated ones
 * included), correlated joins, WHERE, GROUP BY, HAVING and DISTINCT. Mutable; not thread-safe while
 * the query is built.
 */
final class QueryStructure {

  private final MemoryCriteriaBuilder builder;
  private final Set<MemoryRoot<?>> roots = new LinkedHashSet<>();
  private final Set<MemoryJoin<?, ?>> correlatedJoins = new LinkedHashSet<>();
  private MemoryPredicate restriction;
  private List<MemoryExpression<?>> groupBy = List.of();
  private MemoryPredicate having;
  private boolean distinct;

  QueryStructure(MemoryCriteriaBuilder builder) {
    this.builder = builder;
  }

  <X> MemoryRoot<X> from(Class<X> entityClass) {
    return add(new MemoryRoot<>(builder, builder.entity(entityClass), null, null));
  }

  <X> MemoryRoot<X> from(EntityType<X> entity) {
    return add(new MemoryRoot<>(builder, builder.entity(entity), null, null));
  }

  <X> MemoryRoot<X> add(MemoryRoot<X> root) {
    roots.add(root);
    return root;
  }

  <J extends MemoryJoin<?, ?>> J addCorrelatedJoin(J join) {
    correlatedJoins.add(join);
    return join;
  }

  Set<MemoryRoot<?>> roots() {
    return roots;
  }

  Set<MemoryJoin<?, ?>> correlatedJoins() {
    return correlatedJoins;
  }

  Set<Root<?>> rootSet() {
    return new LinkedHashSet<>(roots);
  }

  MemoryPredicate restriction() {
    return restriction;
  }

  void where(Expression<Boolean> restriction) {
    this.restriction = restriction == null ? null : builder.predicate(restriction);
  }

  void where(List<? extends Expression<Boolean>> restrictions) {
    this.restriction = builder.restriction(restrictions);
  }

  List<MemoryExpression<?>> groupBy() {
    return groupBy;
  }

  List<Expression<?>> groupList() {
    return new ArrayList<>(groupBy);
  }

  void groupBy(List<? extends Expression<?>> grouping) {
    List<MemoryExpression<?>> checked = new ArrayList<>();
    if (grouping != null) {
      grouping.forEach(expression -> checked.add(builder.require(expression)));
    }
    groupBy = List.copyOf(checked);
  }

  MemoryPredicate having() {
    return having;
  }

  void having(Expression<Boolean> restriction) {
    having = restriction == null ? null : builder.predicate(restriction);
  }

  void having(List<? extends Expression<Boolean>> restrictions) {
    having = builder.restriction(restrictions);
  }

  Predicate getHaving() {
    return having;
  }

  boolean isDistinct() {
    return distinct;
  }

  void distinct(boolean distinct) {
    this.distinct = distinct;
  }

  /** The parameters of the clauses, the ON conditions of the joins and the subqueries in them. */
  void collectParameters(Set<ParameterExpression<?>> into) {
    for (MemoryRoot<?> root : roots) {
      collectJoinParameters(root, into);
    }
    for (MemoryJoin<?, ?> join : correlatedJoins) {
      collectJoinParameters(join, into);
    }
    Descriptions.collectParameters(restriction, into);
    groupBy.forEach(expression -> Descriptions.collectParameters(expression, into));
    Descriptions.collectParameters(having, into);
  }

  private static void collectJoinParameters(MemoryFrom<?, ?> from, Set<ParameterExpression<?>> into) {
    for (MemoryJoin<?, ?> join : from.children()) {
      Descriptions.collectParameters(join.on(), into);
      collectJoinParameters(join, into);
    }
    for (MemoryFrom<?, ?> view : from.treats()) {
      collectJoinParameters(view, into);
    }
  }
}
