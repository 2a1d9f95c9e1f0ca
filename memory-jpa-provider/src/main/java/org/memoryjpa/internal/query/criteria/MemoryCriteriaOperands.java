package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Predicate.BooleanOperator;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.memoryjpa.internal.metadata.metamodel.MemoryEntityType;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;

/**
 * The first part of {@link MemoryCriteriaBuilder}: the metamodel, literals and parameters, and the
 * checks every Criteria object uses on what it is given (an expression of this provider, a value or an
 * expression, a boolean expression as a predicate). Split from the builder only to keep each part
 * readable; immutable and thread-safe like the builder.
 */
abstract class MemoryCriteriaOperands implements CriteriaBuilder {

  private final MemoryMetamodel metamodel;
  private final Set<String> lowerCaseEntityNames;

  MemoryCriteriaOperands(MemoryMetamodel metamodel) {
    this.metamodel = metamodel;
    List<String> names = new ArrayList<>();
    metamodel.getEntities().forEach(entity -> names.add(entity.getName().toLowerCase(Locale.ROOT)));
    this.lowerCaseEntityNames = Set.copyOf(names);
  }

  /** The builder this is part of, which every Criteria object refers to. */
  final MemoryCriteriaBuilder self() {
    return (MemoryCriteriaBuilder) this;
  }

  /** The metamodel this builder resolves entities and attributes against. */
  public MemoryMetamodel metamodel() {
    return metamodel;
  }

  // ---------------------------------------------------------------------- literals, parameters

  /**
   * A literal; as the Javadoc says, a null value is an {@link IllegalArgumentException} (Hibernate
   * accepts it).
   */
  @Override
  public <T> Expression<T> literal(T value) {
    if (value == null) {
      throw new IllegalArgumentException("The literal value is null; use nullLiteral(type) for a null literal");
    }
    return MemoryLiteral.of(self(), value);
  }

  @Override
  public <T> Expression<T> nullLiteral(Class<T> resultClass) {
    return MemoryLiteral.nullOf(self(), resultClass);
  }

  @Override
  public <T> ParameterExpression<T> parameter(Class<T> paramClass) {
    return parameter(paramClass, null);
  }

  @Override
  public <T> ParameterExpression<T> parameter(Class<T> paramClass, String name) {
    if (paramClass == null) {
      throw new IllegalArgumentException(
          "The parameter type is null" + (name == null ? "" : " for parameter '" + name + "'") + "; pass its class");
    }
    return new MemoryParameterExpression<>(self(), paramClass, name);
  }

  // ---------------------------------------------------------------------------- shared helpers

  List<MemoryExpression<?>> requireAll(Expression<?>... args) {
    List<MemoryExpression<?>> operands = new ArrayList<>(args == null ? 0 : args.length);
    if (args != null) {
      for (Expression<?> arg : args) {
        operands.add(require(arg));
      }
    }
    return operands;
  }

  /** The entity type of a class, or the exception the Javadoc names. */
  <X> EntityType<X> entity(Class<X> entityClass) {
    return metamodel.entity(entityClass);
  }

  /** This unit's entity type for an entity type, which may come from another metamodel. */
  <X> EntityType<X> entity(EntityType<X> entity) {
    if (entity == null) {
      throw new IllegalArgumentException("The entity type is null; pass an entity type of the metamodel");
    }
    if (entity instanceof MemoryEntityType<?> && metamodel.getEntities().contains(entity)) {
      return entity;
    }
    return metamodel.entity(entity.getJavaType());
  }

  Set<String> lowerCaseEntityNames() {
    return lowerCaseEntityNames;
  }

  /**
   * A value passed to a builder method as an expression: a literal; the NULL literal for null (so
   * {@code equal(x, null)} is {@code x = NULL}, never true, as with Hibernate); an Expression passed
   * as a value is used as the expression, as Hibernate does.
   */
  @SuppressWarnings("unchecked")
  <T> MemoryExpression<T> value(T value) {
    if (value instanceof Expression<?> expression) {
      return (MemoryExpression<T>) require(expression);
    }
    if (value == null) {
      return (MemoryExpression<T>) MemoryLiteral.nullOf(self(), Object.class);
    }
    return MemoryLiteral.of(self(), value);
  }

