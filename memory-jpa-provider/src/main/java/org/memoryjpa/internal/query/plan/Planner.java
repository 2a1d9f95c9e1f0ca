package org.memoryjpa.internal.query.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.IdModel;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.query.model.Declaration;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.Expr.Comparison;
import org.memoryjpa.internal.query.model.ExprWalker;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.query.model.QuerySpec;
import org.memoryjpa.internal.query.model.Source;
import org.memoryjpa.internal.query.model.ValueType;
import org.memoryjpa.internal.query.model.Variable;
import org.memoryjpa.internal.store.IndexDefinition;
import org.memoryjpa.internal.store.IndexKind;
import org.memoryjpa.internal.store.Table;
import org.memoryjpa.internal.store.TableSchema;
import org.memoryjpa.internal.store.UniqueKey;

/**
 * Chooses how each variable of a bound query reads its rows. Variables are joined in the order the
 * query declares them (nested loops); for an entity variable the planner looks at the conjuncts that
 * compare one of its slots with values known before it is bound (parameters, literals, earlier and
 * enclosing variables) and picks, best first: a lookup by key, by a unique key, by an {@code @Index},
 * by a reference index (foreign keys are always indexed), a range over a sorted index, else a scan.
 * Conjuncts an access answers exactly are dropped; every other conjunct is checked at the first step
 * that binds all its variables. Stateless apart from the table resolver; thread-safe.
 */
public final class Planner {

  private final Function<EntityModel, Table> tables;

  /** A planner over the tables {@code tables} gives for each entity. */
  public Planner(Function<EntityModel, Table> tables) {
    this.tables = tables;
  }

  /** The plan of a bound statement. */
  public Plan plan(QueryModel model) {
    QuerySpec main = model instanceof QueryModel.Select select ? select.query()
        : model instanceof QueryModel.Update update ? update.rows()
        : ((QueryModel.Delete) model).rows();
    Map<QuerySpec, QueryPlan> subplans = new LinkedHashMap<>();
    Map<QuerySpec, Boolean> seen = new IdentityHashMap<>();
    java.util.function.Consumer<Expr> collect = expr -> {
      QuerySpec sub = subquery(expr);
      if (sub != null && seen.put(sub, Boolean.TRUE) == null) {
        subplans.put(sub, planQuery(sub));
      }
    };
    ExprWalker.walk(main, collect);
    if (model instanceof QueryModel.Update update) {
      update.assignments().forEach(a -> ExprWalker.walk(a.value(), collect));
    }
    List<QueryPlan> leaves = new ArrayList<>();
    if (model instanceof QueryModel.Select select && select.sets() != null) {
      for (QuerySpec leaf : select.sets().leaves()) {
        if (leaf != main) {
          ExprWalker.walk(leaf, collect);
          leaves.add(planQuery(leaf));
        }
      }
    }
    return new Plan(model, planQuery(main), subplans, leaves);
  }

  private static QuerySpec subquery(Expr expr) {
    if (expr instanceof Expr.ScalarSubquery e) {
      return e.query();
    }
    if (expr instanceof Expr.Exists e) {
      return e.query();
    }
    if (expr instanceof Expr.InSubquery e) {
      return e.query();
    }
    if (expr instanceof Expr.Quantified e) {
      return e.query();
    }
    return null;
  }

  private QueryPlan planQuery(QuerySpec query) {
    Set<Variable> local = new HashSet<>(Declaration.variables(query.from()));
    List<Expr> pool = new ArrayList<>();
    conjuncts(query.where(), pool);
    for (Declaration declaration : query.from()) {
      if (declaration.join() != Declaration.JoinKind.LEFT) {
        conjuncts(declaration.on(), pool);
      }
    }
    List<Expr> preFilters = new ArrayList<>();
    for (Expr conjunct : pool) {
      if (localVariables(conjunct, local).isEmpty()) {
        preFilters.add(conjunct);
      }
    }
    pool.removeAll(preFilters);
    Set<Variable> bound = new HashSet<>();
    List<Step> steps = new ArrayList<>();
    for (Declaration declaration : query.from()) {
      Variable variable = declaration.variable();
      boolean outer = declaration.join() == Declaration.JoinKind.LEFT;
      List<Expr> match = new ArrayList<>();
      if (outer) {
        conjuncts(declaration.on(), match);
      }
      List<Expr> candidates = outer ? match : pool;
      Set<Expr> consumed = new HashSet<>();
      Access access = access(declaration, candidates, local, bound, consumed);
      bound.add(variable);
      match.removeAll(consumed);
      pool.removeAll(consumed);
      List<Expr> filters = new ArrayList<>();
      for (Expr conjunct : pool) {
        if (bound.containsAll(localVariables(conjunct, local))) {
          filters.add(conjunct);
        }
      }
      pool.removeAll(filters);
      steps.add(new Step(declaration, access, match, filters));
    }
    return new QueryPlan(query, steps, preFilters);
  }

  private static void conjuncts(Expr condition, List<Expr> into) {
    if (condition == null) {
      return;
    }
    if (condition instanceof Expr.And and) {
      and.operands().forEach(operand -> conjuncts(operand, into));
    } else {
      into.add(condition);
    }
  }

