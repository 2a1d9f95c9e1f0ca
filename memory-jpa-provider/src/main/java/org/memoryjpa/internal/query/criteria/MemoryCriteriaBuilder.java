package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Predicate.BooleanOperator;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.query.parse.syntax.AllOrAnyExpression;
import org.memoryjpa.internal.query.parse.syntax.BetweenExpression;
import org.memoryjpa.internal.query.parse.syntax.BooleanLiteral;
import org.memoryjpa.internal.query.parse.syntax.CollectionMemberExpression;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.EmptyCollectionComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.ExistsExpression;
import org.memoryjpa.internal.query.parse.syntax.LikeExpression;
import org.memoryjpa.internal.query.parse.syntax.NullComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.SetOperation;

/**
 * The Criteria API's builder for one persistence unit, and the entry point that turns a finished
 * Criteria statement into the JPQL syntax tree the query engine runs ({@link #translate}). Every method
 * of {@link CriteriaBuilder} of Jakarta Persistence 3.2; the objects it returns are mutable builders as
 * the API requires, and are only read by translation. Wrong use throws what the Javadoc names, at the
 * call where it is found, with a message that names the attribute or expression.
 *
 * <p>The builder itself is immutable and thread-safe: one per factory, shared by its EntityManagers.
 * The interface has 181 methods; they are split along the Javadoc's groups: {@link
 * MemoryCriteriaOperands} (checks, literals, parameters), {@link MemoryCriteriaFunctions} (scalar
 * expressions) and this class (statements, selections, predicates, treat, translation).
 */
public final class MemoryCriteriaBuilder extends MemoryCriteriaFunctions {

  /** The builder over the metamodel of a persistence unit. */
  public MemoryCriteriaBuilder(MemoryMetamodel metamodel) {
    super(metamodel);
  }

  // ------------------------------------------------------------------------------- translation

  /**
   * The JPQL syntax tree and side tables of a Criteria select query, as it is now. The query is only
   * read: it may be translated again, after changes or not, any number of times.
   *
   * @throws IllegalArgumentException when the query was not built by memory-jpa's CriteriaBuilder, or
   *     is incomplete or inconsistent (no root, a path of another query, ...)
   */
  public CriteriaTranslation translate(CriteriaQuery<?> query) {
    return translate(query, false);
  }

  /**
   * The same, for running ({@code bindCompared}) or for reading: a query about to run gets the values
   * compared with an expression of their own type ({@code equal(path, "x")}) as generated parameters,
   * so that the same query with other values is the same statement and reuses its compiled form.
   */
  public CriteriaTranslation translate(CriteriaQuery<?> query, boolean bindCompared) {
    return Translator.query(this, requireCriteria(query, MemoryCriteriaQuery.class, "CriteriaQuery"), bindCompared);
  }

  /** The same for a set operation of queries (3.2), or a single query. */
  public CriteriaTranslation translate(CriteriaSelect<?> select) {
    return translate(select, false);
  }

  /** The same for a set operation of queries, for running or for reading. */
  public CriteriaTranslation translate(CriteriaSelect<?> select, boolean bindCompared) {
    if (select instanceof CriteriaQuery<?> query) {
      return translate(query, bindCompared);
    }
    return Translator.select(this, requireCriteria(select, MemoryCriteriaSelect.class, "CriteriaSelect"),
        bindCompared);
  }

  /** The same for a bulk update. */
  public CriteriaTranslation translate(CriteriaUpdate<?> update) {
    return translate(update, false);
  }

  /** The same for a bulk update, for running or for reading. */
  public CriteriaTranslation translate(CriteriaUpdate<?> update, boolean bindCompared) {
    return Translator.update(this, requireCriteria(update, MemoryCriteriaUpdate.class, "CriteriaUpdate"),
        bindCompared);
  }

  /** The same for a bulk delete. */
  public CriteriaTranslation translate(CriteriaDelete<?> delete) {
    return translate(delete, false);
  }

  /** The same for a bulk delete, for running or for reading. */
  public CriteriaTranslation translate(CriteriaDelete<?> delete, boolean bindCompared) {
    return Translator.delete(this, requireCriteria(delete, MemoryCriteriaDelete.class, "CriteriaDelete"),
        bindCompared);
  }

  // -------------------------------------------------------------------------------- statements

