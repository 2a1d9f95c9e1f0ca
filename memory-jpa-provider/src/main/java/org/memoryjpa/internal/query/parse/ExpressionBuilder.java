package org.memoryjpa.internal.query.parse;

import jakarta.persistence.criteria.CriteriaBuilder.Trimspec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.memoryjpa.internal.diagnostics.JpqlErrors;
import org.memoryjpa.internal.query.parse.JpqlParser.Aggregate_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Arithmetic_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Arithmetic_factorContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Arithmetic_primaryContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Arithmetic_termContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Case_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Collection_member_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Comparison_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Conditional_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Conditional_factorContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Conditional_primaryContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Conditional_termContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Date_time_timestamp_literalContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Function_argContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Function_invocationContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Functions_returning_datetimeContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Functions_returning_stringsContext;
import org.memoryjpa.internal.query.parse.JpqlParser.General_case_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Identification_variableContext;
import org.memoryjpa.internal.query.parse.JpqlParser.In_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Input_parameterContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Like_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.LiteralContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Path_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Path_startContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Scalar_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Simple_case_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Simple_cond_expressionContext;
import org.memoryjpa.internal.query.parse.JpqlParser.Simple_when_clauseContext;
import org.memoryjpa.internal.query.parse.JpqlParser.SubqueryContext;
import org.memoryjpa.internal.query.parse.JpqlParser.When_clauseContext;
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
import org.memoryjpa.internal.query.parse.syntax.Conjunction;
import org.memoryjpa.internal.query.parse.syntax.CurrentDateTime;
import org.memoryjpa.internal.query.parse.syntax.Disjunction;
import org.memoryjpa.internal.query.parse.syntax.EmptyCollectionComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.ExistsExpression;
import org.memoryjpa.internal.query.parse.syntax.Expression;
import org.memoryjpa.internal.query.parse.syntax.ExtractExpression;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;
import org.memoryjpa.internal.query.parse.syntax.FunctionInvocation;
import org.memoryjpa.internal.query.parse.syntax.GeneralCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.Identifier;
import org.memoryjpa.internal.query.parse.syntax.InExpression;
import org.memoryjpa.internal.query.parse.syntax.LikeExpression;
import org.memoryjpa.internal.query.parse.syntax.NamedParameter;
import org.memoryjpa.internal.query.parse.syntax.Negation;
import org.memoryjpa.internal.query.parse.syntax.NullComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.NullLiteral;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;
import org.memoryjpa.internal.query.parse.syntax.Parameter;
import org.memoryjpa.internal.query.parse.syntax.Path;
import org.memoryjpa.internal.query.parse.syntax.PathRoot;
import org.memoryjpa.internal.query.parse.syntax.Position;
import org.memoryjpa.internal.query.parse.syntax.PositionalParameter;
import org.memoryjpa.internal.query.parse.syntax.QualifiedIdentificationVariable;
import org.memoryjpa.internal.query.parse.syntax.SimpleCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.SimpleWhenClause;
import org.memoryjpa.internal.query.parse.syntax.StringLiteral;
import org.memoryjpa.internal.query.parse.syntax.Subquery;
import org.memoryjpa.internal.query.parse.syntax.TemporalLiteral;
import org.memoryjpa.internal.query.parse.syntax.TreatedPath;
import org.memoryjpa.internal.query.parse.syntax.TrimExpression;
import org.memoryjpa.internal.query.parse.syntax.UnaryExpression;
import org.memoryjpa.internal.query.parse.syntax.WhenClause;

/**
 * Builds the expressions and conditions of the syntax tree from the parse tree. Subqueries go back to
 * the {@link StatementBuilder}. One per query text; not thread-safe.
 */
final class ExpressionBuilder {

  private final String jpql;
  private final StatementBuilder statements;

  ExpressionBuilder(String jpql, StatementBuilder statements) {
    this.jpql = jpql;
    this.statements = statements;
  }

  // ------------------------------------------------------------------------------------ conditions

  Condition condition(Conditional_expressionContext context) {
    List<Conditional_termContext> terms = context.conditional_term();
    if (terms.size() == 1) {
      return term(terms.get(0));
    }
    List<Condition> operands = new ArrayList<>();
    terms.forEach(term -> operands.add(term(term)));
    return new Disjunction(operands, Positions.of(context));
  }

