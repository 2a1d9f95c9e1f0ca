package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaBuilder.SimpleCase;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.SimpleCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.SimpleWhenClause;

/**
 * {@code CASE operand WHEN value THEN result ... [ELSE result] END} ({@code cb.selectCase(operand)}).
 * Mutable through {@link #when} and {@link #otherwise}; its Java type is that of its first result.
 *
 * @param <C> the operand type
 * @param <R> the result type
 */
final class MemorySimpleCase<C, R> extends MemoryExpression<R> implements SimpleCase<C, R> {

  private final MemoryExpression<? extends C> operand;
  private final List<MemoryExpression<? extends C>> values = new ArrayList<>();
  private final List<MemoryExpression<? extends R>> results = new ArrayList<>();
  private MemoryExpression<? extends R> otherwise;

  MemorySimpleCase(MemoryCriteriaBuilder builder, MemoryExpression<? extends C> operand) {
    super(builder, null);
    this.operand = operand;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Expression<C> getExpression() {
    return (Expression<C>) operand;
  }

  @Override
  public SimpleCase<C, R> when(C condition, R result) {
    return when(builder.value(condition), builder.value(result));
  }

  @Override
  public SimpleCase<C, R> when(C condition, Expression<? extends R> result) {
    return when(builder.value(condition), result);
  }

  @Override
  public SimpleCase<C, R> when(Expression<? extends C> condition, R result) {
    return when(condition, builder.value(result));
  }

  @Override
  public SimpleCase<C, R> when(Expression<? extends C> condition, Expression<? extends R> result) {
    values.add(builder.require(condition));
    results.add(builder.require(result));
    return this;
  }

  @Override
  public Expression<R> otherwise(R result) {
    return otherwise(builder.value(result));
  }

  @Override
  public Expression<R> otherwise(Expression<? extends R> result) {
    otherwise = builder.require(result);
    return this;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Class<? extends R> getJavaType() {
    return results.isEmpty() ? (Class<? extends R>) Object.class : (Class<? extends R>) results.get(0).getJavaType();
  }

  @Override
  List<? extends Selection<?>> operands() {
    List<Selection<?>> operands = new ArrayList<>();
    operands.add(operand);
    operands.addAll(values);
    operands.addAll(results);
    if (otherwise != null) {
      operands.add(otherwise);
    }
    return operands;
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "The selectCase(" + Descriptions.of(operand) + ") expression has no when(value, result); add one");
    }
    List<SimpleWhenClause> whens = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      whens.add(new SimpleWhenClause(
          values.get(i).toSyntax(translator), results.get(i).toSyntax(translator), Translator.NOWHERE));
    }
    return new SimpleCaseExpression(
        operand.toSyntax(translator), whens, otherwise == null ? null : otherwise.toSyntax(translator),
        Translator.NOWHERE);
  }
}
