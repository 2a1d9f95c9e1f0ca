package org.memoryjpa.internal.query.parse;

import static org.memoryjpa.internal.query.parse.ExpressionBuilder.identifier;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.memoryjpa.internal.diagnostics.JpqlErrors;
import org.memoryjpa.internal.query.parse.JpqlParser.Collection_member_declarationContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Delete_statementContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Derived_collection_member_declarationContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Fetch_joinContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Groupby_clauseContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Having_clauseContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Identification_variableContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Identification_variable_declarationContext;
import org.memoryjpa.internal.query.parse.JpqlParser.IntersectionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.JoinContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Join_association_path_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Join_conditionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Join_path_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Join_specContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Limit_offsetContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Limit_valueContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Orderby_clauseContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Orderby_itemContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Ql_statementContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Query_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Range_variable_declarationContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Select_clauseContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Select_itemContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Select_queryContext;
import org.memoryjpa.internal.query.parse.JpqlParser.SubqueryContext;
import org.memoryjpa.internal.query.parse.JpqlParser.UnionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Update_statementContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Where_clauseContext;
import org.memoryjpa.internal.query.parse.syntax.CollectionMemberDeclaration;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.ConstructorExpression;
import org.memoryjpa.internal.query.parse.syntax.DeleteStatement;
import org.memoryjpa.internal.query.parse.syntax.EntityJoin;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.FromItem;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.Join;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.OrderItem;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.PathJoin;
import org.memoryjpa.internal.query.parse.syntax.RangeDeclaration;
import org.memoryjpa.internal.query.parse.syntax.SelectClause;
import org.memoryjpa.internal.query.parse.syntax.SelectItem;
import org.memoryjpa.internal.query.parse.syntax.SelectQuery;
import org.memoryjpa.internal.query.parse.syntax.SelectStatement;
import org.memoryjpa.internal.query.parse.syntax.SetOperation;
import org.memoryjpa.internal.query.parse.syntax.Statement;
import org.memoryjpa.internal.query.parse.syntax.TreatedPath;
import org.memoryjpa.internal.query.parse.syntax.UpdateItem;
import org.memoryjpa.internal.query.parse.syntax.UpdateStatement;

/**
 * Builds the statements, clauses and FROM declarations of the syntax tree from the parse tree, and
 * hands expressions to an {@link ExpressionBuilder}. One per query text; not thread-safe.
 */
final class StatementBuilder {

  private final String jpql;
  private final ExpressionBuilder expressions;

  StatementBuilder(String jpql) {
    this.jpql = jpql;
    this.expressions = new ExpressionBuilder(jpql, this);
  }

  Statement statement(Ql_statementContext context) {
    if (context.select_statement() != null) {
      return union(context.select_statement().union()).statement();
    }
    if (context.update_statement() != null) {
      return update(context.update_statement());
    }
    return delete(context.delete_statement());
  }

  // ---------------------------------------------------------------------------- select statements

  /**
   * A select statement being built, and whether ORDER BY and LIMIT written at its end belong to an
   * enclosing set operation: they do unless the statement was in parentheses.
   */
  private record Operand(SelectStatement statement, boolean open) {}

  private Operand union(UnionContext context) {
    Operand result = intersection(context.intersection(0));
    for (int i = 1; i < context.intersection().size(); i++) {
      var operator = context.union_operator(i - 1);
      SetOperation.Operator kind = operator.UNION() != null ? SetOperation.Operator.UNION : SetOperation.Operator.EXCEPT;
      result = combine(kind, operator.ALL() != null, result, intersection(context.intersection(i)));
    }
    return result;
  }

  private Operand intersection(IntersectionContext context) {
    Operand result = queryExpression(context.query_expression(0));
    for (int i = 1; i < context.query_expression().size(); i++) {
      boolean all = context.intersect_operator(i - 1).ALL() != null;
      result = combine(SetOperation.Operator.INTERSECT, all, result, queryExpression(context.query_expression(i)));
    }
    return result;
  }

  private Operand queryExpression(Query_expressionContext context) {
    if (context.select_query() != null) {
      return new Operand(selectQuery(context.select_query()), true);
    }
    SelectStatement inner = union(context.union()).statement();
    if (context.orderby_clause() == null && context.limit_offset() == null) {
      return new Operand(inner, false);
    }
    // "(select ...) order by ...": the order was written outside the parentheses, so an enclosing set
    // operation takes it over
    if (!inner.orderBy().isEmpty() || inner.limit() != null || inner.offset() != null) {
      ParserRuleContext second = context.orderby_clause() != null ? context.orderby_clause() : context.limit_offset();
      Token at = second.getStart();
      throw JpqlErrors.syntaxError(jpql, at.getLine(), at.getCharPositionInLine() + 1,
          "unexpected token '" + at.getText() + "'; the parenthesised query before it already has"
              + " an ORDER BY or LIMIT, and a second one is not supported; merge them inside the parentheses");
    }
    Expression[] limits = limits(context.limit_offset());
    return new Operand(withOrder(inner, orderItems(context.orderby_clause()), limits[0], limits[1]), true);
  }

