package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.BooleanLiteral;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.GeneralCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.WhenClause;

/**
 * The base of every predicate: it translates to a JPQL condition. A simple predicate reports the
 * operator AND and no expressions, as the Javadoc says. Immutable, except {@link MemoryIn}.
 */
abstract class MemoryPredicate extends MemoryExpression<Boolean> implements Predicate {

  MemoryPredicate(MemoryCriteriaBuilder builder) {
    super(builder, Boolean.class);
  }

  @Override
  abstract Condition toCondition(Translator translator);

  /**
   * A predicate where a value is expected (a select item, an operand): JPQL has no boolean
   * expressions, so {@code CASE WHEN p THEN TRUE WHEN NOT (p) THEN FALSE END}, which is null where the
   * predicate is unknown, as the database's boolean expression would be.
   */
  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    Condition condition = toCondition(translator);
    return new GeneralCaseExpression(
        List.of(
            new WhenClause(condition, new BooleanLiteral(true, Translator.NOWHERE), Translator.NOWHERE),
            new WhenClause(
                translator.not(condition), new BooleanLiteral(false, Translator.NOWHERE), Translator.NOWHERE)),
        null,
        Translator.NOWHERE);
  }

  @Override
  public BooleanOperator getOperator() {
    return BooleanOperator.AND;
  }

  @Override
  public boolean isNegated() {
    return false;
  }

  @Override
  public List<Expression<Boolean>> getExpressions() {
    return List.of();
  }

  @Override
  public Predicate not() {
    return new MemoryNegation(builder, this);
  }
}
