package org.memoryjpa.internal.query.model;

import jakarta.persistence.criteria.JoinType;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.query.model.Declaration.JoinKind;
import org.memoryjpa.internal.query.parse.syntax.CollectionMemberDeclaration;
import org.memoryjpa.internal.query.parse.syntax.ConstructorExpression;
import org.memoryjpa.internal.query.parse.syntax.DeleteStatement;
import org.memoryjpa.internal.query.parse.syntax.EntityJoin;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.FromItem;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.Join;
import org.memoryjpa.internal.query.parse.syntax.OrderItem;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.PathJoin;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable;
import org.memoryjpa.internal.query.parse.syntax.RangeDeclaration;
import org.memoryjpa.internal.query.parse.syntax.SelectItem;
import org.memoryjpa.internal.query.parse.syntax.SelectQuery;
import org.memoryjpa.internal.query.parse.syntax.SelectStatement;
import org.memoryjpa.internal.query.parse.syntax.SetOperation;
import org.memoryjpa.internal.query.parse.syntax.Statement;
import org.memoryjpa.internal.query.parse.syntax.UpdateItem;
import org.memoryjpa.internal.query.parse.syntax.UpdateStatement;

/**
 * The one name binder: turns a JPQL syntax tree (the Criteria API builds the same tree) into the
 * typed query model. Resolves entity names, identification variables, paths and functions against the
 * mapping model; types literals and parameters by the operands they meet; numbers every variable and
 * aggregate into frame positions. Every unknown name fails here, at {@code createQuery}, with its
 * position and the closest known name. One instance binds one statement; not thread-safe.
 */
public final class Binder {

  private final BindContext context;
  private final PathBinder paths;
  boolean inOrderBy;

  private Binder(BindContext context) {
    this.context = context;
    this.paths = new PathBinder(context);
  }

  /**
   * Binds a statement.
   *
   * @param model the persistence unit's mapping model
   * @param statement the syntax tree
   * @param text the statement's text for error excerpts, or null (Criteria)
   * @param loader where {@code NEW} classes and enum literals are looked up
   * @throws IllegalArgumentException naming an unknown or misused name, with its position
   */
  public static QueryModel bind(DomainModel model, Statement statement, String text, ClassLoader loader) {
    return bind(model, statement, text, loader, Map.of());
  }

  /**
   * Binds a statement that may call registered functions.
   *
   * @param functions the application's functions by upper-case name
   * @see #bind(DomainModel, Statement, String, ClassLoader)
   */
  public static QueryModel bind(DomainModel model, Statement statement, String text, ClassLoader loader,
      Map<String, UserFunction> functions) {
    Binder binder = new Binder(new BindContext(model, text, loader, functions));
    return binder.statement(statement, text);
  }

  private QueryModel statement(Statement statement, String text) {
    String canonical = text != null ? text : String.valueOf(statement);
    if (statement instanceof SelectQuery select) {
      QuerySpec query = query(select, null);
      return new QueryModel.Select(query, null, parameters(List.of(query), List.of()), context.frameSize(),
          canonical);
    }
    if (statement instanceof UpdateStatement update) {
      return update(update, canonical);
    }
    if (statement instanceof DeleteStatement delete) {
      return delete(delete, canonical);
    }
    SetTree sets = setTree((SetOperation) statement);
    List<QuerySpec> leaves = sets.leaves();
    return new QueryModel.Select(leaves.get(0), sets, parameters(leaves, paging(sets)), context.frameSize(),
        canonical);
  }