  private static Set<Variable> localVariables(Expr expr, Set<Variable> local) {
    Set<Variable> variables = ExprWalker.variables(expr);
    variables.retainAll(local);
    return variables;
  }

  // ---- access paths

  private Access access(
      Declaration declaration, List<Expr> candidates, Set<Variable> local, Set<Variable> bound, Set<Expr> consumed) {
    Variable variable = declaration.variable();
    Source source = declaration.source();
    if (source instanceof Source.ForeignKey key) {
      return new Access.ForeignKeyNode(variable, tables.apply(key.target()), key);
    }
    if (source instanceof Source.KeyList list) {
      return new Access.KeyListNode(variable, tables.apply(list.target()), list);
    }
    if (source instanceof Source.Inverse inverse) {
      return new Access.InverseNode(variable, tables.apply(inverse.target()), inverse);
    }
    if (source instanceof Source.Elements elements) {
      return new Access.ElementsNode(variable, elements);
    }
    Table table = tables.apply(variable.entity());
    Sargs sargs = new Sargs(variable, local, bound);
    for (Expr candidate : candidates) {
      sargs.add(candidate);
    }
    return best(variable, table, sargs, consumed);
  }

  private Access best(Variable variable, Table table, Sargs sargs, Set<Expr> consumed) {
    EntityModel entity = variable.entity();
    Sargs.Column key = sargs.columns.get(Sargs.KEY);
    Slot keySlot = keySlot(entity);
    Sargs.Column idColumn = keySlot == null ? null : sargs.columns.get(keySlot.index());
    for (Sargs.Column column : new Sargs.Column[] {key, idColumn}) {
      if (column != null && column.equality != null) {
        consumed.add(column.equalityConjunct);
        return new Access.KeyLookupNode(variable, table, keyType(entity), List.of(column.equality));
      }
    }
    for (Sargs.Column column : new Sargs.Column[] {key, idColumn}) {
      if (column != null && column.in != null) {
        consumed.add(column.inConjunct);
        return new Access.KeyLookupNode(variable, table, keyType(entity), column.in);
      }
    }
    TableSchema schema = table.schema();
    for (UniqueKey unique : schema.uniqueKeys()) {
      Access lookup = lookup(variable, table, table.requireIndex(unique.name()), sargs, consumed);
      if (lookup != null) {
        return lookup;
      }
    }
    for (IndexDefinition index : schema.indexes()) {
      Access lookup = lookup(variable, table, index, sargs, consumed);
      if (lookup != null) {
        return lookup;
      }
    }
    for (Map.Entry<Integer, Sargs.Column> entry : sargs.columns.entrySet()) {
      Sargs.Column column = entry.getValue();
      if (entry.getKey() >= 0 && column.slot.kind() == Slot.Kind.REFERENCE && column.equality != null) {
        consumed.add(column.equalityConjunct);
        return new Access.ReferenceLookupNode(variable, table, column.slot.index(), column.slot.path(),
            keyType(column.slot.target()), column.equality);
      }
    }
    for (Map.Entry<Integer, Sargs.Column> entry : sargs.columns.entrySet()) {
      Sargs.Column column = entry.getValue();
      if (entry.getKey() >= 0 && column.slot.kind() == Slot.Kind.REFERENCE && column.in != null
          && column.in.size() == 1) {
        // IN :collection or IN (subquery) on a foreign key: one reference lookup per value
        consumed.add(column.inConjunct);
        return new Access.ReferenceLookupNode(variable, table, column.slot.index(), column.slot.path(),
            keyType(column.slot.target()), column.in.get(0));
      }
    }
    for (IndexDefinition index : schema.indexes()) {
      if (index.kind() != IndexKind.SORTED || index.slots().size() != 1) {
        continue;
      }
      Sargs.Column column = sargs.columns.get(index.slots().get(0));
      if (column != null && (column.lower != null || column.upper != null)) {
        consumed.addAll(column.rangeConjuncts);
        return new Access.IndexRangeNode(variable, table, index, column.slot.path(), storedType(column.slot),
            column.lower, column.lowerInclusive, column.upper, column.upperInclusive);
      }
    }
    return new Access.ScanNode(variable, table);
  }

  private Access lookup(Variable variable, Table table, IndexDefinition index, Sargs sargs, Set<Expr> consumed) {
    List<Integer> slots = index.slots();
    List<String> columns = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    List<Expr> tuple = new ArrayList<>();
    List<Expr> used = new ArrayList<>();
    for (int slot : slots) {
      Sargs.Column column = sargs.columns.get(slot);
      if (column == null || column.equality == null) {
        break;
      }
      columns.add(column.slot.path());
      types.add(storedType(column.slot));
      tuple.add(column.equality);
      used.add(column.equalityConjunct);
    }
    if (tuple.size() == slots.size()) {
      consumed.addAll(used);
      return new Access.IndexLookupNode(variable, table, index, columns, types, List.of(tuple));
    }
    if (slots.size() == 1) {
      Sargs.Column column = sargs.columns.get(slots.get(0));
      if (column != null && column.in != null) {
        consumed.add(column.inConjunct);
        List<List<Expr>> tuples = column.in.stream().map(List::of).toList();
        return new Access.IndexLookupNode(variable, table, index, List.of(column.slot.path()),
            List.of(storedType(column.slot)), tuples);
      }
    }
    return null;
  }

