package org.memoryjpa.internal.query.parse.syntax;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The canonical JPQL text of a syntax node, which every node's {@code toString()} returns: keywords in
 * upper case, names and literals as written, every compound expression and AND/OR chain in
 * parentheses, numbers with the suffix of their type ({@code 1}, {@code 1L}, {@code 1BI}, {@code
 * 1.5D}, {@code 1.5F}, {@code 1.5BD}), HQL spellings in their JPQL form ({@code <>}, LIMIT for FETCH
 * FIRST). The text parses back to the same tree, which makes it the form golden tests compare.
 * Stateless; each call writes into its own buffer.
 */
final class CanonicalJpql implements ExpressionVisitor<Void>, ConditionVisitor<Void> {

  private final StringBuilder out = new StringBuilder();

  private CanonicalJpql() {}

  /** The canonical text of any node. */
  static String of(SyntaxNode node) {
    CanonicalJpql printer = new CanonicalJpql();
    printer.node(node);
    return printer.out.toString();
  }

  private void node(SyntaxNode node) {
    if (node instanceof Expression expression) {
      expression(expression);
    } else if (node instanceof Condition condition) {
      condition(condition);
    } else if (node instanceof Statement statement) {
      statement(statement);
    } else if (node instanceof FromItem item) {
      fromItem(item);
    } else if (node instanceof Join join) {
      join(join);
    } else if (node instanceof PathRoot root) {
      pathRoot(root);
    } else if (node instanceof SelectClause select) {
      selectClause(select);
    } else if (node instanceof SelectItem item) {
      selectItem(item);
    } else if (node instanceof OrderItem item) {
      orderItem(item);
    } else if (node instanceof UpdateItem item) {
      updateItem(item);
    } else if (node instanceof WhenClause when) {
      whenClause(when);
    } else if (node instanceof SimpleWhenClause when) {
      simpleWhenClause(when);
    } else {
      throw new IllegalArgumentException("Unknown syntax node type '" + node.getClass().getName() + "'");
    }
  }

  // ------------------------------------------------------------------------------------ statements

  private void statement(Statement statement) {
    if (statement instanceof SelectQuery query) {
      selectQuery(query);
    } else if (statement instanceof SetOperation operation) {
      setOperation(operation);
    } else if (statement instanceof UpdateStatement update) {
      update(update);
    } else if (statement instanceof DeleteStatement delete) {
      delete(delete);
    }
  }

  private void selectQuery(SelectQuery query) {
    if (query.select() != null) {
      selectClause(query.select());
      out.append(' ');
    }
    out.append("FROM ");
    list(query.from(), this::fromItem);
    if (query.where() != null) {
      out.append(" WHERE ");
      condition(query.where());
    }
    if (!query.groupBy().isEmpty()) {
      out.append(" GROUP BY ");
      list(query.groupBy(), this::expression);
    }
    if (query.having() != null) {
      out.append(" HAVING ");
      condition(query.having());
    }
    order(query);
  }

  private void setOperation(SetOperation operation) {
    setOperand(operation.left());
    out.append(' ').append(operation.operator().name()).append(operation.all() ? " ALL " : " ");
    setOperand(operation.right());
    order(operation);
  }

  private void setOperand(SelectStatement operand) {
    boolean parenthesise =
        operand instanceof SetOperation
            || !operand.orderBy().isEmpty()
            || operand.limit() != null
            || operand.offset() != null;
    if (parenthesise) {
      out.append('(');
      statement(operand);
      out.append(')');
    } else {
      statement(operand);
    }
  }

  private void order(SelectStatement statement) {
    if (!statement.orderBy().isEmpty()) {
      out.append(" ORDER BY ");
      list(statement.orderBy(), this::orderItem);
    }
    if (statement.limit() != null) {
      out.append(" LIMIT ");
      expression(statement.limit());
    }
    if (statement.offset() != null) {
      out.append(" OFFSET ");
      expression(statement.offset());
    }
  }