  private SetTree setTree(SelectStatement statement) {
    if (statement instanceof SelectQuery query) {
      return new SetTree.Leaf(query(query, null));
    }
    SetOperation operation = (SetOperation) statement;
    SetTree left = setTree(operation.left());
    SetTree right = setTree(operation.right());
    List<Selection> items = left.leaves().get(0).select();
    for (QuerySpec leaf : right.leaves()) {
      if (leaf.select().size() != items.size()) {
        throw context.errors.at(operation.position(), "The queries of " + operation.operator() + " select "
            + items.size() + " and " + leaf.select().size() + " items", "select as many items in each");
      }
    }
    List<SetTree.Order> orderBy = new ArrayList<>();
    for (OrderItem item : operation.orderBy()) {
      int position = SelectPosition.of(item, items.size(), context.errors);
      if (position >= 0) {
        orderBy.add(new SetTree.Order(position, item.ascending(), item.nulls()));
      } else if (!(item.expression() instanceof org.memoryjpa.internal.query.parse.syntax.Literal)) {
        // any other literal sorts nothing, as in Hibernate
        orderBy.add(new SetTree.Order(setItem(item, items), item.ascending(), item.nulls()));
      }
    }
    ExpressionBinder paging = new ExpressionBinder(this, context, paths, new Scope(null));
    Expr limit = operation.limit() == null ? null
        : ExpressionBinder.typed(paging.expression(operation.limit()), ValueType.INTEGER);
    Expr offset = operation.offset() == null ? null
        : ExpressionBinder.typed(paging.expression(operation.offset()), ValueType.INTEGER);
    SetTree.Operator operator = SetTree.Operator.valueOf(operation.operator().name());
    return new SetTree.Combine(operator, operation.all(), left, right, orderBy, limit, offset);
  }

  private static List<Expr> paging(SetTree tree) {
    List<Expr> paging = new ArrayList<>();
    if (tree instanceof SetTree.Combine combine) {
      if (combine.limit() != null) {
        paging.add(combine.limit());
      }
      if (combine.offset() != null) {
        paging.add(combine.offset());
      }
      paging.addAll(paging(combine.left()));
      paging.addAll(paging(combine.right()));
    }
    return paging;
  }

  /** The select item an ORDER BY of a set operation names: by alias or written path. */
  private int setItem(OrderItem item, List<Selection> items) {
    Expression expression = item.expression();
    String written = String.valueOf(expression);
    for (int i = 0; i < items.size(); i++) {
      Selection selection = items.get(i);
      if (written.equalsIgnoreCase(selection.alias()) || written.equals(String.valueOf(selection.expression()))) {
        return i;
      }
    }
    throw context.errors.at(item.position(), "ORDER BY of a set operation must name a select item of its first"
        + " query: '" + written + "' is none", "give the item an alias and order by it");
  }

  /** Binds a subquery in the scope of its enclosing query. */
  QuerySpec subquery(SelectQuery query, Scope parent) {
    if (query.select() == null || query.select().items().size() != 1) {
      throw context.errors.at(query.position(), "A subquery must select exactly one item");
    }
    boolean order = inOrderBy;
    inOrderBy = false;
    try {
      return query(query, parent);
    } finally {
      inOrderBy = order;
    }
  }

  private QuerySpec query(SelectQuery query, Scope parent) {
    Scope scope = new Scope(parent);
    ExpressionBinder expressions = new ExpressionBinder(this, context, paths, scope);
    for (FromItem item : query.from()) {
      if (item instanceof RangeDeclaration range) {
        declareRange(scope, expressions, range, parent != null);
      } else {
        CollectionMemberDeclaration member = (CollectionMemberDeclaration) item;
        declareAlias(scope, member.alias());
        paths.declarePathJoin(scope, member.collection(), member.alias(), JoinKind.INNER, false, null);
      }
    }
    Expr where = query.where() == null ? null : expressions.condition(query.where());
    scope.aggregatesAllowed = true;
    List<Selection> select = selections(scope, expressions, query, parent != null);
    scope.aggregatesAllowed = false;
    List<Expr> groupBy = new ArrayList<>();
    for (Expression group : query.groupBy()) {
      groupBy.add(expressions.expression(group));
    }
    scope.aggregatesAllowed = true;
    Expr having = query.having() == null ? null : expressions.condition(query.having());
    List<SortKey> orderBy = new ArrayList<>();
    inOrderBy = parent == null;
    try {
      for (OrderItem item : query.orderBy()) {
        int position = SelectPosition.of(item, select.size(), context.errors);
        List<Expr> keys = position < 0 ? List.of(expressions.expression(item.expression()))
            : SelectPosition.sortKeys(select.get(position));
        for (Expr key : keys) {
          orderBy.add(new SortKey(key, item.ascending(), item.nulls()));
        }
      }
    } finally {
      inOrderBy = false;
    }
    Expr limit = query.limit() == null ? null : ExpressionBinder.typed(expressions.expression(query.limit()),
        ValueType.INTEGER);
    Expr offset = query.offset() == null ? null : ExpressionBinder.typed(expressions.expression(query.offset()),
        ValueType.INTEGER);
    return new QuerySpec(scope.declarations, where, select, query.select() != null && query.select().distinct(),
        groupBy, having, scope.aggregates, orderBy, limit, offset, scope.correlated, String.valueOf(query));
  }