  @Override
  public CriteriaQuery<Object> createQuery() {
    return new MemoryCriteriaQuery<>(this, Object.class);
  }

  @SuppressWarnings("unchecked")
  @Override
  public <T> CriteriaQuery<T> createQuery(Class<T> resultClass) {
    return new MemoryCriteriaQuery<>(this, resultClass == null ? (Class<T>) Object.class : resultClass);
  }

  @Override
  public CriteriaQuery<Tuple> createTupleQuery() {
    return new MemoryCriteriaQuery<>(this, Tuple.class);
  }

  @Override
  public <T> CriteriaUpdate<T> createCriteriaUpdate(Class<T> targetEntity) {
    return new MemoryCriteriaUpdate<>(this, entity(targetEntity));
  }

  @Override
  public <T> CriteriaDelete<T> createCriteriaDelete(Class<T> targetEntity) {
    return new MemoryCriteriaDelete<>(this, entity(targetEntity));
  }

  @Override
  public <T> CriteriaSelect<T> union(CriteriaSelect<? extends T> left, CriteriaSelect<? extends T> right) {
    return setOperation(SetOperation.Operator.UNION, false, left, right);
  }

  @Override
  public <T> CriteriaSelect<T> unionAll(CriteriaSelect<? extends T> left, CriteriaSelect<? extends T> right) {
    return setOperation(SetOperation.Operator.UNION, true, left, right);
  }

  @Override
  public <T> CriteriaSelect<T> intersect(CriteriaSelect<? super T> left, CriteriaSelect<? super T> right) {
    return setOperation(SetOperation.Operator.INTERSECT, false, left, right);
  }

  @Override
  public <T> CriteriaSelect<T> intersectAll(CriteriaSelect<? super T> left, CriteriaSelect<? super T> right) {
    return setOperation(SetOperation.Operator.INTERSECT, true, left, right);
  }

  @Override
  public <T> CriteriaSelect<T> except(CriteriaSelect<T> left, CriteriaSelect<?> right) {
    return setOperation(SetOperation.Operator.EXCEPT, false, left, right);
  }

  @Override
  public <T> CriteriaSelect<T> exceptAll(CriteriaSelect<T> left, CriteriaSelect<?> right) {
    return setOperation(SetOperation.Operator.EXCEPT, true, left, right);
  }

  private <T> CriteriaSelect<T> setOperation(
      SetOperation.Operator operator, boolean all, CriteriaSelect<?> left, CriteriaSelect<?> right) {
    return new MemoryCriteriaSelect<>(operator, all, requireSelect(left), requireSelect(right));
  }

  // -------------------------------------------------------------------------------- selections

  @Override
  public <Y> CompoundSelection<Y> construct(Class<Y> resultClass, Selection<?>... selections) {
    return compound(MemoryCompoundSelection.Kind.CONSTRUCT, resultClass, Arrays.asList(selections));
  }

  @Override
  public CompoundSelection<Tuple> tuple(Selection<?>... selections) {
    return tuple(Arrays.asList(selections));
  }

  @Override
  public CompoundSelection<Tuple> tuple(List<Selection<?>> selections) {
    return compound(MemoryCompoundSelection.Kind.TUPLE, Tuple.class, selections);
  }

  @Override
  public CompoundSelection<Object[]> array(Selection<?>... selections) {
    return array(Arrays.asList(selections));
  }

  @Override
  public CompoundSelection<Object[]> array(List<Selection<?>> selections) {
    return compound(MemoryCompoundSelection.Kind.ARRAY, Object[].class, selections);
  }

  private <Y> CompoundSelection<Y> compound(
      MemoryCompoundSelection.Kind kind, Class<Y> type, List<Selection<?>> items) {
    if (type == null) {
      throw new IllegalArgumentException("The result class of construct(...) is null; pass the class to construct");
    }
    List<Selection<?>> checked = new ArrayList<>(items.size());
    for (Selection<?> item : items) {
      Selection<?> selection = requireSelection(item);
      if (selection instanceof MemoryCompoundSelection<?> compound
          && compound.kind() != MemoryCompoundSelection.Kind.CONSTRUCT) {
        throw new IllegalArgumentException(
            "An item of " + kind.name().toLowerCase(Locale.ROOT) + "(...) is a "
                + compound.kind().name().toLowerCase(Locale.ROOT)
                + " selection; tuple and array selections cannot be nested: pass their items instead");
      }
      checked.add(selection);
    }
    return new MemoryCompoundSelection<>(this, kind, type, checked);
  }