  private void update(UpdateStatement update) {
    out.append(update.versioned() ? "UPDATE VERSIONED " : "UPDATE ").append(update.entity().text());
    alias(update.alias());
    out.append(" SET ");
    list(update.items(), this::updateItem);
    where(update.where());
  }

  private void updateItem(UpdateItem item) {
    expression(item.target());
    out.append(" = ");
    expression(item.value());
  }

  private void delete(DeleteStatement delete) {
    out.append("DELETE FROM ").append(delete.entity().text());
    alias(delete.alias());
    where(delete.where());
  }

  private void where(Condition where) {
    if (where != null) {
      out.append(" WHERE ");
      condition(where);
    }
  }

  // --------------------------------------------------------------------------------------- clauses

  private void selectClause(SelectClause select) {
    out.append(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
    list(select.items(), this::selectItem);
  }

  private void selectItem(SelectItem item) {
    expression(item.expression());
    if (item.alias() != null) {
      out.append(" AS ").append(item.alias().text());
    }
  }

  private void orderItem(OrderItem item) {
    expression(item.expression());
    if (!item.ascending()) {
      out.append(" DESC");
    }
    if (item.nulls() != Nulls.NONE) {
      out.append(" NULLS ").append(item.nulls().name());
    }
  }

  private void fromItem(FromItem item) {
    if (item instanceof RangeDeclaration range) {
      out.append(range.entity().text());
      alias(range.alias());
      for (Join join : range.joins()) {
        out.append(' ');
        join(join);
      }
    } else if (item instanceof CollectionMemberDeclaration member) {
      out.append("IN (");
      expression(member.collection());
      out.append(')');
      alias(member.alias());
    }
  }

  private void join(Join join) {
    out.append(join.type() == JoinType.LEFT ? "LEFT JOIN " : "JOIN ");
    if (join instanceof PathJoin pathJoin) {
      if (pathJoin.fetch()) {
        out.append("FETCH ");
      }
      expression(pathJoin.path());
    } else if (join instanceof EntityJoin entityJoin) {
      out.append(entityJoin.entity().text());
    }
    alias(join.alias());
    if (join.on() != null) {
      out.append(" ON ");
      condition(join.on());
    }
  }

  private void alias(Identifier alias) {
    if (alias != null) {
      out.append(' ').append(alias.text());
    }
  }

  // ----------------------------------------------------------------------------------- expressions

  private void expression(Expression expression) {
    expression.accept(this);
  }

  @Override
  public Void visitPath(Path path) {
    pathRoot(path.root());
    for (Identifier attribute : path.attributes()) {
      out.append('.').append(attribute.text());
    }
    return null;
  }

  private void pathRoot(PathRoot root) {
    if (root instanceof Identifier identifier) {
      out.append(identifier.text());
    } else if (root instanceof QualifiedIdentificationVariable qualified) {
      out.append(qualified.qualifier().name()).append('(').append(qualified.variable().text()).append(')');
    } else if (root instanceof TreatedPath treated) {
      out.append("TREAT(");
      visitPath(treated.path());
      out.append(" AS ").append(treated.subtype().text()).append(')');
    }
  }

  @Override
  public Void visitStringLiteral(StringLiteral literal) {
    out.append('\'').append(literal.value().replace("'", "''")).append('\'');
    return null;
  }

  @Override
  public Void visitNumericLiteral(NumericLiteral literal) {
    Number value = literal.value();
    if (value instanceof Long) {
      out.append(value).append('L');
    } else if (value instanceof BigInteger) {
      out.append(value).append("BI");
    } else if (value instanceof Double) {
      out.append(value).append('D');
    } else if (value instanceof Float) {
      out.append(value).append('F');
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal).append("BD");
    } else {
      out.append(value);
    }
    return null;
  }

  @Override
  public Void visitBooleanLiteral(BooleanLiteral literal) {
    out.append(literal.value() ? "TRUE" : "FALSE");
    return null;
  }

  @Override
  public Void visitNullLiteral(NullLiteral literal) {
    out.append("NULL");
    return null;
  }