  private Condition term(Conditional_termContext context) {
    List<Conditional_factorContext> factors = context.conditional_factor();
    if (factors.size() == 1) {
      return factor(factors.get(0));
    }
    List<Condition> operands = new ArrayList<>();
    factors.forEach(factor -> operands.add(factor(factor)));
    return new Conjunction(operands, Positions.of(context));
  }

  private Condition factor(Conditional_factorContext context) {
    if (context.NOT() != null) {
      return new Negation(factor(context.conditional_factor()), Positions.of(context));
    }
    Conditional_primaryContext primary = context.conditional_primary();
    if (primary.conditional_expression() != null) {
      return condition(primary.conditional_expression());
    }
    return simpleCondition(primary.simple_cond_expression());
  }

  private Condition simpleCondition(Simple_cond_expressionContext context) {
    var position = Positions.of(context);
    if (context.exists_expression() != null) {
      return new ExistsExpression(subquery(context.exists_expression().subquery()), position);
    }
    Expression left = expression(context.scalar_expression());
    if (context.comparison_expression() != null) {
      return comparison(left, context.comparison_expression(), context);
    }
    if (context.between_expression() != null) {
      var between = context.between_expression();
      return new BetweenExpression(
          left,
          between.NOT() != null,
          expression(between.scalar_expression(0)),
          expression(between.scalar_expression(1)),
          position);
    }
    if (context.in_expression() != null) {
      return in(left, context.in_expression(), context);
    }
    if (context.like_expression() != null) {
      return like(left, context.like_expression(), context);
    }
    if (context.null_comparison_expression() != null) {
      return new NullComparisonExpression(left, context.null_comparison_expression().NOT() != null, position);
    }
    if (context.empty_collection_comparison_expression() != null) {
      boolean negated = context.empty_collection_comparison_expression().NOT() != null;
      return new EmptyCollectionComparisonExpression(left, negated, position);
    }
    if (context.collection_member_expression() != null) {
      Collection_member_expressionContext member = context.collection_member_expression();
      return new CollectionMemberExpression(left, member.NOT() != null, path(member.path_expression()), position);
    }
    return new BooleanCondition(left, position);
  }

  private Condition comparison(Expression left, Comparison_expressionContext context, ParserRuleContext whole) {
    ComparisonExpression.Operator operator = comparisonOperator(context.comparison_operator().getStart());
    Expression right;
    if (context.all_or_any_expression() != null) {
      var quantified = context.all_or_any_expression();
      AllOrAnyExpression.Quantifier quantifier =
          AllOrAnyExpression.Quantifier.valueOf(quantified.getStart().getText().toUpperCase(Locale.ROOT));
      right = new AllOrAnyExpression(quantifier, subquery(quantified.subquery()), Positions.of(quantified));
    } else {
      right = expression(context.scalar_expression());
    }
    return new ComparisonExpression(operator, left, right, Positions.of(whole));
  }

  private static ComparisonExpression.Operator comparisonOperator(Token token) {
    switch (token.getType()) {
      case JpqlParser.EQUAL:
        return ComparisonExpression.Operator.EQUAL;
      case JpqlParser.NOT_EQUAL:
        return ComparisonExpression.Operator.NOT_EQUAL;
      case JpqlParser.LESS:
        return ComparisonExpression.Operator.LESS_THAN;
      case JpqlParser.LESS_EQUAL:
        return ComparisonExpression.Operator.LESS_THAN_OR_EQUAL;
      case JpqlParser.GREATER:
        return ComparisonExpression.Operator.GREATER_THAN;
      default:
        return ComparisonExpression.Operator.GREATER_THAN_OR_EQUAL;
    }
  }

  private Condition in(Expression left, In_expressionContext context, ParserRuleContext whole) {
    List<Expression> items = new ArrayList<>();
    if (context.subquery() != null) {
      items.add(subquery(context.subquery()));
    } else if (context.collection_valued_input_parameter() != null) {
      items.add(parameter(context.collection_valued_input_parameter().input_parameter()));
    } else {
      context.in_item().forEach(item -> items.add(expression(item.scalar_expression())));
    }
    return new InExpression(left, context.NOT() != null, items, Positions.of(whole));
  }

  private Condition like(Expression left, Like_expressionContext context, ParserRuleContext whole) {
    Expression escape = null;
    if (context.escape_character() != null) {
      var character = context.escape_character();
      escape =
          character.STRING_LITERAL() != null
              ? string(character.STRING_LITERAL())
              : parameter(character.input_parameter());
    }
    return new LikeExpression(
        left,
        context.NOT() != null,
        context.ILIKE() != null,
        expression(context.pattern_value().scalar_expression()),
        escape,
        Positions.of(whole));
  }

