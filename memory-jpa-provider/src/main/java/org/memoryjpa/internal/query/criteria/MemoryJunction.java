package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.ComparisonExpression;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.Conjunction;
import org.memoryjpa.internal.query.parse.syntax.Disjunction;
import org.memoryjpa.internal.query.parse.syntax.NumericLiteral;

/**
 * A conjunction or disjunction of boolean expressions. With no operand it is {@code 1 = 1} (AND) or
 * {@code 1 <> 1} (OR), as Hibernate writes {@code conjunction()} and {@code disjunction()}; with one,
 * the operand itself. Immutable.
 */
final class MemoryJunction extends MemoryPredicate {

  private final BooleanOperator operator;
  private final List<MemoryExpression<Boolean>> operands;

  MemoryJunction(MemoryCriteriaBuilder builder, BooleanOperator operator, List<MemoryExpression<Boolean>> operands) {
    super(builder);
    this.operator = operator;
    this.operands = List.copyOf(operands);
  }

  @Override
  public BooleanOperator getOperator() {
    return operator;
  }

  @Override
  public List<Expression<Boolean>> getExpressions() {
    return new ArrayList<>(operands);
  }

  @Override
  List<MemoryExpression<Boolean>> operands() {
    return operands;
  }

  @Override
  Condition toCondition(Translator translator) {
    if (operands.isEmpty()) {
      return constant(operator == BooleanOperator.AND);
    }
    if (operands.size() == 1) {
      return operands.get(0).toCondition(translator);
    }
    List<Condition> conditions = new ArrayList<>(operands.size());
    for (MemoryExpression<Boolean> operand : operands) {
      conditions.add(operand.toCondition(translator));
    }
    return operator == BooleanOperator.AND
        ? new Conjunction(conditions, Translator.NOWHERE)
        : new Disjunction(conditions, Translator.NOWHERE);
  }

  /** {@code 1 = 1} or {@code 1 <> 1}. */
  static Condition constant(boolean value) {
    NumericLiteral one = new NumericLiteral(1, Translator.NOWHERE);
    ComparisonExpression.Operator operator =
        value ? ComparisonExpression.Operator.EQUAL : ComparisonExpression.Operator.NOT_EQUAL;
    return new ComparisonExpression(operator, one, one, Translator.NOWHERE);
  }
}
