package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * Two select statements combined by UNION, INTERSECT or EXCEPT, with or without ALL (3.2). A chain is
 * left-associative and INTERSECT binds more tightly than UNION and EXCEPT, so {@code a UNION b
 * INTERSECT c} has {@code b INTERSECT c} as its right operand. Immutable.
 *
 * @param operator the set operator
 * @param all whether ALL was written (keep duplicates)
 * @param left the left operand
 * @param right the right operand
 * @param orderBy the ORDER BY items of the whole operation, empty when there is none
 * @param limit the maximum number of rows of the whole operation, or null
 * @param offset the rows to skip of the whole operation, or null
 * @param position where the left operand starts
 */
public record SetOperation(
    Operator operator,
    boolean all,
    SelectStatement left,
    SelectStatement right,
    List<OrderItem> orderBy,
    Expression limit,
    Expression offset,
    Position position)
    implements SelectStatement {

  /** The set operators of JPQL 3.2. */
  public enum Operator {
    UNION,
    INTERSECT,
    EXCEPT
  }

  public SetOperation {
    orderBy = List.copyOf(orderBy);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
