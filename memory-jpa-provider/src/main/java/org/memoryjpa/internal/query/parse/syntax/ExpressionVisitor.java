package org.memoryjpa.internal.query.parse.syntax;

/**
 * One method per kind of {@link Expression}; {@link Expression#accept} calls the right one.
 *
 * @param <R> what each method returns
 */
public interface ExpressionVisitor<R> {

  R visitPath(Path path);

  R visitStringLiteral(StringLiteral literal);

  R visitNumericLiteral(NumericLiteral literal);

  R visitBooleanLiteral(BooleanLiteral literal);

  R visitNullLiteral(NullLiteral literal);

  R visitTemporalLiteral(TemporalLiteral literal);

  R visitNamedParameter(NamedParameter parameter);

  R visitPositionalParameter(PositionalParameter parameter);

  R visitUnaryExpression(UnaryExpression expression);

  R visitBinaryExpression(BinaryExpression expression);

  R visitFunctionCall(FunctionCall call);

  R visitFunctionInvocation(FunctionInvocation invocation);

  R visitAggregateExpression(AggregateExpression expression);

  R visitTrimExpression(TrimExpression expression);

  R visitExtractExpression(ExtractExpression expression);

  R visitCastExpression(CastExpression expression);

  R visitCurrentDateTime(CurrentDateTime expression);

  R visitGeneralCaseExpression(GeneralCaseExpression expression);

  R visitSimpleCaseExpression(SimpleCaseExpression expression);

  R visitSubquery(Subquery subquery);

  R visitAllOrAnyExpression(AllOrAnyExpression expression);

  R visitConstructorExpression(ConstructorExpression expression);
}
