package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.Condition;

/**
 * The negation of a predicate ({@code p.not()}, {@code cb.not(p)}): the operand's operator and
 * expressions, negated. JPQL's own negated forms ({@code NOT IN}, {@code IS NOT NULL}, ...) are used
 * where the operand has one. Immutable.
 */
final class MemoryNegation extends MemoryPredicate {

  private final MemoryPredicate operand;

  MemoryNegation(MemoryCriteriaBuilder builder, MemoryPredicate operand) {
    super(builder);
    this.operand = operand;
  }

  @Override
  public boolean isNegated() {
    return true;
  }

  @Override
  public BooleanOperator getOperator() {
    return operand.getOperator();
  }

  @Override
  public List<Expression<Boolean>> getExpressions() {
    return operand.getExpressions();
  }

  /** The predicate negated: NOT NOT p is p. */
  @Override
  public Predicate not() {
    return operand;
  }

  @Override
  List<MemoryPredicate> operands() {
    return List.of(operand);
  }

  @Override
  Condition toCondition(Translator translator) {
    return translator.not(operand.toCondition(translator));
  }
}