  @Override
  public Void visitTemporalLiteral(TemporalLiteral literal) {
    out.append('{').append(literal.kind().escape()).append(" '").append(literal.text()).append("'}");
    return null;
  }

  @Override
  public Void visitNamedParameter(NamedParameter parameter) {
    out.append(':').append(parameter.name());
    return null;
  }

  @Override
  public Void visitPositionalParameter(PositionalParameter parameter) {
    out.append('?').append(parameter.number());
    return null;
  }

  @Override
  public Void visitUnaryExpression(UnaryExpression expression) {
    out.append(expression.operator().symbol());
    String operand = of(expression.operand());
    if (operand.startsWith("-") || operand.startsWith("+")) {
      out.append('(').append(operand).append(')');
    } else {
      out.append(operand);
    }
    return null;
  }

  @Override
  public Void visitBinaryExpression(BinaryExpression expression) {
    out.append('(');
    expression(expression.left());
    out.append(' ').append(expression.operator().symbol()).append(' ');
    expression(expression.right());
    out.append(')');
    return null;
  }

  @Override
  public Void visitFunctionCall(FunctionCall call) {
    out.append(call.name()).append('(');
    list(call.arguments(), this::expression);
    out.append(')');
    return null;
  }

  @Override
  public Void visitFunctionInvocation(FunctionInvocation invocation) {
    out.append("FUNCTION('").append(invocation.name().replace("'", "''")).append('\'');
    for (Expression argument : invocation.arguments()) {
      out.append(", ");
      expression(argument);
    }
    out.append(')');
    return null;
  }

  @Override
  public Void visitAggregateExpression(AggregateExpression expression) {
    out.append(expression.function().name()).append('(');
    if (expression.distinct()) {
      out.append("DISTINCT ");
    }
    if (expression.argument() == null) {
      out.append('*');
    } else {
      expression(expression.argument());
    }
    out.append(')');
    return null;
  }

  @Override
  public Void visitTrimExpression(TrimExpression expression) {
    out.append("TRIM(");
    if (expression.specification() != null) {
      out.append(expression.specification().name()).append(' ');
    }
    if (expression.character() != null) {
      expression(expression.character());
      out.append(' ');
    }
    if (expression.specification() != null || expression.character() != null) {
      out.append("FROM ");
    }
    expression(expression.source());
    out.append(')');
    return null;
  }

  @Override
  public Void visitExtractExpression(ExtractExpression expression) {
    out.append("EXTRACT(").append(expression.field().text()).append(" FROM ");
    expression(expression.source());
    out.append(')');
    return null;
  }

  @Override
  public Void visitCastExpression(CastExpression expression) {
    out.append("CAST(");
    expression(expression.operand());
    out.append(" AS ").append(expression.type().text()).append(')');
    return null;
  }

  @Override
  public Void visitCurrentDateTime(CurrentDateTime expression) {
    out.append(expression.kind().jpql());
    return null;
  }

  @Override
  public Void visitGeneralCaseExpression(GeneralCaseExpression expression) {
    out.append("CASE");
    for (WhenClause when : expression.whens()) {
      out.append(' ');
      whenClause(when);
    }
    otherwise(expression.otherwise());
    return null;
  }

  private void whenClause(WhenClause when) {
    out.append("WHEN ");
    condition(when.condition());
    out.append(" THEN ");
    expression(when.result());
  }

  @Override
  public Void visitSimpleCaseExpression(SimpleCaseExpression expression) {
    out.append("CASE ");
    expression(expression.operand());
    for (SimpleWhenClause when : expression.whens()) {
      out.append(' ');
      simpleWhenClause(when);
    }
    otherwise(expression.otherwise());
    return null;
  }

  private void simpleWhenClause(SimpleWhenClause when) {
    out.append("WHEN ");
    expression(when.value());
    out.append(" THEN ");
    expression(when.result());
  }

  private void otherwise(Expression otherwise) {
    if (otherwise != null) {
      out.append(" ELSE ");
      expression(otherwise);
    }
    out.append(" END");
  }