  // ----------------------------------------------------------------------------------- expressions

  Expression expression(Scalar_expressionContext context) {
    List<Arithmetic_expressionContext> operands = context.arithmetic_expression();
    Expression result = arithmetic(operands.get(0));
    for (int i = 1; i < operands.size(); i++) {
      Expression right = arithmetic(operands.get(i));
      result = new BinaryExpression(BinaryExpression.Operator.CONCAT, result, right, chain(context, operands.get(i)));
    }
    return result;
  }

  private Expression arithmetic(Arithmetic_expressionContext context) {
    Expression result = term(context.arithmetic_term(0));
    for (int i = 1; i < context.getChildCount(); i += 2) {
      Token operator = ((TerminalNode) context.getChild(i)).getSymbol();
      Expression right = term((Arithmetic_termContext) context.getChild(i + 1));
      BinaryExpression.Operator kind =
          operator.getType() == JpqlParser.PLUS ? BinaryExpression.Operator.ADD : BinaryExpression.Operator.SUBTRACT;
      result = new BinaryExpression(kind, result, right, chain(context, (ParserRuleContext) context.getChild(i + 1)));
    }
    return result;
  }

  private Expression term(Arithmetic_termContext context) {
    Expression result = factor(context.arithmetic_factor(0));
    for (int i = 1; i < context.getChildCount(); i += 2) {
      Token operator = ((TerminalNode) context.getChild(i)).getSymbol();
      Expression right = factor((Arithmetic_factorContext) context.getChild(i + 1));
      BinaryExpression.Operator kind =
          operator.getType() == JpqlParser.ASTERISK
              ? BinaryExpression.Operator.MULTIPLY
              : BinaryExpression.Operator.DIVIDE;
      result = new BinaryExpression(kind, result, right, chain(context, (ParserRuleContext) context.getChild(i + 1)));
    }
    return result;
  }

  /** A left-associative operation: from the start of the chain to the end of its right operand. */
  private static Position chain(ParserRuleContext chain, ParserRuleContext rightOperand) {
    return Positions.span(chain.getStart(), rightOperand.getStop());
  }

  private Expression factor(Arithmetic_factorContext context) {
    Arithmetic_primaryContext primary = context.arithmetic_primary();
    if (context.PLUS() == null && context.MINUS() == null) {
      return primary(primary);
    }
    boolean negative = context.MINUS() != null;
    LiteralContext literal = primary.literal();
    if (literal != null && literal.numeric_literal() != null) {
      Token number = literal.numeric_literal().getStart();
      return new NumericLiteral(Literals.number(jpql, number, negative, context.getStart()), Positions.of(context));
    }
    UnaryExpression.Operator operator = negative ? UnaryExpression.Operator.MINUS : UnaryExpression.Operator.PLUS;
    return new UnaryExpression(operator, primary(primary), Positions.of(context));
  }

  private Expression primary(Arithmetic_primaryContext context) {
    if (context.subquery() != null) {
      return subquery(context.subquery());
    }
    if (context.scalar_expression() != null) {
      return expression(context.scalar_expression());
    }
    if (context.literal() != null) {
      return literal(context.literal());
    }
    if (context.input_parameter() != null) {
      return parameter(context.input_parameter());
    }
    if (context.path_expression() != null) {
      return path(context.path_expression());
    }
    if (context.aggregate_expression() != null) {
      return aggregate(context.aggregate_expression());
    }
    if (context.case_expression() != null) {
      return caseExpression(context.case_expression());
    }
    if (context.functions_returning_numerics() != null) {
      return builtIn(context.functions_returning_numerics());
    }
    if (context.functions_returning_strings() != null) {
      return stringFunction(context.functions_returning_strings());
    }
    if (context.functions_returning_datetime() != null) {
      return currentDateTime(context.functions_returning_datetime());
    }
    return otherFunction(context);
  }