  /** A set operation; ORDER BY and LIMIT at the end of an open right operand move up to it. */
  private static Operand combine(SetOperation.Operator operator, boolean all, Operand left, Operand right) {
    SelectStatement rightStatement = right.statement();
    List<OrderItem> orderBy = List.of();
    Expression limit = null;
    Expression offset = null;
    if (right.open()) {
      orderBy = rightStatement.orderBy();
      limit = rightStatement.limit();
      offset = rightStatement.offset();
      rightStatement = withOrder(rightStatement, List.of(), null, null);
    }
    SelectStatement leftStatement = left.statement();
    var position = leftStatement.position();
    return new Operand(
        new SetOperation(operator, all, leftStatement, rightStatement, orderBy, limit, offset, position), true);
  }

  private static SelectStatement withOrder(
      SelectStatement statement, List<OrderItem> orderBy, Expression limit, Expression offset) {
    if (statement instanceof SelectQuery query) {
      return query.withOrder(orderBy, limit, offset);
    }
    SetOperation set = (SetOperation) statement;
    return new SetOperation(set.operator(), set.all(), set.left(), set.right(), orderBy, limit, offset, set.position());
  }

  private SelectQuery selectQuery(Select_queryContext context) {
    SelectClause select = context.select_clause() == null ? null : selectClause(context.select_clause());
    List<FromItem> from = fromItems(context.from_clause());
    return query(select, from, context.where_clause(), context.groupby_clause(), context.having_clause(),
        context.orderby_clause(), context.limit_offset(), context);
  }

  /** The body of a subquery. */
  SelectQuery subquery(SubqueryContext context) {
    var simple = context.simple_select_clause();
    Expression expression = expressions.expression(simple.simple_select_expression().scalar_expression());
    var item = new SelectItem(expression, null, expression.position());
    var select = new SelectClause(simple.DISTINCT() != null, List.of(item), Positions.of(simple));
    List<FromItem> from = fromItems(context.subquery_from_clause());
    return query(select, from, context.where_clause(), context.groupby_clause(), context.having_clause(),
        context.orderby_clause(), context.limit_offset(), context);
  }

  private SelectQuery query(
      SelectClause select,
      List<FromItem> from,
      Where_clauseContext where,
      Groupby_clauseContext groupBy,
      Having_clauseContext having,
      Orderby_clauseContext orderBy,
      Limit_offsetContext limits,
      ParserRuleContext context) {
    List<Expression> groups = new ArrayList<>();
    if (groupBy != null) {
      groupBy.groupby_item().forEach(item -> groups.add(expressions.expression(item.scalar_expression())));
    }
    Condition havingCondition = having == null ? null : expressions.condition(having.conditional_expression());
    Expression[] limitOffset = limits(limits);
    return new SelectQuery(select, from, where(where), groups, havingCondition, orderItems(orderBy), limitOffset[0],
        limitOffset[1], Positions.of(context));
  }

  /** LIMIT (or FETCH FIRST) and OFFSET, each null when not written. */
  private Expression[] limits(Limit_offsetContext limits) {
    Expression limit = null;
    Expression offset = null;
    if (limits != null) {
      if (limits.limit_clause() != null) {
        limit = limitValue(limits.limit_clause().limit_value());
      } else if (limits.fetch_clause() != null) {
        var fetch = limits.fetch_clause();
        limit = fetch.limit_value() != null
            ? limitValue(fetch.limit_value())
            : new NumericLiteral(1, Positions.of(fetch));
      }
      if (limits.offset_clause() != null) {
        offset = limitValue(limits.offset_clause().limit_value());
      }
    }
    return new Expression[] {limit, offset};
  }

  private Expression limitValue(Limit_valueContext context) {
    if (context.input_parameter() != null) {
      return expressions.parameter(context.input_parameter());
    }
    return expressions.number(context.INTEGER_LITERAL());
  }

  private SelectClause selectClause(Select_clauseContext context) {
    List<SelectItem> items = new ArrayList<>();
    for (Select_itemContext item : context.select_item()) {
      Identifier alias = null;
      if (item.result_variable() != null) {
        alias = identifier(item.result_variable());
      } else if (item.identifier() != null) {
        alias = identifier(item.identifier());
      }
      items.add(new SelectItem(selectExpression(item.select_expression()), alias, Positions.of(item)));
    }
    return new SelectClause(context.DISTINCT() != null, items, Positions.of(context));
  }

  private Expression selectExpression(JpqlParser.Select_expressionContext context) {
    if (context.constructor_expression() != null) {
      var constructor = context.constructor_expression();
      List<Expression> arguments = new ArrayList<>();
      constructor.constructor_item().forEach(item -> arguments.add(expressions.expression(item.scalar_expression())));
      return new ConstructorExpression(identifier(constructor.constructor_name()), arguments, Positions.of(constructor));
    }
    if (context.OBJECT() != null) {
      return variable(context.identification_variable());
    }
    return expressions.expression(context.scalar_expression());
  }

