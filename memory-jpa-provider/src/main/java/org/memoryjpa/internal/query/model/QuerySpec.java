package org.memoryjpa.internal.query.model;

import java.util.List;

/**
 * One bound select query: the body of a statement or of a subquery. Immutable.
 *
 * @param from the variables in join order: roots, explicit joins, then implicit joins
 * @param where the WHERE condition, or null
 * @param select the select items, at least one
 * @param distinct whether SELECT DISTINCT was written
 * @param groupBy the GROUP BY expressions
 * @param having the HAVING condition, or null
 * @param aggregates the aggregates of the select items, HAVING and ORDER BY, each with its frame slot
 * @param orderBy the sort keys
 * @param limit HQL's LIMIT / FETCH FIRST, or null
 * @param offset HQL's OFFSET, or null
 * @param correlated whether the query reads variables of an enclosing query (a subquery only)
 * @param text the query as canonical JPQL, for plans and messages
 */
public record QuerySpec(
    List<Declaration> from,
    Expr where,
    List<Selection> select,
    boolean distinct,
    List<Expr> groupBy,
    Expr having,
    List<Expr.Aggregate> aggregates,
    List<SortKey> orderBy,
    Expr limit,
    Expr offset,
    boolean correlated,
    String text) {

  public QuerySpec {
    from = List.copyOf(from);
    select = List.copyOf(select);
    groupBy = List.copyOf(groupBy);
    aggregates = List.copyOf(aggregates);
    orderBy = List.copyOf(orderBy);
  }

  /** Whether rows are grouped: GROUP BY, or aggregates without it (one group). */
  public boolean aggregated() {
    return !groupBy.isEmpty() || !aggregates.isEmpty();
  }

  /** Whether a fetch join of a collection makes the root rows repeat. */
  public boolean fetchesCollection() {
    for (Declaration declaration : from) {
      if (declaration.fetch() && !(declaration.source() instanceof Source.ForeignKey)) {
        return true;
      }
    }
    return false;
  }

  /** A short description for plans: the canonical JPQL. */
  public String describe() {
    return text;
  }
}
