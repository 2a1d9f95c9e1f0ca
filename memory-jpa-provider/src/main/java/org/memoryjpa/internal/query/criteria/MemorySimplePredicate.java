package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Selection;
import java.util.List;
import java.util.function.Function;
import org.memoryjpa.internal.query.parse.syntax.Condition;

/**
 * A predicate that is one JPQL condition over its operands: a comparison, BETWEEN, LIKE, IS NULL, IS
 * EMPTY, MEMBER OF, EXISTS, a boolean expression. The builder gives each one its condition as a
 * function of the translator. Immutable.
 */
final class MemorySimplePredicate extends MemoryPredicate {

  private final List<? extends Selection<?>> operands;
  private final Function<Translator, Condition> condition;

  MemorySimplePredicate(
      MemoryCriteriaBuilder builder, List<? extends Selection<?>> operands, Function<Translator, Condition> condition) {
    super(builder);
    this.operands = List.copyOf(operands);
    this.condition = condition;
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