  @Override
  public Order asc(Expression<?> expression) {
    return new MemoryOrder(require(expression), true, Nulls.NONE);
  }

  @Override
  public Order desc(Expression<?> expression) {
    return new MemoryOrder(require(expression), false, Nulls.NONE);
  }

  @Override
  public Order asc(Expression<?> expression, Nulls nullPrecedence) {
    return new MemoryOrder(require(expression), true, nullPrecedence);
  }

  @Override
  public Order desc(Expression<?> expression, Nulls nullPrecedence) {
    return new MemoryOrder(require(expression), false, nullPrecedence);
  }

  // -------------------------------------------------------------------------------- subqueries

  @Override
  public Predicate exists(Subquery<?> subquery) {
    MemorySubquery<?> checked = requireSubquery(subquery);
    return new MemorySimplePredicate(this, List.of(checked), t -> new ExistsExpression(
        (org.memoryjpa.internal.query.parse.syntax.Subquery) checked.toSyntax(t), Translator.NOWHERE));
  }

  @Override
  public <Y> Expression<Y> all(Subquery<Y> subquery) {
    return quantified(AllOrAnyExpression.Quantifier.ALL, subquery);
  }

  @Override
  public <Y> Expression<Y> some(Subquery<Y> subquery) {
    return quantified(AllOrAnyExpression.Quantifier.SOME, subquery);
  }

  @Override
  public <Y> Expression<Y> any(Subquery<Y> subquery) {
    return quantified(AllOrAnyExpression.Quantifier.ANY, subquery);
  }

  private <Y> Expression<Y> quantified(AllOrAnyExpression.Quantifier quantifier, Subquery<Y> subquery) {
    MemorySubquery<Y> checked = requireSubquery(subquery);
    return new MemoryFunction<>(this, checked.getJavaType(), List.of(checked), t -> new AllOrAnyExpression(
        quantifier, (org.memoryjpa.internal.query.parse.syntax.Subquery) checked.toSyntax(t), Translator.NOWHERE));
  }

  // ------------------------------------------------------------------------- boolean functions

  @Override
  public Predicate and(Expression<Boolean> x, Expression<Boolean> y) {
    return new MemoryJunction(this, BooleanOperator.AND, List.of(requireBoolean(x), requireBoolean(y)));
  }

  @Override
  public Predicate and(Predicate... restrictions) {
    return and(Arrays.asList(restrictions));
  }

  @Override
  public Predicate and(List<Predicate> restrictions) {
    return junction(BooleanOperator.AND, restrictions);
  }

  @Override
  public Predicate or(Expression<Boolean> x, Expression<Boolean> y) {
    return new MemoryJunction(this, BooleanOperator.OR, List.of(requireBoolean(x), requireBoolean(y)));
  }

  @Override
  public Predicate or(Predicate... restrictions) {
    return or(Arrays.asList(restrictions));
  }

  @Override
  public Predicate or(List<Predicate> restrictions) {
    return junction(BooleanOperator.OR, restrictions);
  }

  private Predicate junction(BooleanOperator operator, List<Predicate> restrictions) {
    List<MemoryExpression<Boolean>> operands = new ArrayList<>();
    if (restrictions != null) {
      restrictions.forEach(restriction -> operands.add(requireBoolean(restriction)));
    }
    return new MemoryJunction(this, operator, operands);
  }

  @Override
  public Predicate not(Expression<Boolean> restriction) {
    return predicate(restriction).not();
  }

  @Override
  public Predicate conjunction() {
    return new MemoryJunction(this, BooleanOperator.AND, List.of());
  }

  @Override
  public Predicate disjunction() {
    return new MemoryJunction(this, BooleanOperator.OR, List.of());
  }

  // ------------------------------------------------------------------- tests of truth and null

  /** {@code x = TRUE}; a predicate is returned as it is. */
  @Override
  public Predicate isTrue(Expression<Boolean> x) {
    MemoryExpression<Boolean> checked = requireBoolean(x);
    return checked instanceof MemoryPredicate predicate ? predicate : truth(checked, true);
  }