  private void declareRange(Scope scope, ExpressionBinder expressions, RangeDeclaration range, boolean subquery) {
    Identifier name = range.entity();
    EntityModel entity = context.findEntity(name.text());
    if (entity == null && subquery && name.text().contains(".")) {
      // a derived path in a subquery: FROM o.items i
      declareAlias(scope, range.alias());
      paths.declarePathJoin(scope, dottedPath(name), range.alias(), JoinKind.INNER, false, null);
    } else {
      if (entity == null) {
        throw context.errors.unknown(name.position(), "entity", name.text(),
            context.model.entities().stream().map(EntityModel::name).toList());
      }
      String alias = range.alias() != null ? range.alias().text() : entity.name();
      declareAlias(scope, range.alias());
      Variable variable = context.newVariable(alias, Variable.Kind.ENTITY, entity, null);
      scope.declarations.add(new Declaration(variable, new Source.EntityRows(entity), JoinKind.ROOT, null, false,
          false, null));
      Scope.Start start = PathBinder.startOfVariable(variable);
      if (range.alias() != null) {
        scope.declare(range.alias().text(), start);
      } else if (scope.implicitThis == null) {
        scope.implicitThis = start;
        if (!scope.isDeclared("this")) {
          // HQL names the implicit alias: select this.name from Customer
          scope.declare("this", start);
        }
      }
    }
    for (Join join : range.joins()) {
      declareJoin(scope, expressions, join);
    }
  }

  private void declareJoin(Scope scope, ExpressionBinder expressions, Join join) {
    if (join.type() != JoinType.INNER && join.type() != JoinType.LEFT) {
      throw context.errors.at(join.position(), join.type() + " joins are not supported", "use INNER or LEFT");
    }
    JoinKind kind = join.type() == JoinType.LEFT ? JoinKind.LEFT : JoinKind.INNER;
    declareAlias(scope, join.alias());
    Variable variable;
    if (join instanceof EntityJoin entityJoin) {
      EntityModel entity = context.findEntity(entityJoin.entity().text());
      if (entity == null && scope.implicitThis != null
          && scope.implicitThis.type().findAttribute(entityJoin.entity().text()) != null) {
        Path path = new Path(entityJoin.entity(), List.of(), entityJoin.entity().position());
        variable = paths.declarePathJoin(scope, path, join.alias(), kind, false, null);
      } else {
        if (entity == null) {
          throw context.errors.unknown(entityJoin.entity().position(), "entity", entityJoin.entity().text(),
              context.model.entities().stream().map(EntityModel::name).toList());
        }
        String alias = join.alias() != null ? join.alias().text() : entity.name();
        variable = context.newVariable(alias, Variable.Kind.ENTITY, entity, null);
        scope.declarations.add(new Declaration(variable, new Source.EntityRows(entity), kind, null, false, false,
            null));
        if (join.alias() != null) {
          scope.declare(join.alias().text(), PathBinder.startOfVariable(variable));
        }
      }
    } else {
      PathJoin pathJoin = (PathJoin) join;
      variable = paths.declarePathJoin(scope, pathJoin.path(), join.alias(), kind, pathJoin.fetch(), null);
    }
    if (join.on() != null) {
      if (variable == null) {
        throw context.errors.at(join.on().position(), "An embedded join cannot have an ON condition");
      }
      Expr on = expressions.condition(join.on());
      for (int i = 0; i < scope.declarations.size(); i++) {
        if (scope.declarations.get(i).variable() == variable) {
          scope.declarations.set(i, PathBinder.withOn(scope.declarations.get(i), on));
        }
      }
    }
  }

  private void declareAlias(Scope scope, Identifier alias) {
    if (alias != null && scope.isDeclared(alias.text())) {
      throw context.errors.at(alias.position(), "Identification variable '" + alias.text() + "' is declared twice",
          "give each variable its own name");
    }
  }

