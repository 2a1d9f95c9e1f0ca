package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Selection;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.Expression;

/**
 * An expression seen as another Java type ({@link jakarta.persistence.criteria.Expression#as}): the
 * same JPQL, no conversion, as the Javadoc says and Hibernate does. Immutable.
 *
 * @param <X> the type the expression is seen as
 */
final class MemoryWrappedExpression<X> extends MemoryExpression<X> {

  private final MemoryExpression<?> wrapped;

  MemoryWrappedExpression(MemoryExpression<?> wrapped, Class<X> type) {
    super(wrapped.builder, type);
    this.wrapped = wrapped;
  }

  @Override
  Expression toSyntax(Translator translator) {
    return wrapped.toSyntax(translator);
  }

  @Override
  Condition toCondition(Translator translator) {
    return wrapped.toCondition(translator);
  }

  @Override
  List<? extends Selection<?>> operands() {
    return List.of(wrapped);
  }
}
