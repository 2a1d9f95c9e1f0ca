package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Selection;
import java.util.List;
import java.util.function.Function;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.Condition;

/**
 * A predicate that is one JPQL condition over its operands: a comparison, BETWEEN, LIKE, IS NULL, IS
 * EMPTY, MEMBER OF, EXISTS, a boolean expression. The builder gives each one its condition as a
 * function of the translator. Immutable.
 */
final class MemorySimplePredicate extends MemoryPredicate {

  private final List<? extends Selection<?>> operands;
  private final Function<Translator, Condition> condition;
  // what CriteriaShape knows of the condition: the operator of a comparison of the two operands, else null
  private final ComparisonExpression.Operator comparison;

  MemorySimplePredicate(
      MemoryCriteriaBuilder builder, List<? extends Selection<?>> operands, Function<Translator, Condition> condition) {
    this(builder, operands, condition, null);
  }

  MemorySimplePredicate(MemoryCriteriaBuilder builder, List<? extends Selection<?>> operands,
      Function<Translator, Condition> condition, ComparisonExpression.Operator comparison) {
    super(builder);
    this.operands = List.copyOf(operands);
    this.condition = condition;
    this.comparison = comparison;
  }

  /** The operator when the condition is {@code operands[0] op operands[1]}, else null. */
  ComparisonExpression.Operator comparison() {
    return comparison;
  }

  @Override
  Condition toCondition(Translator translator) {
    return condition.apply(translator);
  }

  @Override
  List<? extends Selection<?>> operands() {
    return operands;
  }
}
