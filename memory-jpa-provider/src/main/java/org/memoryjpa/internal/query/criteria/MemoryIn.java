package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaBuilder.In;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.query.parse.syntax.Condition;
import org.memoryjpa.internal.query.parse.syntax.InExpression;

/**
 * {@code x IN (...)}: a list of values and expressions that {@link #value} adds to, a subquery, or a
 * collection of values (one parameter). An empty list is false ({@code 1 <> 1}), as in Hibernate's SQL.
 * Mutable through {@link #value}.
 *
 * @param <T> the type of the tested expression
 */
final class MemoryIn<T> extends MemoryPredicate implements In<T> {

  private final MemoryExpression<? extends T> expression;
  private final List<MemoryExpression<?>> values = new ArrayList<>();

  MemoryIn(MemoryCriteriaBuilder builder, MemoryExpression<? extends T> expression) {
    super(builder);
    this.expression = expression;
  }

  void add(MemoryExpression<?> value) {
    values.add(value);
  }

  @SuppressWarnings("unchecked")
  @Override
  public Expression<T> getExpression() {
    return (Expression<T>) expression;
  }

  @Override
  public In<T> value(T value) {
    add(builder.value(value));
    return this;
  }

  @Override
  public In<T> value(Expression<? extends T> value) {
    add(builder.require(value));
    return this;
  }

  @Override
  List<MemoryExpression<?>> operands() {
    List<MemoryExpression<?>> operands = new ArrayList<>(values.size() + 1);
    operands.add(expression);
    operands.addAll(values);
    return operands;
  }

  @Override
  Condition toCondition(Translator translator) {
    boolean empty = values.isEmpty()
        || values.size() == 1 && values.get(0) instanceof MemoryLiteral<?> literal && literal.isCollectionValued()
            && ((java.util.Collection<?>) literal.value()).isEmpty();
    if (empty) {
      return MemoryJunction.constant(false);
    }
    List<org.memoryjpa.internal.query.parse.syntax.Expression> items = new ArrayList<>(values.size());
    for (MemoryExpression<?> value : values) {
      items.add(value.toSyntax(translator));
    }
    return new InExpression(expression.toSyntax(translator), false, items, Translator.NOWHERE);
  }
}
