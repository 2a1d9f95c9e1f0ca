package org.memoryjpa.internal.query.model;

import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.model.Expr.Comparison;
import org.memoryjpa.internal.query.parse.syntax.AggregateExpression;
import org.memoryjpa.internal.query.parse.syntax.AllOrAnyExpression;
import org.memoryjpa.internal.query.parse.syntax.BetweenExpression;
import org.memoryjpa.internal.query.parse.syntax.BinaryExpression;
import org.memoryjpa.internal.query.parse.syntax.BooleanCondition;
import org.memoryjpa.internal.query.parse.syntax.BooleanLiteral;
import org.memoryjpa.internal.query.parse.syntax.CastExpression;
import org.memoryjpa.internal.query.parse.syntax.CollectionMemberExpression;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.ConditionVisitor;
import org.memoryjpa.internal.query.parse.syntax.Conjunction;
import org.memoryjpa.internal.query.parse.syntax.ConstructorExpression;
import org.memoryjpa.internal.query.parse.syntax.CurrentDateTime;
import org.memoryjpa.internal.query.parse.syntax.Disjunction;
import org.memoryjpa.internal.query.parse.syntax.EmptyCollectionComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.ExistsExpression;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.ExpressionVisitor;
import org.memoryjpa.internal.query.parse.syntax.ExtractExpression;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;
import org.memoryjpa.internal.query.parse.syntax.FunctionInvocation;
import org.memoryjpa.internal.query.parse.syntax.GeneralCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.InExpression;
import org.memoryjpa.internal.query.parse.syntax.LikeExpression;
import org.memoryjpa.internal.query.parse.syntax.NamedParameter;
import org.memoryjpa.internal.query.parse.syntax.Negation;
import org.memoryjpa.internal.query.parse.syntax.NullComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.NullLiteral;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.PositionalParameter;
import org.memoryjpa.internal.query.parse.syntax.SimpleCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.SimpleWhenClause;
import org.memoryjpa.internal.query.parse.syntax.StringLiteral;
import org.memoryjpa.internal.query.parse.syntax.Subquery;
import org.memoryjpa.internal.query.parse.syntax.TemporalLiteral;
import org.memoryjpa.internal.query.parse.syntax.TrimExpression;
import org.memoryjpa.internal.query.parse.syntax.UnaryExpression;
import org.memoryjpa.internal.query.parse.syntax.WhenClause;

/**
 * Binds the expressions and conditions of one scope: literals, parameters (typed by the operand they
 * meet), paths (through {@link PathBinder}), operators, functions (through {@link FunctionBinder}),
 * CASE, aggregates and subqueries. Confined to the binder's thread.
 */
final class ExpressionBinder implements ExpressionVisitor<Expr>, ConditionVisitor<Expr> {

  private final Binder binder;
  private final BindContext context;
  private final PathBinder paths;
  private final Scope scope;
  private final FunctionBinder functions;
  private PathBinder.Usage usage = PathBinder.Usage.VALUE;

  ExpressionBinder(Binder binder, BindContext context, PathBinder paths, Scope scope) {
    this.binder = binder;
    this.context = context;
    this.paths = paths;
    this.scope = scope;
    this.functions = new FunctionBinder(context, paths, scope, this);
  }

  Scope scope() {
    return scope;
  }

  /** An expression as a value. */
  Expr expression(Expression expression) {
    PathBinder.Usage previous = usage;
    usage = PathBinder.Usage.VALUE;
    try {
      return expression.accept(this);
    } finally {
      usage = previous;
    }
  }

  /**
   * An expression as a select item: a path to a to-one is joined so that the entity can be returned;
   * paths inside functions and aggregates keep their value form (a foreign key stays a foreign key).
   */
  Expr selectItem(Expression expression) {
    if (!(expression instanceof Path)) {
      return expression(expression);
    }
    PathBinder.Usage previous = usage;
    usage = PathBinder.Usage.SELECT;
    try {
      return expression.accept(this);
    } finally {
      usage = previous;
    }
  }