  /** {@code x = FALSE}; a predicate is negated. */
  @Override
  public Predicate isFalse(Expression<Boolean> x) {
    MemoryExpression<Boolean> checked = requireBoolean(x);
    return checked instanceof MemoryPredicate predicate ? predicate.not() : truth(checked, false);
  }

  private Predicate truth(MemoryExpression<Boolean> x, boolean value) {
    return new MemorySimplePredicate(this, List.of(x), t -> new ComparisonExpression(
        ComparisonExpression.Operator.EQUAL, x.toSyntax(t), new BooleanLiteral(value, Translator.NOWHERE),
        Translator.NOWHERE));
  }

  @Override
  public Predicate isNull(Expression<?> x) {
    MemoryExpression<?> checked = require(x);
    return new MemorySimplePredicate(this, List.of(checked),
        t -> new NullComparisonExpression(checked.toSyntax(t), false, Translator.NOWHERE));
  }

  @Override
  public Predicate isNotNull(Expression<?> x) {
    MemoryExpression<?> checked = require(x);
    return new MemorySimplePredicate(this, List.of(checked),
        t -> new NullComparisonExpression(checked.toSyntax(t), true, Translator.NOWHERE));
  }

  // ------------------------------------------------------------------------------- comparisons

  @Override
  public Predicate equal(Expression<?> x, Expression<?> y) {
    return comparison(ComparisonExpression.Operator.EQUAL, x, require(y));
  }

  /** {@code x = value}; a null value gives {@code x = NULL}, which is never true, as with Hibernate. */
  @Override
  public Predicate equal(Expression<?> x, Object y) {
    return comparison(ComparisonExpression.Operator.EQUAL, x, comparedValue(x, y));
  }

  @Override
  public Predicate notEqual(Expression<?> x, Expression<?> y) {
    return comparison(ComparisonExpression.Operator.NOT_EQUAL, x, require(y));
  }

