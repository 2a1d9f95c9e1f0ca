package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation.ResultForm;
import org.memoryjpa.internal.query.parse.syntax.BetweenExpression;
import org.memoryjpa.internal.query.parse.syntax.BooleanLiteral;
import org.memoryjpa.internal.query.parse.syntax.CollectionMemberExpression;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.Conjunction;
import org.memoryjpa.internal.query.parse.syntax.ConstructorExpression;
import org.memoryjpa.internal.query.parse.syntax.DeleteStatement;
import org.memoryjpa.internal.query.parse.syntax.EmptyCollectionComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.EntityJoin;
import org.memoryjpa.internal.query.parse.syntax.FromItem;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.InExpression;
import org.memoryjpa.internal.query.parse.syntax.Join;
import org.memoryjpa.internal.query.parse.syntax.LikeExpression;
import org.memoryjpa.internal.query.parse.syntax.NamedParameter;
import org.memoryjpa.internal.query.parse.syntax.Negation;
import org.memoryjpa.internal.query.parse.syntax.NullComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.NullLiteral;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.OrderItem;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.PathJoin;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.RangeDeclaration;
import org.memoryjpa.internal.query.parse.syntax.SelectClause;
import org.memoryjpa.internal.query.parse.syntax.SelectItem;
import org.memoryjpa.internal.query.parse.syntax.SelectQuery;
import org.memoryjpa.internal.query.parse.syntax.SelectStatement;
import org.memoryjpa.internal.query.parse.syntax.SetOperation;
import org.memoryjpa.internal.query.parse.syntax.StringLiteral;
import org.memoryjpa.internal.query.parse.syntax.TreatedPath;
import org.memoryjpa.internal.query.parse.syntax.UpdateItem;
import org.memoryjpa.internal.query.parse.syntax.UpdateStatement;

/**
 * One translation of a Criteria statement into the JPQL syntax tree. It gives every root and join an
 * identification variable (the entity's or attribute's first letter and a number unique in the
 * statement, never an entity name or a result variable of the select clause), writes literals that
 * JPQL can spell as literals and the others as generated parameters, names the parameter expressions,
 * and resolves every path to the variable of the query, or enclosing query, that declares its root.
 * It only reads the Criteria objects. Not thread-safe; one instance per translation.
 *
 * <p>A second mode describes a Criteria object for error messages: the same JPQL, but roots and joins
 * named by their path from the entity ({@code Customer.orders.total}) and no side tables.
 */
final class Translator {

  /** The position of every node: Criteria statements have no text. */
  static final Position NOWHERE = new Position(0, 0, 0, 0);

  static final String GENERATED_PREFIX = "__criteria_";
  static final String LITERAL_PREFIX = GENERATED_PREFIX + "literal_";
  static final String PARAMETER_PREFIX = GENERATED_PREFIX + "param_";

  /** A JPQL identifier, which is also what may follow ':' in a named parameter. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$\\u0080-\\uFFFE][A-Za-z0-9_$\\u0080-\\uFFFE]*");

  /** Keywords that cannot be a result variable after AS. */
  private static final Set<String> NOT_RESULT_VARIABLES = Set.of("FROM", "FETCH", "IN", "VERSIONED");

  private final MemoryCriteriaBuilder builder;
  private final boolean describing;
  // a query about to run: values compared with an expression of their type become parameters
  private final boolean bindCompared;
  private final Map<String, Object> literalValues = new LinkedHashMap<>();
  private final Map<ParameterExpression<?>, String> parameterNames = new LinkedHashMap<>();
  // sized for the usual query: one translation per execution, so its empty tables are paid each run
  private final Map<MemoryLiteral<?>, String> literalNames = new IdentityHashMap<>(4);
  private Map<MemorySubquery<?>, SelectQuery> subqueries = Map.of();
  private final Set<String> takenParameterNames = new HashSet<>(4);
  // the result variables of the select clause; generated variables are unique by their number, and
  // the builder's lower-case entity names are checked there rather than copied per translation
  private final Set<String> resultVariables = new HashSet<>(4);
  private final Deque<Scope> scopes = new ArrayDeque<>(4);
  private int variableCount;
  private int literalCount;
  private int parameterCount;