  /** A condition. */
  Expr condition(Condition condition) {
    PathBinder.Usage previous = usage;
    usage = PathBinder.Usage.VALUE;
    try {
      return condition.accept(this);
    } finally {
      usage = previous;
    }
  }

  // ---- typing helpers

  /** {@code expr} given the type of the operand it meets: parameters take it, literals convert to its stored form. */
  static Expr typed(Expr expr, ValueType type) {
    if (type == null || type.isUnknown()) {
      return expr;
    }
    if (expr instanceof Expr.Parameter parameter && parameter.type().isUnknown()) {
      return new Expr.Parameter(parameter.name(), parameter.position(), type, parameter.multiValued());
    }
    if (expr instanceof Expr.Constant constant && constant.value() != null && !constant.type().isConverted()) {
      Object value = constant.value();
      if (type.isConverted() && type.javaType().isInstance(value)) {
        return new Expr.Constant(type.conversion().toStored(value), type);
      }
      Object coerced = Coercions.literal(value, type.storedType());
      if (coerced != value) {
        return new Expr.Constant(coerced, ValueType.of(type.storedType()));
      }
    }
    return expr;
  }

  private static Expr parameterTyped(Expr expr, ValueType type) {
    return expr instanceof Expr.Parameter ? typed(expr, type) : expr;
  }

  private Expr[] aligned(Expr left, Expr right) {
    return new Expr[] {typed(left, right.type()), typed(right, left.type())};
  }

  /**
   * Rejects what TYPE() is compared with unless it is a parameter, another TYPE() or an entity type
   * literal of the same hierarchy: the spec allows nothing else, and Hibernate rejects an unrelated
   * entity too.
   */
  private void requireTypeOperand(Expr type, Expr other, Position position) {
    if (!(type instanceof Expr.TypeOf typeOf) || other instanceof Expr.Parameter || other instanceof Expr.TypeOf) {
      return;
    }
    Class<?> rootType = typeOf.variable().entity().root().javaType();
    if (other instanceof Expr.Constant constant && constant.value() instanceof Class<?> literal
        && rootType.isAssignableFrom(literal)) {
      return;
    }
    String subject = other instanceof Expr.Constant constant && constant.value() instanceof String ? other.toString()
        : "'" + other + "'";
    throw context.errors.at(position, "Cannot compare " + typeOf + " with " + subject,
        "use an entity name of the hierarchy of " + typeOf.variable().entity().describe() + " or a parameter");
  }

  private void requireComparable(Expr left, Expr right, Position position) {
    if (!TypeRules.comparable(left, right)) {
      throw context.errors.at(position, "Cannot compare a value of type '" + left.type().describe()
          + "' with one of type '" + right.type().describe() + "'", "compare values of the same kind");
    }
  }

  // ---- conditions

  @Override
  public Expr visitConjunction(Conjunction condition) {
    List<Expr> operands = new ArrayList<>();
    for (Condition operand : condition.operands()) {
      Expr bound = operand.accept(this);
      if (bound instanceof Expr.And and) {
        operands.addAll(and.operands());
      } else {
        operands.add(bound);
      }
    }
    return new Expr.And(operands);
  }

  @Override
  public Expr visitDisjunction(Disjunction condition) {
    List<Expr> operands = new ArrayList<>();
    for (Condition operand : condition.operands()) {
      operands.add(operand.accept(this));
    }
    return new Expr.Or(operands);
  }

  @Override
  public Expr visitNegation(Negation condition) {
    return new Expr.Not(condition.operand().accept(this));
  }

  @Override
  public Expr visitComparisonExpression(ComparisonExpression condition) {
    Comparison operator = Comparison.valueOf(condition.operator().name());
    Expr left = expression(condition.left());
    if (condition.right() instanceof AllOrAnyExpression quantified) {
      QuerySpec query = binder.subquery(quantified.subquery().query(), scope);
      boolean all = quantified.quantifier() == AllOrAnyExpression.Quantifier.ALL;
      return new Expr.Quantified(operator, typed(left, query.select().get(0).expression().type()), all, query);
    }
    Expr right = expression(condition.right());
    requireTypeOperand(left, right, condition.position());
    requireTypeOperand(right, left, condition.position());
    Expr[] both = aligned(left, right);
    requireComparable(both[0], both[1], condition.position());
    return new Expr.Compare(operator, both[0], both[1]);
  }

