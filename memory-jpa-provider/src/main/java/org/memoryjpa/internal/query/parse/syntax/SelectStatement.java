package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * A select statement: one {@link SelectQuery}, or a {@link SetOperation} combining several. ORDER BY
 * and LIMIT/OFFSET written after the last query of a set operation (not in parentheses) belong to the
 * whole set operation, as in SQL.
 */
public sealed interface SelectStatement extends Statement permits SelectQuery, SetOperation {

  /** The ORDER BY items, empty when there is no ORDER BY clause. */
  List<OrderItem> orderBy();

  /** The maximum number of rows (LIMIT or FETCH FIRST), or null. */
  Expression limit();

  /** The number of rows to skip (OFFSET), or null. */
  Expression offset();
}