  /**
   * A value compared with {@code x}: as {@link #value}, but a value of exactly {@code x}'s Java type is
   * marked {@link MemoryLiteral#compared}, so that executing the query binds it rather than compiling a
   * new statement per value. Values of other types stay literals, whose conversions the binder knows.
   */
  @SuppressWarnings("unchecked")
  <T> MemoryExpression<T> comparedValue(Expression<?> x, T value) {
    if (value == null || value instanceof Expression<?>) {
      return value(value);
    }
    Class<?> type = x instanceof MemoryExpression<?> own ? own.getJavaType() : null;
    if (type != null && type.isPrimitive()) {
      type = java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
    if (type != value.getClass()) {
      return value(value);
    }
    return MemoryLiteral.compared(self(), value);
  }

  /** The Criteria expression, or an IllegalArgumentException for null or another provider's. */
  @SuppressWarnings("unchecked")
  <T> MemoryExpression<T> require(Expression<T> expression) {
    if (expression instanceof MemoryExpression<?> own) {
      return (MemoryExpression<T>) own;
    }
    if (expression == null) {
      throw new IllegalArgumentException("The expression is null; pass an expression built by this CriteriaBuilder");
    }
    throw foreign(expression, "Expression");
  }

  MemoryExpression<Boolean> requireBoolean(Expression<Boolean> expression) {
    return require(expression);
  }

  /** A boolean expression as a predicate: itself, or its use as a condition. */
  MemoryPredicate predicate(Expression<Boolean> expression) {
    MemoryExpression<Boolean> checked = requireBoolean(expression);
    if (checked instanceof MemoryPredicate predicate) {
      return predicate;
    }
    return new MemorySimplePredicate(self(), List.of(checked), checked::toCondition);
  }

  /** The conjunction of restrictions, as where(Predicate...) takes them: null for none, one as it is. */
  MemoryPredicate restriction(List<? extends Expression<Boolean>> restrictions) {
    List<MemoryExpression<Boolean>> operands = new ArrayList<>();
    if (restrictions != null) {
      for (Expression<Boolean> restriction : restrictions) {
        if (restriction != null) {
          operands.add(requireBoolean(restriction));
        }
      }
    }
    if (operands.isEmpty()) {
      return null;
    }
    return operands.size() == 1
        ? predicate(operands.get(0))
        : new MemoryJunction(self(), BooleanOperator.AND, operands);
  }

  Selection<?> requireSelection(Selection<?> selection) {
    if (selection instanceof MemoryExpression<?> || selection instanceof MemoryCompoundSelection<?>) {
      return selection;
    }
    if (selection == null) {
      throw new IllegalArgumentException("The selection is null; pass a selection built by this CriteriaBuilder");
    }
    throw foreign(selection, "Selection");
  }

  MemoryOrder requireOrder(Order order) {
    if (order instanceof MemoryOrder own) {
      return own;
    }
    if (order == null) {
      throw new IllegalArgumentException("An order is null; pass orders made by asc(...) or desc(...)");
    }
    throw foreign(order, "Order");
  }

  @SuppressWarnings("unchecked")
  <T> MemorySubquery<T> requireSubquery(Subquery<T> subquery) {
    if (subquery instanceof MemorySubquery<?> own) {
      return (MemorySubquery<T>) own;
    }
    if (subquery == null) {
      throw new IllegalArgumentException("The subquery is null; create one with query.subquery(type)");
    }
    throw foreign(subquery, "Subquery");
  }

  /** A root or join of this provider of the given kind. */
  <F> F requireFrom(Object from, Class<F> kind) {
    if (kind.isInstance(from)) {
      return kind.cast(from);
    }
    if (from == null) {
      throw new IllegalArgumentException("The root or join is null; pass one made by from(...) or join(...)");
    }
    throw foreign(from, kind.getSimpleName().replace("Memory", ""));
  }

  MemoryPath<?> requirePath(Path<?> path, String operation) {
    if (path instanceof MemoryPath<?> own) {
      return own;
    }
    if (path == null) {
      throw new IllegalArgumentException("The path passed to " + operation + "(...) is null");
    }
    throw foreign(path, "Path");
  }

  MemoryPath<?> requireCollectionPath(Expression<?> collection, String operation) {
    MemoryExpression<?> checked = require(collection);
    if (checked instanceof MemoryAttributePath<?> path && path.attribute() instanceof PluralAttribute<?, ?, ?>) {
      return path;
    }
    throw new IllegalArgumentException(
        operation + "(...) needs a collection-valued path such as root.get(\"tags\"), not " + Descriptions.of(checked));
  }

  CriteriaSelect<?> requireSelect(CriteriaSelect<?> select) {
    if (select instanceof MemoryCriteriaQuery<?> || select instanceof MemoryCriteriaSelect<?>) {
      return select;
    }
    if (select == null) {
      throw new IllegalArgumentException("An operand of the set operation is null; pass two queries");
    }
    throw foreign(select, "CriteriaSelect");
  }

  /** The root of an update or delete, which {@code from} returns after checking the entity. */
  <T> Root<T> requireStatementRoot(MemoryRoot<T> root, EntityType<T> entity, String statement) {
    if (!entity.equals(root.getModel())) {
      throw new IllegalArgumentException(
          "The " + statement + " was created for entity '" + root.getModel().getName() + "'; from(...) cannot range"
              + " over entity '" + entity.getName() + "'");
    }
    return root;
  }

  <T> T requireCriteria(Object criteria, Class<T> kind, String what) {
    if (kind.isInstance(criteria)) {
      return kind.cast(criteria);
    }
    if (criteria == null) {
      throw new IllegalArgumentException("The " + what + " is null");
    }
    throw foreign(criteria, what);
  }

  /** The exception for a Criteria object that another provider's CriteriaBuilder made. */
  IllegalArgumentException foreign(Object criteria, String what) {
    return new IllegalArgumentException(
        "The " + what + " was not created by memory-jpa's CriteriaBuilder (it is a '" + criteria.getClass().getName()
            + "'); build Criteria queries with this EntityManager's getCriteriaBuilder()");
  }
}
