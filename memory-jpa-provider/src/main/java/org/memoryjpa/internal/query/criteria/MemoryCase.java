package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaBuilder.Case;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.GeneralCaseExpression;
import org.memoryjpa.internal.query.parse.syntax.WhenClause;

/**
 * {@code CASE WHEN condition THEN result ... [ELSE result] END} ({@code cb.selectCase()}). Mutable
 * through {@link #when} and {@link #otherwise}; its Java type is that of its first result.
 *
 * @param <R> the result type
 */
final class MemoryCase<R> extends MemoryExpression<R> implements Case<R> {

  private final List<MemoryExpression<Boolean>> conditions = new ArrayList<>();
  private final List<MemoryExpression<? extends R>> results = new ArrayList<>();
  private MemoryExpression<? extends R> otherwise;

  MemoryCase(MemoryCriteriaBuilder builder) {
    super(builder, null);
  }

  @Override
  public Case<R> when(Expression<Boolean> condition, R result) {
    return when(condition, builder.value(result));
  }

  @Override
  public Case<R> when(Expression<Boolean> condition, Expression<? extends R> result) {
    conditions.add(builder.requireBoolean(condition));
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
    List<Selection<?>> operands = new ArrayList<>(conditions);
    operands.addAll(results);
    if (otherwise != null) {
      operands.add(otherwise);
    }
    return operands;
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("The selectCase() expression has no when(condition, result); add one");
    }
    List<WhenClause> whens = new ArrayList<>(conditions.size());
    for (int i = 0; i < conditions.size(); i++) {
      whens.add(new WhenClause(
          conditions.get(i).toCondition(translator), results.get(i).toSyntax(translator), Translator.NOWHERE));
    }
    return new GeneralCaseExpression(
        whens, otherwise == null ? null : otherwise.toSyntax(translator), Translator.NOWHERE);
  }
}
