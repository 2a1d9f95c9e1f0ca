package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * One select query (the BNF's select_query), also the body of a subquery. Immutable.
 *
 * @param select the SELECT clause, or null where HQL leaves it out ({@code from Customer c})
 * @param from the FROM clause's declarations, at least one
 * @param where the WHERE condition, or null
 * @param groupBy the GROUP BY items, empty when there is none
 * @param having the HAVING condition, or null
 * @param orderBy the ORDER BY items, empty when there is none
 * @param limit the maximum number of rows (HQL LIMIT or FETCH FIRST), or null
 * @param offset the rows to skip (HQL OFFSET), or null
 * @param position where the query starts
 */
public record SelectQuery(
    SelectClause select,
    List<FromItem> from,
    Condition where,
    List<Expression> groupBy,
    Condition having,
    List<OrderItem> orderBy,
    Expression limit,
    Expression offset,
    Position position)
    implements SelectStatement {

  public SelectQuery {
    from = List.copyOf(from);
    groupBy = List.copyOf(groupBy);
    orderBy = List.copyOf(orderBy);
  }

  /** This query with another ORDER BY, LIMIT and OFFSET. */
  public SelectQuery withOrder(List<OrderItem> orderBy, Expression limit, Expression offset) {
    return new SelectQuery(select, from, where, groupBy, having, orderBy, limit, offset, position);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
