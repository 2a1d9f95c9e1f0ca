package org.memoryjpa.internal.query.model;

import jakarta.persistence.criteria.Nulls;

/**
 * One ORDER BY item. Immutable.
 *
 * @param expression the sort key
 * @param ascending false for DESC
 * @param nulls NULLS FIRST/LAST as written, or {@link Nulls#NONE} for the configured default
 */
public record SortKey(Expr expression, boolean ascending, Nulls nulls) {

  @Override
  public String toString() {
    return expression + (ascending ? " ASC" : " DESC")
        + (nulls == Nulls.NONE ? "" : " NULLS " + nulls);
  }
}