  private Translator(MemoryCriteriaBuilder builder, Supplier<Set<ParameterExpression<?>>> parameters,
      boolean describing, boolean bindCompared) {
    this.builder = builder;
    this.describing = describing;
    this.bindCompared = bindCompared;
    // collecting the parameters walks the whole statement; without a look-alike name nothing can clash
    if (MemoryParameterExpression.anyNamedLikeGenerated()) {
      for (ParameterExpression<?> parameter : parameters.get()) {
        if (parameter.getName() != null) {
          takenParameterNames.add(parameter.getName());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------- statements

  static CriteriaTranslation query(MemoryCriteriaBuilder builder, MemoryCriteriaQuery<?> query, boolean bindCompared) {
    Translator translator = new Translator(builder, query::getParameters, false, bindCompared);
    Selected selected = translator.selected(query);
    translator.reserveResultVariables(selected.items());
    SelectQuery statement = translator.selectQuery(query.structure(), selected.items(), query.orders(), true);
    return translator.result(statement, query.getResultType(), selected);
  }

  static CriteriaTranslation select(MemoryCriteriaBuilder builder, MemoryCriteriaSelect<?> select, boolean bindCompared) {
    Translator translator = new Translator(builder, select::getParameters, false, bindCompared);
    MemoryCriteriaQuery<?> leftmost = select.leftmost();
    Selected selected = translator.selected(leftmost);
    for (MemoryCriteriaQuery<?> query : select.queries()) {
      translator.reserveResultVariables(translator.selected(query).items());
    }
    SelectStatement statement = translator.selectStatement(select);
    return translator.result(statement, leftmost.getResultType(), selected);
  }

  static CriteriaTranslation update(MemoryCriteriaBuilder builder, MemoryCriteriaUpdate<?> update, boolean bindCompared) {
    MemoryRoot<?> root = update.root();
    if (update.assignments().isEmpty()) {
      throw new IllegalArgumentException(
          "The CriteriaUpdate of " + Descriptions.describe(root.getModel()) + " sets nothing; call set(...)"
              + " before creating the query");
    }
    requireNoJoins(root, "CriteriaUpdate");
    Translator translator = new Translator(builder, update::getParameters, false, bindCompared);
    translator.open(List.of(root), List.of());
    try {
      Identifier variable = translator.variable(root);
      List<UpdateItem> items = new ArrayList<>();
      for (MemoryCriteriaUpdate.Assignment assignment : update.assignments()) {
        if (!(assignment.target().toSyntax(translator) instanceof Path target)) {
          throw new IllegalArgumentException("The target of set(...) must be an attribute path, not "
              + Descriptions.of(assignment.target()));
        }
        items.add(new UpdateItem(target, assignment.value().toSyntax(translator), NOWHERE));
      }
      Condition where = translator.condition(update.getRestriction());
      UpdateStatement statement =
          new UpdateStatement(false, translator.entityName(root.getModel()), variable, items, where, NOWHERE);
      return translator.result(statement, null, null);
    } finally {
      translator.scopes.pop();
    }
  }

  static CriteriaTranslation delete(MemoryCriteriaBuilder builder, MemoryCriteriaDelete<?> delete, boolean bindCompared) {
    MemoryRoot<?> root = delete.root();
    requireNoJoins(root, "CriteriaDelete");
    Translator translator = new Translator(builder, delete::getParameters, false, bindCompared);
    translator.open(List.of(root), List.of());
    try {
      Identifier variable = translator.variable(root);
      Condition where = translator.condition(delete.getRestriction());
      DeleteStatement statement = new DeleteStatement(translator.entityName(root.getModel()), variable, where, NOWHERE);
      return translator.result(statement, null, null);
    } finally {
      translator.scopes.pop();
    }
  }

  /** The canonical JPQL of a Criteria selection, query or statement, for messages; never throws. */
  static String describe(MemoryCriteriaBuilder builder, Object criteria) {
    Translator translator = new Translator(builder, Set::of, true, false);
    try {
      if (criteria instanceof MemoryCriteriaQuery<?> query) {
        Selected selected = translator.selected(query);
        return translator.selectQuery(query.structure(), selected.items(), query.orders(), true).toString();
      }
      if (criteria instanceof MemoryCriteriaSelect<?> select) {
        return translator.selectStatement(select).toString();
      }
      if (criteria instanceof MemoryCriteriaUpdate<?> update) {
        return update(builder, update, false).statement().toString();
      }
      if (criteria instanceof MemoryCriteriaDelete<?> delete) {
        return delete(builder, delete, false).statement().toString();
      }
      return translator.selection((Selection<?>) criteria).toString();
    } catch (RuntimeException incomplete) {
      return criteria.getClass().getSimpleName().replace("Memory", "");
    }
  }

  private CriteriaTranslation result(org.memoryjpa.internal.query.parse.syntax.Statement statement, Class<?> resultType,
      Selected selected) {
    return new CriteriaTranslation(statement, literalValues, parameterNames, resultType,
        selected == null ? null : selected.form(), selected == null ? List.of() : selected.items());
  }

  /** The select items of a query, and what a row of them becomes. */
  private record Selected(List<Selection<?>> items, ResultForm form) {}

  private Selected selected(MemoryCriteriaQuery<?> query) {
    QueryStructure structure = query.structure();
    if (structure.roots().isEmpty()) {
      throw new IllegalArgumentException(
          "The Criteria query has no root; call from(Entity.class) before creating the query");
    }
    Class<?> resultType = query.getResultType();
    boolean tuple = Tuple.class.isAssignableFrom(resultType);
    Selection<?> selection = query.getSelection();
    if (selection == null) {
      List<Selection<?>> roots = new ArrayList<>(structure.roots());
      return new Selected(roots, tuple ? ResultForm.TUPLE : roots.size() == 1 ? ResultForm.SINGLE : ResultForm.ARRAY);
    }
    if (selection instanceof MemoryCompoundSelection<?> compound
        && compound.kind() != MemoryCompoundSelection.Kind.CONSTRUCT) {
      Descriptions.checkAliases(compound.items());
      return new Selected(compound.items(),
          compound.kind() == MemoryCompoundSelection.Kind.TUPLE ? ResultForm.TUPLE : ResultForm.ARRAY);
    }
    boolean array = resultType.isArray()
        && !resultType.isAssignableFrom(Descriptions.boxed(selection.getJavaType()));
    return new Selected(List.of(selection), tuple ? ResultForm.TUPLE : array ? ResultForm.ARRAY : ResultForm.SINGLE);
  }

  private void reserveResultVariables(List<Selection<?>> items) {
    for (Selection<?> item : items) {
      if (resultVariable(item.getAlias()) != null) {
        resultVariables.add(item.getAlias().toLowerCase(Locale.ROOT));
      }
    }
  }

  private SelectStatement selectStatement(CriteriaSelect<?> select) {
    if (select instanceof MemoryCriteriaQuery<?> query) {
      return selectQuery(query.structure(), selected(query).items(), query.orders(), true);
    }
    if (select instanceof MemoryCriteriaSelect<?> operation) {
      return new SetOperation(operation.operator(), operation.all(), selectStatement(operation.left()),
          selectStatement(operation.right()), List.of(), null, null, NOWHERE);
    }
    throw builder.foreign(select, "CriteriaSelect");
  }

  /**
   * The body of a subquery; called while the enclosing query's scope is open. A subquery object used
   * in several places (select, WHERE, GROUP BY) is translated once: every place gets the same tree, so
   * the binder sees the same expression there, as in the Criteria query.
   */
  SelectQuery subquery(MemorySubquery<?> subquery) {
    SelectQuery translated = subqueries.get(subquery);
    if (translated == null) {
      translated = translateSubquery(subquery);
      if (subqueries.isEmpty()) {
        subqueries = new IdentityHashMap<>(4);
      }
      subqueries.put(subquery, translated);
    }
    return translated;
  }

  private SelectQuery translateSubquery(MemorySubquery<?> subquery) {
    QueryStructure structure = subquery.structure();
    Selection<?> selection = subquery.getSelection();
    if (selection == null) {
      if (structure.roots().size() != 1 || structure.roots().iterator().next().isCorrelated()) {
        List<String> roots = new ArrayList<>();
        structure.roots().forEach(root -> roots.add("'" + root.describe() + "'"));
        throw new IllegalArgumentException("The subquery " + (roots.isEmpty() ? "" : "over " + String.join(", ", roots)
            + " ") + "has no selection; call select(...) on it");
      }
      selection = structure.roots().iterator().next();
    }
    return selectQuery(structure, List.of(selection), List.of(), false);
  }

  private SelectQuery selectQuery(
      QueryStructure structure, List<Selection<?>> items, List<MemoryOrder> orders, boolean topLevel) {
    Scope scope = open(structure.roots(), structure.correlatedJoins());
    try {
      List<SelectItem> select = new ArrayList<>(items.size());
      for (Selection<?> item : items) {
        Identifier alias = topLevel ? resultVariable(item.getAlias()) : null;
        select.add(new SelectItem(selection(item), alias, NOWHERE));
      }
      Map<MemoryJoin<?, ?>, Condition> on = onConditions(scope);
      Condition where = condition(structure.restriction());
      List<org.memoryjpa.internal.query.parse.syntax.Expression> groupBy = expressions(structure.groupBy());
      Condition having = condition(structure.having());
      List<OrderItem> orderBy = new ArrayList<>(orders.size());
      for (MemoryOrder order : orders) {
        orderBy.add(new OrderItem(order.expression().toSyntax(this), order.isAscending(), order.getNullPrecedence(),
            NOWHERE));
      }
      List<FromItem> from = new ArrayList<>();
      List<Condition> extra = new ArrayList<>();
      fromItems(structure, scope, on, from, extra);
      if (where != null) {
        extra.add(where);
      }
      where = extra.isEmpty() ? null : extra.size() == 1 ? extra.get(0) : new Conjunction(extra, NOWHERE);
      return new SelectQuery(new SelectClause(structure.isDistinct(), select, NOWHERE), from, where, groupBy, having,
          orderBy, null, null, NOWHERE);
    } finally {
      scopes.pop();
    }
  }

  // ---------------------------------------------------------------------------------------- FROM

  /** The variables of one query or subquery. */
  private static final class Scope {
    // identity maps used as sets, without a set view over them: one scope per (sub)query per run
    final Map<MemoryFrom<?, ?>, Boolean> members = new IdentityHashMap<>(4);
    final List<MemoryFrom<?, ?>> inOrder = new ArrayList<>(4);
    final Map<MemoryFrom<?, ?>, Identifier> variables = new IdentityHashMap<>(4);
    final Map<MemoryFrom<?, ?>, Boolean> referenced = new IdentityHashMap<>(4);
  }

  /**
   * Opens the scope of a query: its roots and joins, with variables in FROM order; correlated Froms
   * use the enclosing query's variables, and fetch joins get one only where something refers to them.
   */
  private Scope open(
      Collection<? extends MemoryRoot<?>> roots, Collection<? extends MemoryJoin<?, ?>> correlatedJoins) {
    Scope scope = new Scope();
    scopes.push(scope);
    for (MemoryRoot<?> root : roots) {
      register(scope, root, !root.isCorrelated());
    }
    for (MemoryJoin<?, ?> join : correlatedJoins) {
      register(scope, join, false);
    }
    return scope;
  }

  private void register(Scope scope, MemoryFrom<?, ?> from, boolean self) {
    if (self) {
      scope.members.put(from, Boolean.TRUE);
      scope.inOrder.add(from);
      if (!(from instanceof MemoryJoin<?, ?> join && join.isFetch()) || hasJoins(from)) {
        scope.variables.put(from, newVariable(from));
      }
    }
    for (MemoryJoin<?, ?> child : from.children()) {
      register(scope, child, true);
    }
    for (MemoryFrom<?, ?> view : from.treats()) {
      register(scope, view, false);
    }
  }

  private static boolean hasJoins(MemoryFrom<?, ?> from) {
    return !from.children().isEmpty() || from.treats().stream().anyMatch(Translator::hasJoins);
  }

  private Identifier newVariable(MemoryFrom<?, ?> from) {
    char first = from.variableHint().isEmpty() ? 'x' : Character.toLowerCase(from.variableHint().charAt(0));
    char letter = first >= 'a' && first <= 'z' ? first : 'x';
    String name;
    do {
      name = letter + String.valueOf(variableCount++);
    } while (builder.lowerCaseEntityNames().contains(name) || resultVariables.contains(name));
    return new Identifier(name, NOWHERE);
  }

  /** The ON conditions of the query's joins, translated in FROM order (which numbers their literals). */
  private Map<MemoryJoin<?, ?>, Condition> onConditions(Scope scope) {
    Map<MemoryJoin<?, ?>, Condition> on = Map.of();
    for (MemoryFrom<?, ?> member : scope.inOrder) {
      if (member instanceof MemoryJoin<?, ?> join && join.on() != null) {
        if (on.isEmpty()) {
          on = new IdentityHashMap<>();
        }
        on.put(join, join.on().toCondition(this));
      }
    }
    return on;
  }

  private void fromItems(
      QueryStructure structure, Scope scope, Map<MemoryJoin<?, ?>, Condition> on, List<FromItem> from,
      List<Condition> extra) {
    for (MemoryRoot<?> root : structure.roots()) {
      if (root.isCorrelated()) {
        derivedDeclarations(root, scope, on, from, extra);
      } else {
        from.add(new RangeDeclaration(entityName(root.getModel()), variable(root), joins(root, scope, on), NOWHERE));
      }
    }
    for (MemoryJoin<?, ?> join : structure.correlatedJoins()) {
      derivedDeclarations(join, scope, on, from, extra);
    }
    if (from.isEmpty()) {
      correlationOnly(structure, from, extra);
    }
  }

  /** The joins made from a correlated From: declarations of the subquery over the outer variable. */
  private void derivedDeclarations(
      MemoryFrom<?, ?> correlated, Scope scope, Map<MemoryJoin<?, ?>, Condition> on, List<FromItem> from,
      List<Condition> extra) {
    for (MemoryJoin<?, ?> join : allChildren(correlated)) {
      if (join.isEntityJoin() || join.isFetch() || join.getJoinType() != JoinType.INNER) {
        throw new IllegalArgumentException(
            "The join '" + join.describe() + "' from a correlated root or join of a subquery must be an inner join"
                + " of an attribute; JPQL declares it as 'FROM " + join.getParent().describe() + "."
                + (join.isEntityJoin() ? "?" : join.getAttribute().getName()) + "', which has no LEFT, FETCH or"
                + " entity form; join from a root of the subquery instead");
      }
      String derived = variable(join.getParent()).text() + "." + join.getAttribute().getName();
      Identifier path = new Identifier(derived, NOWHERE);
      from.add(new RangeDeclaration(path, variable(join), joins(join, scope, on), NOWHERE));
      if (on.containsKey(join)) {
        extra.add(on.get(join));
      }
    }
  }

  /**
   * A subquery whose FROM would be empty because it only uses correlated Froms: it ranges over the
   * entity of the first one, restricted to the outer row ({@code FROM Customer c1 WHERE c1 = c0}).
   */
  private void correlationOnly(QueryStructure structure, List<FromItem> from, List<Condition> extra) {
    List<MemoryFrom<?, ?>> correlated = new ArrayList<>(structure.roots());
    correlated.addAll(structure.correlatedJoins());
    if (correlated.isEmpty() || !(correlated.get(0).modelType() instanceof EntityType<?> entity)) {
      throw new IllegalArgumentException(
          "The subquery has no root of its own and nothing to range over; call from(Entity.class) on it");
    }
    MemoryFrom<?, ?> first = correlated.get(0);
    Identifier own = newVariable(first);
    from.add(new RangeDeclaration(entityName(entity), own, List.of(), NOWHERE));
    extra.add(new ComparisonExpression(
        ComparisonExpression.Operator.EQUAL, new Path(own, List.of(), NOWHERE), fromPath(first), NOWHERE));
  }

  private static List<MemoryJoin<?, ?>> allChildren(MemoryFrom<?, ?> from) {
    List<MemoryJoin<?, ?>> children = new ArrayList<>(from.children());
    from.treats().forEach(view -> children.addAll(allChildren(view)));
    return children;
  }

  /** The joins of a root or declaration in FROM order: each join followed by the joins made from it. */
  private List<Join> joins(MemoryFrom<?, ?> from, Scope scope, Map<MemoryJoin<?, ?>, Condition> on) {
    List<Join> joins = new ArrayList<>();
    addJoins(from, scope, on, joins);
    return joins;
  }

  private void addJoins(MemoryFrom<?, ?> from, Scope scope, Map<MemoryJoin<?, ?>, Condition> on, List<Join> joins) {
    for (MemoryJoin<?, ?> child : from.children()) {
      joins.add(join(child, scope, on.get(child)));
      addJoins(child, scope, on, joins);
    }
    for (MemoryFrom<?, ?> view : from.treats()) {
      addJoins(view, scope, on, joins);
    }
  }

  private Join join(MemoryJoin<?, ?> join, Scope scope, Condition on) {
    if (join.isFetch() && on != null) {
      throw new IllegalArgumentException(
          "The fetch join '" + join.describe() + "' has an ON condition; JPQL fetch joins cannot have one: join the"
              + " attribute a second time with join(...) and restrict that join");
    }
    boolean aliased = !join.isFetch() || scope.variables.containsKey(join) || scope.referenced.containsKey(join);
    Identifier alias = aliased ? variable(join) : null;
    if (join.isEntityJoin()) {
      return new EntityJoin(join.getJoinType(), entityName((EntityType<?>) join.modelType()), alias, on, NOWHERE);
    }
    Path path = new Path(variable(join.getParent()), List.of(new Identifier(join.getAttribute().getName(), NOWHERE)),
        NOWHERE);
    return new PathJoin(join.getJoinType(), join.isFetch(), path, alias, on, NOWHERE);
  }

  private static void requireNoJoins(MemoryRoot<?> root, String statement) {
    if (!root.children().isEmpty() || !root.treats().isEmpty()) {
      throw new IllegalArgumentException(
          "The root of a " + statement + " has joins or treated views; JPQL UPDATE and DELETE have no joins:"
              + " restrict the rows with a subquery instead");
    }
  }

  // ------------------------------------------------------------------------------- translation API

  /** The identification variable of a root or join, found in this query or an enclosing one. */
  Identifier variable(MemoryFrom<?, ?> from) {
    MemoryFrom<?, ?> base = from.base();
    for (Scope scope : scopes) {
      if (scope.members.containsKey(base)) {
        scope.referenced.put(base, Boolean.TRUE);
        return scope.variables.computeIfAbsent(base, this::newVariable);
      }
    }
    if (describing) {
      return new Identifier(base.describe(), NOWHERE);
    }
    throw new IllegalArgumentException(
        "The " + (base instanceof MemoryRoot<?> ? "root '" : "join '") + base.describe() + "' is not part of this"
            + " query" + (scopes.size() > 1 ? " or of a query enclosing it" : "") + "; use the roots and joins that"
            + " this query's from(...) and join(...) returned, or Subquery.correlate(...) in a subquery");
  }

  /** The path of a root or join: its variable, or {@code TREAT(variable AS Subtype)} for a treated view. */
  Path fromPath(MemoryFrom<?, ?> from) {
    if (from.treated() != null) {
      TreatedPath treated = new TreatedPath(
          fromPath(from.treated()), entityName((EntityType<?>) from.modelType()), NOWHERE);
      return new Path(treated, List.of(), NOWHERE);
    }
    return new Path(variable(from), List.of(), NOWHERE);
  }

  /** The JPQL path of a Criteria path. */
  Path path(MemoryPath<?> path) {
    if (path.toSyntax(this) instanceof Path syntax) {
      return syntax;
    }
    throw new IllegalStateException("Path '" + path.describe() + "' did not translate to a JPQL path");
  }

  /** The JPQL expression of a Criteria expression. */
  org.memoryjpa.internal.query.parse.syntax.Expression expression(Expression<?> expression) {
    return builder.require(expression).toSyntax(this);
  }

  List<org.memoryjpa.internal.query.parse.syntax.Expression> expressions(List<? extends Expression<?>> expressions) {
    List<org.memoryjpa.internal.query.parse.syntax.Expression> syntax = new ArrayList<>(expressions.size());
    for (Expression<?> expression : expressions) {
      syntax.add(expression(expression));
    }
    return syntax;
  }

  /** The JPQL condition of a predicate or boolean expression, or null. */
  Condition condition(Expression<Boolean> expression) {
    return expression == null ? null : builder.require(expression).toCondition(this);
  }

  /** The select item expression of a selection: an expression or a constructor expression. */
  org.memoryjpa.internal.query.parse.syntax.Expression selection(Selection<?> selection) {
    if (selection instanceof MemoryCompoundSelection<?> compound) {
      if (compound.kind() != MemoryCompoundSelection.Kind.CONSTRUCT) {
        throw new IllegalArgumentException(
            "A " + compound.kind().name().toLowerCase(Locale.ROOT) + " selection cannot stand inside another"
                + " selection; select it on its own");
      }
      List<org.memoryjpa.internal.query.parse.syntax.Expression> arguments = new ArrayList<>();
      for (Selection<?> item : compound.items()) {
        if (item.isCompoundSelection()) {
          throw new IllegalArgumentException(
              "An argument of construct(" + compound.getJavaType().getSimpleName() + ".class, ...) is itself a"
                  + " compound selection; JPQL constructor arguments are single values");
        }
        arguments.add(expression((Expression<?>) item));
      }
      return new ConstructorExpression(new Identifier(compound.getJavaType().getName(), NOWHERE), arguments, NOWHERE);
    }
    if (selection instanceof Expression<?> expression) {
      return expression(expression);
    }
    throw builder.foreign(selection, "Selection");
  }

  /** A literal: inline where JPQL has a literal of the same Java type, else a generated parameter. */
  org.memoryjpa.internal.query.parse.syntax.Expression literal(MemoryLiteral<?> literal) {
    Object value = literal.value();
    if (value == null) {
      return new NullLiteral(NOWHERE);
    }
    if (!literal.isCollectionValued() && !(bindCompared && literal.isCompared())) {
      if (value instanceof String string) {
        return new StringLiteral(string, NOWHERE);
      }
      if (value instanceof Boolean bool) {
        return new BooleanLiteral(bool, NOWHERE);
      }
      if (value instanceof Integer number && number != Integer.MIN_VALUE
          || value instanceof Long longNumber && longNumber != Long.MIN_VALUE
          || value instanceof Double real && Double.isFinite(real)
          || value instanceof Float single && Float.isFinite(single)) {
        return new NumericLiteral((Number) value, NOWHERE);
      }
    }
    if (describing) {
      return value instanceof Enum<?> constant
          ? new Path(new Identifier(constant.getDeclaringClass().getSimpleName(), NOWHERE),
              List.of(new Identifier(constant.name(), NOWHERE)), NOWHERE)
          : new NamedParameter("literal", NOWHERE);
    }
    String name = literalNames.computeIfAbsent(literal, key -> {
      String generated = generatedName(LITERAL_PREFIX);
      literalValues.put(generated, value);
      return generated;
    });
    return new NamedParameter(name, NOWHERE);
  }

  /** A character for ESCAPE or TRIM, which JPQL takes as a string literal or a parameter only. */
  org.memoryjpa.internal.query.parse.syntax.Expression character(MemoryExpression<?> character, String role) {
    if (character instanceof MemoryLiteral<?> literal
        && (literal.value() instanceof Character || literal.value() instanceof String)) {
      return new StringLiteral(String.valueOf(literal.value()), NOWHERE);
    }
    if (character instanceof MemoryParameterExpression<?>) {
      return character.toSyntax(this);
    }
    throw new IllegalArgumentException(
        "The " + role + " " + Descriptions.of(character) + " must be a literal or a parameter; JPQL takes no other"
            + " expression there");
  }

  /** The name of a parameter expression in the tree: its own where JPQL can spell it. */
  String parameterName(MemoryParameterExpression<?> parameter) {
    if (describing) {
      return parameter.getName() != null && IDENTIFIER.matcher(parameter.getName()).matches()
          ? parameter.getName()
          : "param";
    }
    return parameterNames.computeIfAbsent(parameter, key -> {
      String name = parameter.getName();
      return name != null && IDENTIFIER.matcher(name).matches() ? name : generatedName(PARAMETER_PREFIX);
    });
  }

  private String generatedName(String prefix) {
    String name;
    do {
      name = prefix + (prefix.equals(LITERAL_PREFIX) ? literalCount++ : parameterCount++);
    } while (!takenParameterNames.add(name));
    return name;
  }

  /** The negation of a condition, in JPQL's negated form where it has one. */
  Condition not(Condition condition) {
    if (condition instanceof Negation negation) {
      return negation.operand();
    }
    if (condition instanceof InExpression in) {
      return new InExpression(in.value(), !in.negated(), in.items(), NOWHERE);
    }
    if (condition instanceof LikeExpression like) {
      return new LikeExpression(
          like.value(), !like.negated(), like.ignoreCase(), like.pattern(), like.escape(), NOWHERE);
    }
    if (condition instanceof BetweenExpression between) {
      return new BetweenExpression(between.value(), !between.negated(), between.lower(), between.upper(), NOWHERE);
    }
    if (condition instanceof NullComparisonExpression isNull) {
      return new NullComparisonExpression(isNull.value(), !isNull.negated(), NOWHERE);
    }
    if (condition instanceof EmptyCollectionComparisonExpression isEmpty) {
      return new EmptyCollectionComparisonExpression(isEmpty.collection(), !isEmpty.negated(), NOWHERE);
    }
    if (condition instanceof CollectionMemberExpression member) {
      return new CollectionMemberExpression(member.element(), !member.negated(), member.collection(), NOWHERE);
    }
    return new Negation(condition, NOWHERE);
  }

  private Identifier entityName(EntityType<?> entity) {
    return new Identifier(entity.getName(), NOWHERE);
  }

  /** The alias as a result variable of the select clause, or null where JPQL cannot spell it. */
  private static Identifier resultVariable(String alias) {
    if (alias == null || !IDENTIFIER.matcher(alias).matches()
        || NOT_RESULT_VARIABLES.contains(alias.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return new Identifier(alias, NOWHERE);
  }
}