  private static Path dottedPath(Identifier name) {
    String[] parts = name.text().split("\\.");
    Position at = name.position();
    List<Identifier> attributes = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      attributes.add(new Identifier(parts[i], at));
    }
    return new Path(new Identifier(parts[0], at), attributes, at);
  }

  // ---- select items

  private List<Selection> selections(Scope scope, ExpressionBinder expressions, SelectQuery query, boolean subquery) {
    List<Selection> select = new ArrayList<>();
    if (query.select() == null) {
      long roots = scope.declarations.stream().filter(d -> d.join() == JoinKind.ROOT).count();
      if (roots > 1) {
        throw context.errors.at(query.position(), "A query without SELECT may name one entity only, not " + roots,
            "write a SELECT clause");
      }
      Declaration root = scope.declarations.get(0);
      select.add(Selection.of(new Expr.EntityKey(root.variable(), ValueType.entity(root.variable().entity())), null));
      return select;
    }
    for (SelectItem item : query.select().items()) {
      String alias = item.alias() == null ? null : item.alias().text();
      Selection selection;
      if (item.expression() instanceof ConstructorExpression constructor) {
        selection = constructor(expressions, constructor, alias);
      } else if (!subquery && isEntry(item.expression())) {
        selection = entry(expressions, (Path) item.expression(), alias);
      } else {
        Expr expr = subquery ? expressions.expression(item.expression()) : expressions.selectItem(item.expression());
        selection = Selection.of(expr, alias);
      }
      if (alias != null) {
        scope.declareResultVariable(alias, selection);
      }
      select.add(selection);
    }
    return select;
  }

  private static boolean isEntry(Expression expression) {
    return expression instanceof Path path && path.attributes().isEmpty()
        && path.root() instanceof QualifiedIdentificationVariable qualified
        && qualified.qualifier() == QualifiedIdentificationVariable.Qualifier.ENTRY;
  }

  /** ENTRY(v) as a select item: its KEY(v) and VALUE(v), built into a {@code Map.Entry}. */
  private Selection entry(ExpressionBinder expressions, Path path, String alias) {
    QualifiedIdentificationVariable entry = (QualifiedIdentificationVariable) path.root();
    List<Selection> parts = new ArrayList<>();
    for (QualifiedIdentificationVariable.Qualifier part
        : List.of(QualifiedIdentificationVariable.Qualifier.KEY, QualifiedIdentificationVariable.Qualifier.VALUE)) {
      Path qualified = new Path(new QualifiedIdentificationVariable(part, entry.variable(), entry.position()),
          List.of(), path.position());
      parts.add(Selection.of(expressions.selectItem(qualified), null));
    }
    return new Selection(Selection.Kind.ENTRY, null, alias, Map.Entry.class, null, parts);
  }

  private Selection constructor(ExpressionBinder expressions, ConstructorExpression expression, String alias) {
    List<Selection> arguments = new ArrayList<>();
    for (Expression argument : expression.arguments()) {
      arguments.add(Selection.of(expressions.selectItem(argument), null));
    }
    String name = expression.className().text();
    Class<?> type = context.findClass(name);
    if (type == null) {
      throw context.errors.at(expression.className().position(), "Unknown class '" + name + "' in NEW",
          "write its fully qualified name, with '$' before a nested class's name");
    }
    Constructor<?> constructor = Constructors.find(type, arguments.stream().map(Selection::javaType).toList(), false);
    if (constructor == null) {
      throw context.errors.at(expression.position(), "No constructor of '" + type.getName() + "' takes ("
          + String.join(", ", arguments.stream().map(a -> a.javaType().getSimpleName()).toList()) + ")",
          "declare a public constructor with those parameter types");
    }
    return new Selection(Selection.Kind.CONSTRUCTOR, null, alias, type, constructor, arguments);
  }

  // ---- bulk statements

  private QueryModel update(UpdateStatement update, String text) {
    Scope scope = new Scope(null);
    ExpressionBinder expressions = new ExpressionBinder(this, context, paths, scope);
    EntityModel entity = bulkRoot(scope, update.entity(), update.alias());
    Variable root = scope.declarations.get(0).variable();
    List<QueryModel.Assignment> assignments = new ArrayList<>();
    for (UpdateItem item : update.items()) {
      Expr target = expressions.expression(item.target());
      if (!(target instanceof Expr.SlotValue slot) || slot.variable() != root) {
        throw context.errors.at(item.target().position(), "Cannot set '" + item.target() + "'",
            "set a basic attribute or a to-one association of '" + root.name() + "'");
      }
      Expr value = ExpressionBinder.typed(expressions.expression(item.value()), slot.type());
      assignments.add(new QueryModel.Assignment(slot.slot(), value));
    }
    Expr where = update.where() == null ? null : expressions.condition(update.where());
    requireNoJoins(scope, update.position());
    QuerySpec rows = bulkRows(scope, root, where, text);
    List<ParameterSpec> parameters = parameters(rows, assignments.stream().map(QueryModel.Assignment::value).toList());
    return new QueryModel.Update(rows, entity, assignments, update.versioned(), parameters, context.frameSize(), text);
  }

  private QueryModel delete(DeleteStatement delete, String text) {
    Scope scope = new Scope(null);
    ExpressionBinder expressions = new ExpressionBinder(this, context, paths, scope);
    EntityModel entity = bulkRoot(scope, delete.entity(), delete.alias());
    Variable root = scope.declarations.get(0).variable();
    Expr where = delete.where() == null ? null : expressions.condition(delete.where());
    requireNoJoins(scope, delete.position());
    QuerySpec rows = bulkRows(scope, root, where, text);
    return new QueryModel.Delete(rows, entity, parameters(rows), context.frameSize(), text);
  }

  private EntityModel bulkRoot(Scope scope, Identifier name, Identifier alias) {
    EntityModel entity = context.findEntity(name.text());
    if (entity == null) {
      throw context.errors.unknown(name.position(), "entity", name.text(),
          context.model.entities().stream().map(EntityModel::name).toList());
    }
    Variable variable = context.newVariable(alias != null ? alias.text() : entity.name(), Variable.Kind.ENTITY,
        entity, null);
    scope.declarations.add(new Declaration(variable, new Source.EntityRows(entity), JoinKind.ROOT, null, false,
        false, null));
    if (alias != null) {
      scope.declare(alias.text(), PathBinder.startOfVariable(variable));
    } else {
      scope.implicitThis = PathBinder.startOfVariable(variable);
    }
    return entity;
  }

  private void requireNoJoins(Scope scope, Position position) {
    if (scope.declarations.size() > 1) {
      throw context.errors.at(position, "A bulk statement cannot navigate to '"
          + scope.declarations.get(1).variable().name() + "'", "use a subquery in the WHERE clause");
    }
  }

  private static QuerySpec bulkRows(Scope scope, Variable root, Expr where, String text) {
    Selection select = Selection.of(new Expr.EntityKey(root, ValueType.entity(root.entity())), null);
    return new QuerySpec(scope.declarations, where, List.of(select), false, List.of(), null, List.of(), List.of(),
        null, null, false, text);
  }

  // ---- parameters

  private static List<ParameterSpec> parameters(QuerySpec query) {
    return parameters(List.of(query), List.of());
  }

  private static List<ParameterSpec> parameters(QuerySpec query, List<Expr> more) {
    return parameters(List.of(query), more);
  }

  private static List<ParameterSpec> parameters(List<QuerySpec> queries, List<Expr> more) {
    Map<Object, ParameterSpec> byKey = new LinkedHashMap<>();
    java.util.function.Consumer<Expr> collect = expr -> {
      if (expr instanceof Expr.Parameter parameter) {
        Object key = parameter.name() != null ? parameter.name() : (Object) parameter.position();
        ParameterSpec known = byKey.get(key);
        ValueType type = known == null || known.type().isUnknown() ? parameter.type() : known.type();
        boolean multi = parameter.multiValued() || known != null && known.multiValued();
        byKey.put(key, new ParameterSpec(parameter.name(), parameter.name() == null ? parameter.position() : null,
            type, multi));
      }
    };
    queries.forEach(query -> ExprWalker.walk(query, collect));
    more.forEach(expr -> ExprWalker.walk(expr, collect));
    return new ArrayList<>(byKey.values());
  }
}