  @Override
  public Predicate notEqual(Expression<?> x, Object y) {
    return comparison(ComparisonExpression.Operator.NOT_EQUAL, x, comparedValue(x, y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate greaterThan(Expression<? extends Y> x, Expression<? extends Y> y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN, x, require(y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate greaterThan(Expression<? extends Y> x, Y y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN, x, comparedValue(x, y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate greaterThanOrEqualTo(
      Expression<? extends Y> x, Expression<? extends Y> y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN_OR_EQUAL, x, require(y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate greaterThanOrEqualTo(Expression<? extends Y> x, Y y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN_OR_EQUAL, x, comparedValue(x, y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate lessThan(Expression<? extends Y> x, Expression<? extends Y> y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN, x, require(y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate lessThan(Expression<? extends Y> x, Y y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN, x, comparedValue(x, y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate lessThanOrEqualTo(
      Expression<? extends Y> x, Expression<? extends Y> y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN_OR_EQUAL, x, require(y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate lessThanOrEqualTo(Expression<? extends Y> x, Y y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN_OR_EQUAL, x, comparedValue(x, y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate between(
      Expression<? extends Y> v, Expression<? extends Y> x, Expression<? extends Y> y) {
    return betweenOf(require(v), require(x), require(y));
  }

  @Override
  public <Y extends Comparable<? super Y>> Predicate between(Expression<? extends Y> v, Y x, Y y) {
    return betweenOf(require(v), value(x), value(y));
  }

  private Predicate betweenOf(MemoryExpression<?> v, MemoryExpression<?> x, MemoryExpression<?> y) {
    return new MemorySimplePredicate(this, List.of(v, x, y), t -> new BetweenExpression(
        v.toSyntax(t), false, x.toSyntax(t), y.toSyntax(t), Translator.NOWHERE));
  }

  @Override
  public Predicate gt(Expression<? extends Number> x, Expression<? extends Number> y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN, x, require(y));
  }

  @Override
  public Predicate gt(Expression<? extends Number> x, Number y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN, x, comparedValue(x, y));
  }

  @Override
  public Predicate ge(Expression<? extends Number> x, Expression<? extends Number> y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN_OR_EQUAL, x, require(y));
  }

  @Override
  public Predicate ge(Expression<? extends Number> x, Number y) {
    return comparison(ComparisonExpression.Operator.GREATER_THAN_OR_EQUAL, x, comparedValue(x, y));
  }

  @Override
  public Predicate lt(Expression<? extends Number> x, Expression<? extends Number> y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN, x, require(y));
  }

  @Override
  public Predicate lt(Expression<? extends Number> x, Number y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN, x, comparedValue(x, y));
  }

  @Override
  public Predicate le(Expression<? extends Number> x, Expression<? extends Number> y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN_OR_EQUAL, x, require(y));
  }

  @Override
  public Predicate le(Expression<? extends Number> x, Number y) {
    return comparison(ComparisonExpression.Operator.LESS_THAN_OR_EQUAL, x, comparedValue(x, y));
  }

  private Predicate comparison(ComparisonExpression.Operator operator, Expression<?> x, MemoryExpression<?> y) {
    MemoryExpression<?> left = require(x);
    return new MemorySimplePredicate(this, List.of(left, y),
        t -> new ComparisonExpression(operator, left.toSyntax(t), y.toSyntax(t), Translator.NOWHERE), operator);
  }

  // ------------------------------------------------------------------------------- collections

  @Override
  public <C extends Collection<?>> Predicate isEmpty(Expression<C> collection) {
    return emptiness(collection, false);
  }

  @Override
  public <C extends Collection<?>> Predicate isNotEmpty(Expression<C> collection) {
    return emptiness(collection, true);
  }

  private Predicate emptiness(Expression<?> collection, boolean negated) {
    MemoryExpression<?> checked = require(collection);
    return new MemorySimplePredicate(this, List.of(checked),
        t -> new EmptyCollectionComparisonExpression(checked.toSyntax(t), negated, Translator.NOWHERE));
  }

  @Override
  public <C extends Collection<?>> Expression<Integer> size(Expression<C> collection) {
    return call(Integer.class, "SIZE", collection);
  }

  /** The size of a collection value, which is known now: an integer literal. */
  @Override
  public <C extends Collection<?>> Expression<Integer> size(C collection) {
    return MemoryLiteral.of(this, collection.size());
  }

  @Override
  public <E, C extends Collection<E>> Predicate isMember(Expression<E> elem, Expression<C> collection) {
    return membership(require(elem), collection, false);
  }

  @Override
  public <E, C extends Collection<E>> Predicate isMember(E elem, Expression<C> collection) {
    return membership(value(elem), collection, false);
  }

  @Override
  public <E, C extends Collection<E>> Predicate isNotMember(Expression<E> elem, Expression<C> collection) {
    return membership(require(elem), collection, true);
  }

  @Override
  public <E, C extends Collection<E>> Predicate isNotMember(E elem, Expression<C> collection) {
    return membership(value(elem), collection, true);
  }

  private Predicate membership(MemoryExpression<?> element, Expression<?> collection, boolean negated) {
    MemoryPath<?> path = requireCollectionPath(collection, "isMember");
    return new MemorySimplePredicate(this, List.of(element, path),
        t -> new CollectionMemberExpression(element.toSyntax(t), negated, t.path(path), Translator.NOWHERE));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public <V, M extends Map<?, V>> Expression<Collection<V>> values(M map) {
    return (Expression) MemoryLiteral.collection(this, map.values());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public <K, M extends Map<K, ?>> Expression<Set<K>> keys(M map) {
    return (Expression) MemoryLiteral.collection(this, map.keySet());
  }

  /** {@code x.in(collectionExpression)}: MEMBER OF a collection-valued path, else IN of one item. */
  Predicate inCollection(MemoryExpression<?> x, Expression<? extends Collection<?>> values) {
    MemoryExpression<?> checked = require(values);
    if (checked instanceof MemoryAttributePath<?> path && path.attribute() instanceof PluralAttribute<?, ?, ?>) {
      return membership(x, path, false);
    }
    MemoryIn<?> in = new MemoryIn<>(this, x);
    in.add(checked);
    return in;
  }

  // -------------------------------------------------------------------------------------- like

  @Override
  public Predicate like(Expression<String> x, Expression<String> pattern) {
    return like(x, require(pattern), null, false);
  }

  @Override
  public Predicate like(Expression<String> x, String pattern) {
    return like(x, value(pattern), null, false);
  }

  @Override
  public Predicate like(Expression<String> x, Expression<String> pattern, Expression<Character> escapeChar) {
    return like(x, require(pattern), require(escapeChar), false);
  }

  @Override
  public Predicate like(Expression<String> x, Expression<String> pattern, char escapeChar) {
    return like(x, require(pattern), value(escapeChar), false);
  }

  @Override
  public Predicate like(Expression<String> x, String pattern, Expression<Character> escapeChar) {
    return like(x, value(pattern), require(escapeChar), false);
  }

  @Override
  public Predicate like(Expression<String> x, String pattern, char escapeChar) {
    return like(x, value(pattern), value(escapeChar), false);
  }

  @Override
  public Predicate notLike(Expression<String> x, Expression<String> pattern) {
    return like(x, require(pattern), null, true);
  }

  @Override
  public Predicate notLike(Expression<String> x, String pattern) {
    return like(x, value(pattern), null, true);
  }

  @Override
  public Predicate notLike(Expression<String> x, Expression<String> pattern, Expression<Character> escapeChar) {
    return like(x, require(pattern), require(escapeChar), true);
  }

  @Override
  public Predicate notLike(Expression<String> x, Expression<String> pattern, char escapeChar) {
    return like(x, require(pattern), value(escapeChar), true);
  }

  @Override
  public Predicate notLike(Expression<String> x, String pattern, Expression<Character> escapeChar) {
    return like(x, value(pattern), require(escapeChar), true);
  }

  @Override
  public Predicate notLike(Expression<String> x, String pattern, char escapeChar) {
    return like(x, value(pattern), value(escapeChar), true);
  }

  private Predicate like(
      Expression<String> x, MemoryExpression<?> pattern, MemoryExpression<?> escape, boolean negated) {
    MemoryExpression<?> value = require(x);
    List<MemoryExpression<?>> operands = escape == null ? List.of(value, pattern) : List.of(value, pattern, escape);
    return new MemorySimplePredicate(this, operands, t -> new LikeExpression(value.toSyntax(t), negated, false,
        pattern.toSyntax(t), escape == null ? null : t.character(escape, "escape character"), Translator.NOWHERE));
  }

  // ---------------------------------------------------------------------------------------- in

  @Override
  public <T> In<T> in(Expression<? extends T> expression) {
    return new MemoryIn<>(this, require(expression));
  }

  // ------------------------------------------------------------------------------------- treat

  @Override
  public <X, T, V extends T> Join<X, V> treat(Join<X, T> join, Class<V> type) {
    return treatFrom(join, type);
  }

  @Override
  public <X, T, E extends T> CollectionJoin<X, E> treat(CollectionJoin<X, T> join, Class<E> type) {
    return treatFrom(join, type);
  }

  @Override
  public <X, T, E extends T> SetJoin<X, E> treat(SetJoin<X, T> join, Class<E> type) {
    return treatFrom(join, type);
  }

  @Override
  public <X, T, E extends T> ListJoin<X, E> treat(ListJoin<X, T> join, Class<E> type) {
    return treatFrom(join, type);
  }

  @Override
  public <X, K, T, V extends T> MapJoin<X, K, V> treat(MapJoin<X, K, T> join, Class<V> type) {
    return treatFrom(join, type);
  }

  @Override
  public <X, T extends X> Path<T> treat(Path<X> path, Class<T> type) {
    if (path instanceof MemoryFrom<?, ?>) {
      return treatFrom(path, type);
    }
    MemoryPath<?> checked = requirePath(path, "treat");
    return new MemoryTreatedPath<>(this, checked, subtype(checked, type));
  }

  @Override
  public <X, T extends X> Root<T> treat(Root<X> root, Class<T> type) {
    return treatFrom(root, type);
  }

  @SuppressWarnings("unchecked")
  private <F> F treatFrom(Object from, Class<?> type) {
    MemoryFrom<?, ?> checked = requireFrom(from, MemoryFrom.class);
    return (F) checked.treatAs(subtype(checked, type));
  }

  private <T> EntityType<T> subtype(MemoryPath<?> path, Class<T> type) {
    EntityType<T> subtype = entity(type);
    Class<?> treated = path.getJavaType();
    if (treated != null && !treated.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          "Cannot treat '" + path.describe() + "' as entity '" + subtype.getName() + "': it is not a subtype of '"
              + treated.getSimpleName() + "'");
    }
    return subtype;
  }

  // ---------------------------------------------------------------------------- shared helpers

  @Override
  public String toString() {
    return "CriteriaBuilder over " + metamodel();
  }
}