  @Override
  public Void visitSubquery(Subquery subquery) {
    out.append('(');
    selectQuery(subquery.query());
    out.append(')');
    return null;
  }

  @Override
  public Void visitAllOrAnyExpression(AllOrAnyExpression expression) {
    out.append(expression.quantifier().name()).append(' ');
    visitSubquery(expression.subquery());
    return null;
  }

  @Override
  public Void visitConstructorExpression(ConstructorExpression expression) {
    out.append("NEW ").append(expression.className().text()).append('(');
    list(expression.arguments(), this::expression);
    out.append(')');
    return null;
  }

  // ------------------------------------------------------------------------------------ conditions

  private void condition(Condition condition) {
    condition.accept(this);
  }

  @Override
  public Void visitConjunction(Conjunction condition) {
    junction(condition.operands(), " AND ");
    return null;
  }

  @Override
  public Void visitDisjunction(Disjunction condition) {
    junction(condition.operands(), " OR ");
    return null;
  }

  private void junction(List<Condition> operands, String operator) {
    out.append('(');
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(operator);
      }
      condition(operands.get(i));
    }
    out.append(')');
  }

  @Override
  public Void visitNegation(Negation condition) {
    out.append("NOT ");
    Condition operand = condition.operand();
    if (operand instanceof Conjunction || operand instanceof Disjunction) {
      condition(operand);
    } else {
      out.append('(');
      condition(operand);
      out.append(')');
    }
    return null;
  }

  @Override
  public Void visitComparisonExpression(ComparisonExpression condition) {
    expression(condition.left());
    out.append(' ').append(condition.operator().symbol()).append(' ');
    expression(condition.right());
    return null;
  }

  @Override
  public Void visitBetweenExpression(BetweenExpression condition) {
    expression(condition.value());
    out.append(condition.negated() ? " NOT BETWEEN " : " BETWEEN ");
    expression(condition.lower());
    out.append(" AND ");
    expression(condition.upper());
    return null;
  }

  @Override
  public Void visitInExpression(InExpression condition) {
    expression(condition.value());
    out.append(condition.negated() ? " NOT IN " : " IN ");
    List<Expression> items = condition.items();
    if (items.size() == 1 && items.get(0) instanceof Subquery subquery) {
      visitSubquery(subquery);
    } else {
      out.append('(');
      list(items, this::expression);
      out.append(')');
    }
    return null;
  }

  @Override
  public Void visitLikeExpression(LikeExpression condition) {
    expression(condition.value());
    out.append(condition.negated() ? " NOT " : " ").append(condition.ignoreCase() ? "ILIKE " : "LIKE ");
    expression(condition.pattern());
    if (condition.escape() != null) {
      out.append(" ESCAPE ");
      expression(condition.escape());
    }
    return null;
  }

  @Override
  public Void visitNullComparisonExpression(NullComparisonExpression condition) {
    expression(condition.value());
    out.append(condition.negated() ? " IS NOT NULL" : " IS NULL");
    return null;
  }

  @Override
  public Void visitEmptyCollectionComparisonExpression(EmptyCollectionComparisonExpression condition) {
    expression(condition.collection());
    out.append(condition.negated() ? " IS NOT EMPTY" : " IS EMPTY");
    return null;
  }

  @Override
  public Void visitCollectionMemberExpression(CollectionMemberExpression condition) {
    expression(condition.element());
    out.append(condition.negated() ? " NOT MEMBER OF " : " MEMBER OF ");
    expression(condition.collection());
    return null;
  }

  @Override
  public Void visitExistsExpression(ExistsExpression condition) {
    out.append("EXISTS ");
    visitSubquery(condition.subquery());
    return null;
  }

  @Override
  public Void visitBooleanCondition(BooleanCondition condition) {
    expression(condition.expression());
    return null;
  }

  private <T> void list(List<T> items, java.util.function.Consumer<T> printer) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      printer.accept(items.get(i));
    }
  }
}
