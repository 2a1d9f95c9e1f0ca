package org.memoryjpa.internal.query.model;

import java.util.List;

/**
 * One variable of a FROM clause with how it is joined: a root (cross-joined with the roots before),
 * an inner or left join with its ON condition, possibly a fetch join, possibly implicit (a path such
 * as {@code o.customer.name} navigating a to-one). Immutable.
 *
 * @param variable the variable declared
 * @param source where its rows come from
 * @param join ROOT, INNER or LEFT
 * @param on the ON condition, or null
 * @param fetch whether FETCH was written: the association is filled from the joined rows
 * @param implicit whether a path created the join, rather than a JOIN clause
 * @param fetchPath for a fetch join, the attribute path from the owner (e.g. {@code orders}), else null
 */
public record Declaration(
    Variable variable, Source source, JoinKind join, Expr on, boolean fetch, boolean implicit,
    String fetchPath) {

  /** How a declaration joins the ones before it. */
  public enum JoinKind {
    ROOT,
    INNER,
    LEFT
  }

  /** The variables of {@code declarations}, in order. */
  public static List<Variable> variables(List<Declaration> declarations) {
    return declarations.stream().map(Declaration::variable).toList();
  }
}
