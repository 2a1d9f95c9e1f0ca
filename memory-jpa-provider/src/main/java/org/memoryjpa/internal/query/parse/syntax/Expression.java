package org.memoryjpa.internal.query.parse.syntax;

/**
 * A scalar expression of any type: the BNF's arithmetic, string, datetime, boolean, enum and entity
 * expressions share one syntax, and which one an expression is depends on the metamodel. Walk it with
 * an {@link ExpressionVisitor}: the compiler then lists every kind a walker must handle.
 */
public sealed interface Expression extends SyntaxNode
    permits Path,
        Literal,
        Parameter,
        UnaryExpression,
        BinaryExpression,
        FunctionCall,
        FunctionInvocation,
        AggregateExpression,
        TrimExpression,
        ExtractExpression,
        CastExpression,
        CurrentDateTime,
        GeneralCaseExpression,
        SimpleCaseExpression,
        Subquery,
        AllOrAnyExpression,
        ConstructorExpression {

  /** Calls the visitor's method for this kind of expression. */
  <R> R accept(ExpressionVisitor<R> visitor);
}
