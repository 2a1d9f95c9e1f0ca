package org.memoryjpa.internal.query.parse.syntax;

/**
 * A conditional expression, as in WHERE, HAVING, ON and WHEN. The simple conditions carry the BNF's
 * names ({@code comparison_expression} is {@link ComparisonExpression}, ...). Walk it with a {@link
 * ConditionVisitor}.
 */
public sealed interface Condition extends SyntaxNode
    permits Conjunction,
        Disjunction,
        Negation,
        ComparisonExpression,
        BetweenExpression,
        InExpression,
        LikeExpression,
        NullComparisonExpression,
        EmptyCollectionComparisonExpression,
        CollectionMemberExpression,
        ExistsExpression,
        BooleanCondition {

  /** Calls the visitor's method for this kind of condition. */
  <R> R accept(ConditionVisitor<R> visitor);
}