  private Expression otherFunction(Arithmetic_primaryContext context) {
    var position = Positions.of(context);
    if (context.extract_datetime_field() != null) {
      var extract = context.extract_datetime_field();
      // the words of DAY OF WEEK kept apart, so the canonical text reads back
      var field = extract.datetime_field();
      String words = String.join(" ", field.children.stream().map(ParseTree::getText).toList());
      return new ExtractExpression(new Identifier(words, Positions.of(field)), expression(extract.scalar_expression()),
          position);
    }
    if (context.cast_function() != null) {
      var cast = context.cast_function();
      return new CastExpression(expression(cast.scalar_expression()), identifier(cast.word()), position);
    }
    if (context.type_discriminator() != null) {
      var type = context.type_discriminator();
      Expression argument =
          type.path_expression() != null ? path(type.path_expression()) : parameter(type.input_parameter());
      return new FunctionCall("TYPE", List.of(argument), position);
    }
    if (context.entity_id_or_version_function() != null) {
      var function = context.entity_id_or_version_function();
      String name = function.ID() != null ? "ID" : "VERSION";
      return new FunctionCall(name, List.of(path(function.path_expression())), position);
    }
    if (context.function_invocation() != null) {
      return functionInvocation(context.function_invocation());
    }
    var generic = context.generic_function_invocation();
    return new FunctionCall(generic.IDENTIFIER().getText(), arguments(generic.function_arg()), position);
  }

  private Expression functionInvocation(Function_invocationContext context) {
    var name = context.function_name();
    String text = name.STRING_LITERAL() != null ? Literals.string(name.STRING_LITERAL().getSymbol()) : name.getText();
    return new FunctionInvocation(text, arguments(context.function_arg()), Positions.of(context));
  }

  private List<Expression> arguments(List<Function_argContext> arguments) {
    List<Expression> result = new ArrayList<>();
    arguments.forEach(argument -> result.add(expression(argument.scalar_expression())));
    return result;
  }

  /** A function of the specification with plain arguments: its name is its first token. */
  private Expression builtIn(ParserRuleContext context) {
    List<Expression> arguments = new ArrayList<>();
    for (ParseTree child : context.children) {
      if (child instanceof Scalar_expressionContext argument) {
        arguments.add(expression(argument));
      } else if (child instanceof Path_expressionContext argument) {
        arguments.add(path(argument));
      } else if (child instanceof Identification_variableContext variable) {
        Identifier name = identifier(variable);
        arguments.add(new Path(name, List.of(), name.position()));
      }
    }
    String name = context.getStart().getText().toUpperCase(Locale.ROOT);
    return new FunctionCall(name, arguments, Positions.of(context));
  }

  private Expression stringFunction(Functions_returning_stringsContext context) {
    if (context.TRIM() == null) {
      return builtIn(context);
    }
    Trimspec specification = null;
    if (context.trim_specification() != null) {
      specification = Trimspec.valueOf(context.trim_specification().getText().toUpperCase(Locale.ROOT));
    }
    Expression character = null;
    if (context.trim_character() != null) {
      var trimCharacter = context.trim_character();
      character =
          trimCharacter.STRING_LITERAL() != null
              ? string(trimCharacter.STRING_LITERAL())
              : parameter(trimCharacter.input_parameter());
    }
    Expression source = expression(context.scalar_expression(0));
    return new TrimExpression(specification, character, source, Positions.of(context));
  }

  private Expression currentDateTime(Functions_returning_datetimeContext context) {
    CurrentDateTime.Kind kind;
    if (context.LOCAL() == null) {
      kind = CurrentDateTime.Kind.valueOf(context.getStart().getText().toUpperCase(Locale.ROOT));
    } else if (context.DATE() != null) {
      kind = CurrentDateTime.Kind.LOCAL_DATE;
    } else if (context.TIME() != null) {
      kind = CurrentDateTime.Kind.LOCAL_TIME;
    } else {
      kind = CurrentDateTime.Kind.LOCAL_DATETIME;
    }
    return new CurrentDateTime(kind, Positions.of(context));
  }

  private Expression aggregate(Aggregate_expressionContext context) {
    AggregateExpression.Function function =
        AggregateExpression.Function.valueOf(context.getStart().getText().toUpperCase(Locale.ROOT));
    Expression argument = context.ASTERISK() != null ? null : expression(context.scalar_expression());
    return new AggregateExpression(function, context.DISTINCT() != null, argument, Positions.of(context));
  }

  private Expression caseExpression(Case_expressionContext context) {
    var position = Positions.of(context);
    if (context.general_case_expression() != null) {
      General_case_expressionContext general = context.general_case_expression();
      List<WhenClause> whens = new ArrayList<>();
      for (When_clauseContext when : general.when_clause()) {
        whens.add(new WhenClause(
            condition(when.conditional_expression()), expression(when.scalar_expression()), Positions.of(when)));
      }
      return new GeneralCaseExpression(whens, optional(general.scalar_expression()), position);
    }
    if (context.simple_case_expression() != null) {
      Simple_case_expressionContext simple = context.simple_case_expression();
      List<SimpleWhenClause> whens = new ArrayList<>();
      for (Simple_when_clauseContext when : simple.simple_when_clause()) {
        whens.add(new SimpleWhenClause(
            expression(when.scalar_expression(0)), expression(when.scalar_expression(1)), Positions.of(when)));
      }
      Expression operand = expression(simple.case_operand().scalar_expression());
      return new SimpleCaseExpression(operand, whens, optional(simple.scalar_expression()), position);
    }
    ParserRuleContext function =
        context.coalesce_expression() != null ? context.coalesce_expression() : context.nullif_expression();
    return builtIn(function);
  }

