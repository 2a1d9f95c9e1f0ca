package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.Selection;
import java.util.List;
import java.util.function.Function;
import org.memoryjpa.internal.query.parse.syntax.Expression;

/**
 * An expression computed from operands: arithmetic, string, numeric and temporal functions,
 * aggregates, casts, {@code function(...)}, {@code type()}, {@code index()}. The builder gives each one
 * the JPQL it translates to as a function of the translator. Immutable.
 *
 * @param <T> the result type
 */
final class MemoryFunction<T> extends MemoryExpression<T> {

  private final List<? extends Selection<?>> operands;
  private final Function<Translator, Expression> syntax;

  MemoryFunction(
      MemoryCriteriaBuilder builder,
      Class<? extends T> javaType,
      List<? extends Selection<?>> operands,
      Function<Translator, Expression> syntax) {
    super(builder, javaType);
    this.operands = List.copyOf(operands);
    this.syntax = syntax;
  }

  @Override
  Expression toSyntax(Translator translator) {
    return syntax.apply(translator);
  }

  @Override
  List<? extends Selection<?>> operands() {
    return operands;
  }
}
