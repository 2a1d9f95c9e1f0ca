package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Selection;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.memoryjpa.internal.query.parse.syntax.BooleanCondition;
import org.memoryjpa.internal.query.parse.syntax.Condition;

/**
 * The base of every Criteria expression: its Java type, its alias, the {@link Expression} methods
 * (which build predicates through the {@link MemoryCriteriaBuilder}), and its translation into a JPQL
 * syntax node. Mutable only through {@link #alias}; not thread-safe while a query is being built, safe
 * to translate from several threads once it is.
 *
 * @param <T> the Java type of the expression
 */
abstract class MemoryExpression<T> implements Expression<T> {

  final MemoryCriteriaBuilder builder;
  private final Class<? extends T> javaType;
  private String alias;

  MemoryExpression(MemoryCriteriaBuilder builder, Class<? extends T> javaType) {
    this.builder = builder;
    this.javaType = javaType;
  }

  /** The JPQL expression this Criteria expression stands for. */
  abstract org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator);

  /** The JPQL condition, where the expression is used as a predicate: a boolean expression by default. */
  Condition toCondition(Translator translator) {
    return new BooleanCondition(toSyntax(translator), Translator.NOWHERE);
  }

  /** The expressions this one is built from, for the parameters of the query; none by default. */
  List<? extends Selection<?>> operands() {
    return List.of();
  }

  /** Adds the parameter expressions in this expression and its operands to {@code into}. */
  void collectParameters(Set<ParameterExpression<?>> into) {
    for (Selection<?> operand : operands()) {
      Descriptions.collectParameters(operand, into);
    }
  }

  // ------------------------------------------------------------------------------------ Selection

  /** Sets the alias; as with Hibernate, a second call replaces the first. */
  @Override
  public Selection<T> alias(String name) {
    alias = name;
    return this;
  }

  @Override
  public String getAlias() {
    return alias;
  }

  @Override
  public Class<? extends T> getJavaType() {
    return javaType;
  }

  @Override
  public boolean isCompoundSelection() {
    return false;
  }

  @Override
  public List<Selection<?>> getCompoundSelectionItems() {
    throw new IllegalStateException(
        "Not a compound selection: " + Descriptions.of(this) + " has no selection items; only construct, tuple"
            + " and array selections have");
  }

  // ----------------------------------------------------------------------------------- Expression

  @Override
  public Predicate isNull() {
    return builder.isNull(this);
  }

  @Override
  public Predicate isNotNull() {
    return builder.isNotNull(this);
  }

  @Override
  public Predicate equalTo(Expression<?> value) {
    return builder.equal(this, value);
  }

  @Override
  public Predicate equalTo(Object value) {
    return builder.equal(this, value);
  }

  @Override
  public Predicate notEqualTo(Expression<?> value) {
    return builder.notEqual(this, value);
  }

  @Override
  public Predicate notEqualTo(Object value) {
    return builder.notEqual(this, value);
  }

  @Override
  public Predicate in(Object... values) {
    MemoryIn<T> in = new MemoryIn<>(builder, this);
    for (Object value : values) {
      in.add(builder.value(value));
    }
    return in;
  }

  @Override
  public Predicate in(Expression<?>... values) {
    MemoryIn<T> in = new MemoryIn<>(builder, this);
    for (Expression<?> value : values) {
      in.add(builder.require(value));
    }
    return in;
  }

  @Override
  public Predicate in(Collection<?> values) {
    MemoryIn<T> in = new MemoryIn<>(builder, this);
    if (values.stream().anyMatch(Expression.class::isInstance)) {
      values.forEach(value -> in.add(builder.value(value)));
    } else {
      in.add(MemoryLiteral.collection(builder, values));
    }
    return in;
  }

  @Override
  public Predicate in(Expression<Collection<?>> values) {
    return builder.inCollection(this, values);
  }

  @Override
  public <X> Expression<X> as(Class<X> type) {
    return new MemoryWrappedExpression<>(this, type);
  }

  @Override
  public <X> Expression<X> cast(Class<X> type) {
    return builder.cast(this, type);
  }

  @Override
  public String toString() {
    return Descriptions.of(this);
  }
}