  @Override
  public Expr visitBetweenExpression(BetweenExpression condition) {
    Expr value = expression(condition.value());
    Expr lower = expression(condition.lower());
    Expr upper = expression(condition.upper());
    value = typed(value, lower.type().isUnknown() ? upper.type() : lower.type());
    lower = typed(lower, value.type());
    upper = typed(upper, value.type());
    requireComparable(value, lower, condition.position());
    requireComparable(value, upper, condition.position());
    return new Expr.Between(value, lower, upper, condition.negated());
  }

  @Override
  public Expr visitInExpression(InExpression condition) {
    Expr value = expression(condition.value());
    List<Expression> items = condition.items();
    if (items.size() == 1 && items.get(0) instanceof Subquery subquery) {
      QuerySpec query = binder.subquery(subquery.query(), scope);
      return new Expr.InSubquery(typed(value, query.select().get(0).expression().type()), query, condition.negated());
    }
    List<Expr> bound = new ArrayList<>();
    for (Expression item : items) {
      Expr itemExpr = expression(item);
      if (items.size() == 1 && itemExpr instanceof Expr.Parameter parameter) {
        itemExpr = new Expr.Parameter(parameter.name(), parameter.position(), parameter.type(), true);
      }
      requireTypeOperand(value, itemExpr, condition.position());
      itemExpr = typed(itemExpr, value.type());
      requireComparable(value, itemExpr, condition.position());
      bound.add(itemExpr);
    }
    if (value.type().isUnknown()) {
      for (Expr item : bound) {
        value = typed(value, item.type());
      }
    }
    return new Expr.InList(value, bound, condition.negated());
  }

  @Override
  public Expr visitLikeExpression(LikeExpression condition) {
    Expr value = typed(expression(condition.value()), ValueType.STRING);
    if (!value.type().isUnknown() && !value.type().isString() && value.type().storedType() != String.class) {
      throw context.errors.at(condition.position(), "Operand of LIKE is of type '" + value.type().describe()
          + "', not a string", "compare strings, or use STR() or CAST(... AS String)");
    }
    Expr pattern = typed(expression(condition.pattern()), ValueType.STRING);
    Expr escape = condition.escape() == null ? null : typed(expression(condition.escape()), ValueType.of(Character.class));
    return new Expr.Like(value, pattern, escape, condition.negated(), condition.ignoreCase());
  }

  @Override
  public Expr visitNullComparisonExpression(NullComparisonExpression condition) {
    return new Expr.IsNull(expression(condition.value()), condition.negated());
  }

  @Override
  public Expr visitEmptyCollectionComparisonExpression(EmptyCollectionComparisonExpression condition) {
    if (!(condition.collection() instanceof Path path)) {
      throw context.errors.at(condition.position(), "IS EMPTY needs a collection-valued path");
    }
    return new Expr.IsEmpty(paths.collection(scope, path), condition.negated());
  }

  @Override
  public Expr visitCollectionMemberExpression(CollectionMemberExpression condition) {
    Expr.CollectionPath collection = paths.collection(scope, condition.collection());
    Expr element = expression(condition.element());
    ValueType elementType = collection.target() != null ? ValueType.entity(collection.target())
        : ValueType.converted(collection.attribute().elementClass(), collection.attribute().elementConversion());
    return new Expr.MemberOf(typed(element, elementType), collection, condition.negated());
  }

  @Override
  public Expr visitExistsExpression(ExistsExpression condition) {
    return new Expr.Exists(binder.subquery(condition.subquery().query(), scope));
  }

