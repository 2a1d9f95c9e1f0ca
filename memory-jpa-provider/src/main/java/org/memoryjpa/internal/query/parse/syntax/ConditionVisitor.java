package org.memoryjpa.internal.query.parse.syntax;

/**
 * One method per kind of {@link Condition}; {@link Condition#accept} calls the right one.
 *
 * @param <R> what each method returns
 */
public interface ConditionVisitor<R> {

  R visitConjunction(Conjunction condition);

  R visitDisjunction(Disjunction condition);

  R visitNegation(Negation condition);

  R visitComparisonExpression(ComparisonExpression condition);

  R visitBetweenExpression(BetweenExpression condition);

  R visitInExpression(InExpression condition);

  R visitLikeExpression(LikeExpression condition);

  R visitNullComparisonExpression(NullComparisonExpression condition);

  R visitEmptyCollectionComparisonExpression(EmptyCollectionComparisonExpression condition);

  R visitCollectionMemberExpression(CollectionMemberExpression condition);

  R visitExistsExpression(ExistsExpression condition);

  R visitBooleanCondition(BooleanCondition condition);
}