  private Expression optional(Scalar_expressionContext context) {
    return context == null ? null : expression(context);
  }

  // ----------------------------------------------------------------------------------------- paths

  Path path(Path_expressionContext context) {
    PathRoot root = pathRoot(context.path_start());
    List<Identifier> attributes = new ArrayList<>();
    context.word().forEach(word -> attributes.add(identifier(word)));
    return new Path(root, attributes, Positions.of(context));
  }

  private PathRoot pathRoot(Path_startContext context) {
    if (context.qualified_identification_variable() != null) {
      var qualified = context.qualified_identification_variable();
      var variable = qualified.ENTRY() != null
          ? qualified.identification_variable()
          : qualified.map_field_identification_variable().identification_variable();
      var qualifier = QualifiedIdentificationVariable.Qualifier.valueOf(
          qualified.getStart().getText().toUpperCase(Locale.ROOT));
      return new QualifiedIdentificationVariable(qualifier, identifier(variable), Positions.of(qualified));
    }
    if (context.treated_subpath() != null) {
      var treated = context.treated_subpath();
      return new TreatedPath(path(treated.path_expression()), identifier(treated.entity_name()), Positions.of(treated));
    }
    return identifier(context);
  }

  // -------------------------------------------------------------------------------------- literals

  private Expression literal(LiteralContext context) {
    var position = Positions.of(context);
    if (context.STRING_LITERAL() != null) {
      return string(context.STRING_LITERAL());
    }
    if (context.numeric_literal() != null) {
      return new NumericLiteral(Literals.number(jpql, context.getStart(), false), position);
    }
    if (context.boolean_literal() != null) {
      return new BooleanLiteral(context.boolean_literal().TRUE() != null, position);
    }
    if (context.NULL() != null) {
      return new NullLiteral(position);
    }
    Date_time_timestamp_literalContext temporal = context.date_time_timestamp_literal();
    TemporalLiteral.Kind kind = Literals.temporalKind(jpql, temporal.identifier().getStart());
    Token text = temporal.STRING_LITERAL().getSymbol();
    return new TemporalLiteral(kind, Literals.string(text), Literals.temporal(jpql, kind, text), position);
  }

  /** An unsigned number token, as LIMIT and OFFSET take it. */
  NumericLiteral number(TerminalNode number) {
    Token token = number.getSymbol();
    return new NumericLiteral(Literals.number(jpql, token, false), Positions.of(token));
  }

  private static StringLiteral string(TerminalNode literal) {
    return new StringLiteral(Literals.string(literal.getSymbol()), Positions.of(literal.getSymbol()));
  }

  Parameter parameter(Input_parameterContext context) {
    Token token = context.getStart();
    String name = token.getText().substring(1);
    if (token.getType() == JpqlParser.NAMED_PARAMETER) {
      return new NamedParameter(name, Positions.of(token));
    }
    try {
      int number = Integer.parseInt(name);
      if (number < 1) {
        throw new NumberFormatException(name);
      }
      return new PositionalParameter(number, Positions.of(token));
    } catch (NumberFormatException e) {
      throw JpqlErrors.syntaxError(
          jpql, token.getLine(), token.getCharPositionInLine() + 1,
          "positional parameter '" + token.getText() + "' is out of range; number parameters from ?1");
    }
  }

  // -------------------------------------------------------------------------------------- the rest

  /** A subquery, positioned from its opening to its closing parenthesis. */
  private Subquery subquery(SubqueryContext subquery) {
    ParserRuleContext parent = subquery.getParent();
    int index = parent.children.indexOf(subquery);
    Token open = ((TerminalNode) parent.getChild(index - 1)).getSymbol();
    Token close = ((TerminalNode) parent.getChild(index + 1)).getSymbol();
    return new Subquery(statements.subquery(subquery), Positions.span(open, close));
  }

  static Identifier identifier(ParserRuleContext context) {
    return new Identifier(context.getText(), Positions.of(context));
  }
}