  @Override
  public Expr visitBooleanCondition(BooleanCondition condition) {
    Expr value = typed(expression(condition.expression()), ValueType.BOOLEAN);
    if (!value.type().isUnknown() && value.type().javaType() != Boolean.class) {
      throw context.errors.at(condition.position(), "'" + condition.expression() + "' is not a condition",
          "its type is '" + value.type().describe() + "'");
    }
    return value;
  }

  // ---- expressions

  @Override
  public Expr visitPath(Path path) {
    Selection result = path.attributes().isEmpty() && path.root() instanceof org.memoryjpa.internal.query.parse.syntax.Identifier id
        && scope.find(id.text()) == null && binder.inOrderBy ? scope.resultVariable(id.text()) : null;
    if (result != null && result.expression() != null) {
      return result.expression();
    }
    return paths.value(scope, path, usage);
  }

  @Override
  public Expr visitStringLiteral(StringLiteral literal) {
    return new Expr.Constant(literal.value(), ValueType.STRING);
  }

  @Override
  public Expr visitNumericLiteral(NumericLiteral literal) {
    return new Expr.Constant(literal.value(), ValueType.of(literal.value().getClass()));
  }

  @Override
  public Expr visitBooleanLiteral(BooleanLiteral literal) {
    return new Expr.Constant(literal.value(), ValueType.BOOLEAN);
  }

  @Override
  public Expr visitNullLiteral(NullLiteral literal) {
    return new Expr.Constant(null, ValueType.UNKNOWN);
  }

  @Override
  public Expr visitTemporalLiteral(TemporalLiteral literal) {
    return new Expr.Constant(literal.value(), ValueType.of(literal.value().getClass()));
  }

  @Override
  public Expr visitNamedParameter(NamedParameter parameter) {
    return new Expr.Parameter(parameter.name(), 0, ValueType.UNKNOWN, false);
  }

  @Override
  public Expr visitPositionalParameter(PositionalParameter parameter) {
    return new Expr.Parameter(null, parameter.number(), ValueType.UNKNOWN, false);
  }

  @Override
  public Expr visitUnaryExpression(UnaryExpression expression) {
    Expr operand = expression(expression.operand());
    if (expression.operator() == UnaryExpression.Operator.PLUS) {
      return operand;
    }
    return new Expr.Negate(operand, operand.type());
  }

  @Override
  public Expr visitBinaryExpression(BinaryExpression expression) {
    Expr left = expression(expression.left());
    Expr right = expression(expression.right());
    if (expression.operator() == BinaryExpression.Operator.CONCAT) {
      return new Expr.Call("CONCAT", List.of(typed(left, ValueType.STRING), typed(right, ValueType.STRING)),
          ValueType.STRING);
    }
    // parameters take the other operand's type; literals keep theirs, which sizes a decimal quotient as on H2
    Expr[] both = {parameterTyped(left, right.type()), parameterTyped(right, left.type())};
    for (Expr operand : both) {
      if (!TypeRules.arithmetic(operand.type())) {
        throw context.errors.at(expression.position(), "Operand of " + expression.operator() + " is of type '"
            + operand.type().describe() + "', not a number", "use || or CONCAT to join strings");
      }
    }
    Expr.Arithmetic.Operator operator = Expr.Arithmetic.Operator.valueOf(expression.operator().name());
    return new Expr.Arithmetic(operator, both[0], both[1], TypeRules.arithmetic(both[0].type(), both[1].type()));
  }

  @Override
  public Expr visitFunctionCall(FunctionCall call) {
    return functions.call(call);
  }

  @Override
  public Expr visitFunctionInvocation(FunctionInvocation invocation) {
    return functions.invocation(invocation);
  }

