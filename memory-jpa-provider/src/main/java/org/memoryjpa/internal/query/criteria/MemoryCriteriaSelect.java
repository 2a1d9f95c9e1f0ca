package org.memoryjpa.internal.query.criteria;

import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.memoryjpa.internal.query.parse.syntax.SetOperation;

/**
 * Two Criteria selects combined by UNION, INTERSECT or EXCEPT, with or without ALL (3.2). The result
 * type and form are those of the leftmost query. Immutable (its operands are not).
 *
 * @param <T> the result type
 */
final class MemoryCriteriaSelect<T> implements CriteriaSelect<T> {

  private final SetOperation.Operator operator;
  private final boolean all;
  private final CriteriaSelect<?> left;
  private final CriteriaSelect<?> right;

  MemoryCriteriaSelect(SetOperation.Operator operator, boolean all, CriteriaSelect<?> left, CriteriaSelect<?> right) {
    this.operator = operator;
    this.all = all;
    this.left = left;
    this.right = right;
  }

  SetOperation.Operator operator() {
    return operator;
  }

  boolean all() {
    return all;
  }

  CriteriaSelect<?> left() {
    return left;
  }

  CriteriaSelect<?> right() {
    return right;
  }

  /** The leftmost query, which gives the result type and form. */
  MemoryCriteriaQuery<?> leftmost() {
    return left instanceof MemoryCriteriaSelect<?> select ? select.leftmost() : (MemoryCriteriaQuery<?>) left;
  }

  /** Every query of the operation, left to right. */
  List<MemoryCriteriaQuery<?>> queries() {
    List<MemoryCriteriaQuery<?>> queries = new ArrayList<>();
    for (CriteriaSelect<?> operand : List.of(left, right)) {
      if (operand instanceof MemoryCriteriaSelect<?> select) {
        queries.addAll(select.queries());
      } else {
        queries.add((MemoryCriteriaQuery<?>) operand);
      }
    }
    return queries;
  }

  /** The parameters of both operands. */
  Set<ParameterExpression<?>> getParameters() {
    Set<ParameterExpression<?>> parameters = new LinkedHashSet<>();
    queries().forEach(query -> parameters.addAll(query.getParameters()));
    return parameters;
  }

  @Override
  public String toString() {
    return Descriptions.of(this);
  }
}
