package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Criteria select query. Mutable, as the API requires; not thread-safe while it is built. Creating a
 * query from it translates it ({@link MemoryCriteriaBuilder#translate(CriteriaQuery)}) without changing
 * it, so it may be run again, changed and run again, from any EntityManager of the factory.
 *
 * @param <T> the result type
 */
final class MemoryCriteriaQuery<T> implements CriteriaQuery<T> {

  private final MemoryCriteriaBuilder builder;
  private final Class<T> resultType;
  private final QueryStructure structure;
  private Selection<? extends T> selection;
  private List<MemoryOrder> orders = List.of();

  MemoryCriteriaQuery(MemoryCriteriaBuilder builder, Class<T> resultType) {
    this.builder = builder;
    this.resultType = resultType;
    this.structure = new QueryStructure(builder);
  }

  MemoryCriteriaBuilder builder() {
    return builder;
  }

  QueryStructure structure() {
    return structure;
  }

  List<MemoryOrder> orders() {
    return orders;
  }

  @Override
  public CriteriaQuery<T> select(Selection<? extends T> selection) {
    if (selection != null) {
      builder.requireSelection(selection);
    }
    this.selection = selection;
    if (selection != null && selection.isCompoundSelection()) {
      Descriptions.checkAliases(selection.getCompoundSelectionItems());
    }
    return this;
  }

  @Override
  @SuppressWarnings("deprecation")
  public CriteriaQuery<T> multiselect(Selection<?>... selections) {
    return multiselect(Arrays.asList(selections));
  }

  /** As Hibernate: a tuple, an array, the single item, or a constructor call, by the result type. */
  @SuppressWarnings({"unchecked", "rawtypes", "deprecation"})
  @Override
  public CriteriaQuery<T> multiselect(List<Selection<?>> selectionList) {
    List<Selection<?>> items = new ArrayList<>();
    for (int i = 0; i < selectionList.size(); i++) {
      Selection<?> item = builder.requireSelection(selectionList.get(i));
      if (item instanceof MemoryCompoundSelection<?> compound
          && compound.kind() != MemoryCompoundSelection.Kind.CONSTRUCT) {
        throw new IllegalArgumentException(
            "multiselect item " + (i + 1) + " is a " + compound.kind().name().toLowerCase() + " selection; a"
                + " multiselect cannot contain tuple or array selections: pass their items instead");
      }
      items.add(item);
    }
    Descriptions.checkAliases(items);
    Selection<?> result;
    if (resultType == Object.class) {
      result = items.size() == 1
          ? items.get(0)
          : new MemoryCompoundSelection(builder, MemoryCompoundSelection.Kind.ARRAY, Object[].class, items);
    } else if (Tuple.class.isAssignableFrom(resultType)) {
      result = new MemoryCompoundSelection(builder, MemoryCompoundSelection.Kind.TUPLE, resultType, items);
    } else if (resultType.isArray()) {
      result = new MemoryCompoundSelection(builder, MemoryCompoundSelection.Kind.ARRAY, resultType, items);
    } else if (items.size() == 1
        && Descriptions.boxed(resultType).isAssignableFrom(Descriptions.boxed(items.get(0).getJavaType()))) {
      result = items.get(0);
    } else {
      result = new MemoryCompoundSelection(builder, MemoryCompoundSelection.Kind.CONSTRUCT, resultType, items);
    }
    this.selection = (Selection<? extends T>) result;
    return this;
  }

  @Override
  public CriteriaQuery<T> where(Expression<Boolean> restriction) {
    structure.where(restriction);
    return this;
  }

  @Override
  public CriteriaQuery<T> where(Predicate... restrictions) {
    structure.where(Arrays.asList(restrictions));
    return this;
  }

  @Override
  public CriteriaQuery<T> where(List<Predicate> restrictions) {
    structure.where(restrictions);
    return this;
  }

  @Override
  public CriteriaQuery<T> groupBy(Expression<?>... grouping) {
    structure.groupBy(Arrays.asList(grouping));
    return this;
  }

  @Override
  public CriteriaQuery<T> groupBy(List<Expression<?>> grouping) {
    structure.groupBy(grouping);
    return this;
  }

  @Override
  public CriteriaQuery<T> having(Expression<Boolean> restriction) {
    structure.having(restriction);
    return this;
  }

  @Override
  public CriteriaQuery<T> having(Predicate... restrictions) {
    structure.having(Arrays.asList(restrictions));
    return this;
  }

  @Override
  public CriteriaQuery<T> having(List<Predicate> restrictions) {
    structure.having(restrictions);
    return this;
  }

  @Override
  public CriteriaQuery<T> orderBy(Order... orders) {
    return orderBy(Arrays.asList(orders));
  }

  @Override
  public CriteriaQuery<T> orderBy(List<Order> orders) {
    List<MemoryOrder> checked = new ArrayList<>();
    if (orders != null) {
      orders.forEach(order -> checked.add(builder.requireOrder(order)));
    }
    this.orders = List.copyOf(checked);
    return this;
  }

  @Override
  public CriteriaQuery<T> distinct(boolean distinct) {
    structure.distinct(distinct);
    return this;
  }

  @Override
  public List<Order> getOrderList() {
    return new ArrayList<>(orders);
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

  @SuppressWarnings("unchecked")
  @Override
  public Selection<T> getSelection() {
    return (Selection<T>) selection;
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

  @Override
  public Class<T> getResultType() {
    return resultType;
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
    return structure.restriction();
  }

  @Override
  public Set<ParameterExpression<?>> getParameters() {
    Set<ParameterExpression<?>> parameters = new LinkedHashSet<>();
    Descriptions.collectParameters(selection, parameters);
    structure.collectParameters(parameters);
    orders.forEach(order -> Descriptions.collectParameters(order.expression(), parameters));
    return parameters;
  }

  @Override
  public String toString() {
    return Descriptions.of(this);
  }
}