  @Override
  public Expr visitAggregateExpression(AggregateExpression expression) {
    if (!scope.aggregatesAllowed) {
      throw context.errors.at(expression.position(), "Aggregate function '" + expression.function()
          + "' is not allowed here", "use it in SELECT, HAVING or ORDER BY");
    }
    Expr.Aggregate.Function function = Expr.Aggregate.Function.valueOf(expression.function().name());
    Expr argument = null;
    if (expression.argument() != null) {
      scope.aggregatesAllowed = false;
      try {
        argument = expression(expression.argument());
      } finally {
        scope.aggregatesAllowed = true;
      }
    }
    ValueType argumentType = argument == null ? ValueType.LONG : argument.type();
    if ((function == Expr.Aggregate.Function.SUM || function == Expr.Aggregate.Function.AVG)
        && !argumentType.isUnknown() && TypeRules.rank(argumentType.storedType()) == 0) {
      throw context.errors.at(expression.position(), function + " needs a numeric argument",
          "'" + expression.argument() + "' is of type '" + argumentType.describe() + "'");
    }
    for (Expr.Aggregate known : scope.aggregates) {
      if (known.function() == function && known.distinct() == expression.distinct()
          && java.util.Objects.equals(known.argument(), argument)) {
        return known; // the same aggregate in SELECT, HAVING and ORDER BY is computed once
      }
    }
    Expr.Aggregate aggregate = new Expr.Aggregate(function, expression.distinct(), argument,
        TypeRules.aggregate(function, argumentType), context.nextSlot());
    scope.aggregates.add(aggregate);
    return aggregate;
  }

  @Override
  public Expr visitTrimExpression(TrimExpression expression) {
    return functions.trim(expression);
  }

  @Override
  public Expr visitExtractExpression(ExtractExpression expression) {
    return functions.extract(expression);
  }

  @Override
  public Expr visitCastExpression(CastExpression expression) {
    return functions.cast(expression);
  }

  @Override
  public Expr visitCurrentDateTime(CurrentDateTime expression) {
    return functions.current(expression);
  }

  @Override
  public Expr visitGeneralCaseExpression(GeneralCaseExpression expression) {
    List<Expr.When> whens = new ArrayList<>();
    List<ValueType> types = new ArrayList<>();
    for (WhenClause when : expression.whens()) {
      Expr result = expression(when.result());
      whens.add(new Expr.When(condition(when.condition()), result));
      types.add(result.type());
    }
    Expr otherwise = expression.otherwise() == null ? null : expression(expression.otherwise());
    if (otherwise != null) {
      types.add(otherwise.type());
    }
    return caseOf(whens, otherwise, TypeRules.common(types));
  }

  @Override
  public Expr visitSimpleCaseExpression(SimpleCaseExpression expression) {
    Expr operand = expression(expression.operand());
    List<Expr.When> whens = new ArrayList<>();
    List<ValueType> types = new ArrayList<>();
    for (SimpleWhenClause when : expression.whens()) {
      Expr value = typed(expression(when.value()), operand.type());
      Expr result = expression(when.result());
      whens.add(new Expr.When(new Expr.Compare(Comparison.EQUAL, operand, value), result));
      types.add(result.type());
    }
    Expr otherwise = expression.otherwise() == null ? null : expression(expression.otherwise());
    if (otherwise != null) {
      types.add(otherwise.type());
    }
    return caseOf(whens, otherwise, TypeRules.common(types));
  }

  private static Expr caseOf(List<Expr.When> whens, Expr otherwise, ValueType type) {
    List<Expr.When> typedWhens = new ArrayList<>();
    for (Expr.When when : whens) {
      typedWhens.add(new Expr.When(when.condition(), typed(when.result(), type)));
    }
    return new Expr.Case(typedWhens, otherwise == null ? null : typed(otherwise, type), type);
  }

  @Override
  public Expr visitSubquery(Subquery subquery) {
    QuerySpec query = binder.subquery(subquery.query(), scope);
    return new Expr.ScalarSubquery(query, query.select().get(0).expression().type());
  }

  @Override
  public Expr visitAllOrAnyExpression(AllOrAnyExpression expression) {
    throw context.errors.at(expression.position(), expression.quantifier() + " is only allowed on the right of a"
        + " comparison");
  }

  @Override
  public Expr visitConstructorExpression(ConstructorExpression expression) {
    throw context.errors.at(expression.position(), "NEW is only allowed as a select item");
  }
}