  /** The slot of a simple basic id, whose stored value is the row key; null otherwise. */
  static Slot keySlot(EntityModel entity) {
    IdModel id = entity.id();
    if (id == null || id.kind() != IdModel.Kind.SIMPLE || !(id.single() instanceof BasicMapping)) {
      return null;
    }
    return entity.layout().findSlot(id.single().name());
  }

  private static Class<?> keyType(EntityModel entity) {
    Slot slot = keySlot(entity);
    return slot == null ? Object.class : storedType(slot);
  }

  static Class<?> storedType(Slot slot) {
    if (slot.kind() == Slot.Kind.REFERENCE) {
      return keyType(slot.target());
    }
    if (slot.leaf() instanceof BasicMapping basic) {
      return ValueType.converted(basic.javaType(), basic.conversion()).storedType();
    }
    return Object.class;
  }

  /**
   * The search arguments a variable's conjuncts offer, per slot: an equality, an IN list, range bounds,
   * each with values known before the variable is bound.
   */
  private static final class Sargs {

    static final int KEY = -1;

    final Variable variable;
    final Set<Variable> local;
    final Set<Variable> bound;
    final Map<Integer, Column> columns = new LinkedHashMap<>();

    Sargs(Variable variable, Set<Variable> local, Set<Variable> bound) {
      this.variable = variable;
      this.local = local;
      this.bound = bound;
    }

    static final class Column {
      final Slot slot;
      Expr equality;
      Expr equalityConjunct;
      List<Expr> in;
      Expr inConjunct;
      Expr lower;
      boolean lowerInclusive;
      Expr upper;
      boolean upperInclusive;
      final List<Expr> rangeConjuncts = new ArrayList<>();

      Column(Slot slot) {
        this.slot = slot;
      }
    }

    void add(Expr conjunct) {
      if (conjunct instanceof Expr.Compare compare) {
        if (!column(compare.left(), compare.right(), compare.operator(), conjunct)) {
          column(compare.right(), compare.left(), compare.operator().flipped(), conjunct);
        }
      } else if (conjunct instanceof Expr.InList in && !in.negated()) {
        Column column = columnOf(in.value());
        if (column != null && in.items().stream().allMatch(this::known) && column.in == null) {
          column.in = in.items();
          column.inConjunct = conjunct;
        }
      } else if (conjunct instanceof Expr.InSubquery in && !in.negated()) {
        Column column = columnOf(in.value());
        Expr values = new Expr.SubqueryValues(in.query(), in.value().type());
        if (column != null && column.in == null && known(values)) {
          column.in = List.of(values);
          column.inConjunct = conjunct;
        }
      } else if (conjunct instanceof Expr.Between between && !between.negated()) {
        Column column = columnOf(between.value());
        if (column != null && known(between.lower()) && known(between.upper()) && column.lower == null
            && column.upper == null) {
          column.lower = between.lower();
          column.lowerInclusive = true;
          column.upper = between.upper();
          column.upperInclusive = true;
          column.rangeConjuncts.add(conjunct);
        }
      }
    }

    private boolean column(Expr side, Expr other, Comparison operator, Expr conjunct) {
      Column column = columnOf(side);
      if (column == null || !known(other)) {
        return false;
      }
      switch (operator) {
        case EQUAL -> {
          if (column.equality == null) {
            column.equality = other;
            column.equalityConjunct = conjunct;
          }
        }
        case GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
          if (column.lower == null) {
            column.lower = other;
            column.lowerInclusive = operator == Comparison.GREATER_THAN_OR_EQUAL;
            column.rangeConjuncts.add(conjunct);
          }
        }
        case LESS_THAN, LESS_THAN_OR_EQUAL -> {
          if (column.upper == null) {
            column.upper = other;
            column.upperInclusive = operator == Comparison.LESS_THAN_OR_EQUAL;
            column.rangeConjuncts.add(conjunct);
          }
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    /** The search column an expression is, or null: a slot or the key of this variable. */
    private Column columnOf(Expr expr) {
      if (expr instanceof Expr.SlotValue slot && slot.variable() == variable
          && (slot.slot().kind() == Slot.Kind.VALUE || slot.slot().kind() == Slot.Kind.REFERENCE)) {
        return columns.computeIfAbsent(slot.slot().index(), i -> new Column(slot.slot()));
      }
      if (expr instanceof Expr.EntityKey key && key.variable() == variable) {
        return columns.computeIfAbsent(KEY, i -> new Column(null));
      }
      return null;
    }

    /** Whether a value is known before the variable is bound. */
    private boolean known(Expr expr) {
      if (ExprWalker.hasAggregate(expr)) {
        return false;
      }
      for (Variable used : ExprWalker.variables(expr)) {
        if (local.contains(used) && !bound.contains(used)) {
          return false;
        }
      }
      return true;
    }
  }
}
