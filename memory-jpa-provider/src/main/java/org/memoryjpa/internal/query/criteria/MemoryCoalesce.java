package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaBuilder.Coalesce;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.FunctionCall;

/**
 * {@code COALESCE(value, ...)} built value by value ({@code cb.coalesce()}); a single value is just
 * that value. Mutable through {@link #value}; its Java type is that of its first value.
 *
 * @param <T> the result type
 */
final class MemoryCoalesce<T> extends MemoryExpression<T> implements Coalesce<T> {

  private final List<MemoryExpression<? extends T>> values = new ArrayList<>();

  MemoryCoalesce(MemoryCriteriaBuilder builder) {
    super(builder, null);
  }

  @Override
  public Coalesce<T> value(T value) {
    return value(builder.value(value));
  }

  @Override
  public Coalesce<T> value(Expression<? extends T> value) {
    values.add(builder.require(value));
    return this;
  }

  @SuppressWarnings("unchecked")
  @Override
  public Class<? extends T> getJavaType() {
    return values.isEmpty() ? (Class<? extends T>) Object.class : (Class<? extends T>) values.get(0).getJavaType();
  }

  @Override
  List<MemoryExpression<? extends T>> operands() {
    return values;
  }

  @Override
  org.memoryjpa.internal.query.parse.syntax.Expression toSyntax(Translator translator) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("The coalesce() expression has no value; add at least one with value(...)");
    }
    if (values.size() == 1) {
      return values.get(0).toSyntax(translator);
    }
    return new FunctionCall("COALESCE", translator.expressions(values), Translator.NOWHERE);
  }
}