  private List<OrderItem> orderItems(Orderby_clauseContext context) {
    List<OrderItem> items = new ArrayList<>();
    if (context != null) {
      for (Orderby_itemContext item : context.orderby_item()) {
        Nulls nulls = item.NULLS() == null ? Nulls.NONE : item.FIRST() != null ? Nulls.FIRST : Nulls.LAST;
        Expression expression = expressions.expression(item.orderby_expression().scalar_expression());
        items.add(new OrderItem(expression, item.DESC() == null, nulls, Positions.of(item)));
      }
    }
    return items;
  }

  private Condition where(Where_clauseContext context) {
    return context == null ? null : expressions.condition(context.conditional_expression());
  }

  // ------------------------------------------------------------------------------------------ FROM

  /** The declarations of a FROM clause or a subquery's FROM clause, in order. */
  private List<FromItem> fromItems(ParserRuleContext clause) {
    List<FromItem> items = new ArrayList<>();
    for (ParseTree child : clause.children) {
      if (child instanceof Identification_variable_declarationContext declaration) {
        items.add(range(declaration));
      } else if (child instanceof JpqlParser.Subselect_identification_variable_declarationContext declaration) {
        if (declaration.identification_variable_declaration() != null) {
          items.add(range(declaration.identification_variable_declaration()));
        } else if (declaration.collection_member_declaration() != null) {
          items.add(member(declaration.collection_member_declaration()));
        } else {
          items.add(derivedMember(declaration.derived_collection_member_declaration()));
        }
      } else if (child instanceof Collection_member_declarationContext member) {
        items.add(member(member));
      }
    }
    return items;
  }

  private FromItem member(Collection_member_declarationContext member) {
    return new CollectionMemberDeclaration(
        expressions.path(member.path_expression()), alias(member.identification_variable()), Positions.of(member));
  }

  private FromItem derivedMember(Derived_collection_member_declarationContext member) {
    return new CollectionMemberDeclaration(
        expressions.path(member.path_expression()), alias(member.identification_variable()), Positions.of(member));
  }

  private RangeDeclaration range(Identification_variable_declarationContext context) {
    Range_variable_declarationContext range = context.range_variable_declaration();
    List<Join> joins = new ArrayList<>();
    for (ParseTree child : context.children) {
      if (child instanceof JoinContext join) {
        joins.add(join(join));
      } else if (child instanceof Fetch_joinContext fetch) {
        joins.add(new PathJoin(joinType(fetch.join_spec()), true, joinPath(fetch.join_association_path_expression()),
            alias(fetch.identification_variable()), null, Positions.of(fetch)));
      }
    }
    return new RangeDeclaration(
        identifier(range.entity_name()), alias(range.identification_variable()), joins, Positions.of(context));
  }

  private Join join(JoinContext context) {
    if (context.path_join() != null) {
      var join = context.path_join();
      return new PathJoin(joinType(join.join_spec()), false, joinPath(join.join_association_path_expression()),
          alias(join.identification_variable()), on(join.join_condition()), Positions.of(join));
    }
    var join = context.range_join();
    return new EntityJoin(joinType(join.join_spec()), identifier(join.entity_name_word()),
        alias(join.identification_variable()), on(join.join_condition()), Positions.of(join));
  }

  private static JoinType joinType(Join_specContext context) {
    return context.LEFT() != null ? JoinType.LEFT : JoinType.INNER;
  }

  private Condition on(Join_conditionContext context) {
    return context == null ? null : expressions.condition(context.conditional_expression());
  }

  private static Path joinPath(Join_association_path_expressionContext context) {
    Path path = joinPath(context.join_path_expression());
    if (context.TREAT() == null) {
      return path;
    }
    var position = Positions.of(context);
    return new Path(new TreatedPath(path, identifier(context.entity_name()), position), List.of(), position);
  }

  private static Path joinPath(Join_path_expressionContext context) {
    List<Identifier> attributes = new ArrayList<>();
    context.word().forEach(word -> attributes.add(identifier(word)));
    return new Path(identifier(context.identification_variable()), attributes, Positions.of(context));
  }

  private static Path variable(Identification_variableContext context) {
    Identifier name = identifier(context);
    return new Path(name, List.of(), name.position());
  }

  private static Identifier alias(Identification_variableContext context) {
    return context == null ? null : identifier(context);
  }

  // ------------------------------------------------------------------------------- UPDATE, DELETE

  private Statement update(Update_statementContext context) {
    var clause = context.update_clause();
    List<UpdateItem> items = new ArrayList<>();
    for (var item : clause.update_item()) {
      items.add(new UpdateItem(expressions.path(item.path_expression()),
          expressions.expression(item.new_value().scalar_expression()), Positions.of(item)));
    }
    return new UpdateStatement(clause.VERSIONED() != null, identifier(clause.entity_name()),
        alias(clause.identification_variable()), items, where(context.where_clause()), Positions.of(context));
  }

  private Statement delete(Delete_statementContext context) {
    var clause = context.delete_clause();
    return new DeleteStatement(identifier(clause.entity_name()), alias(clause.identification_variable()),
        where(context.where_clause()), Positions.of(context));
  }
}
