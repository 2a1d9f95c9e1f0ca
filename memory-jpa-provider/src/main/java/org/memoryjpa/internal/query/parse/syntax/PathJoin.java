package org.memoryjpa.internal.query.parse.syntax;

import jakarta.persistence.criteria.JoinType;

/**
 * A join over an association, element collection or embedded path ({@code JOIN c.orders o}), possibly
 * a fetch join or over a {@code TREAT(... AS Subtype)}. Immutable.
 *
 * @param type INNER or LEFT
 * @param fetch whether FETCH was written
 * @param path the joined path, at least one dot long or a treated path
 * @param alias the identification variable, or null (fetch joins, HQL)
 * @param on the ON condition, or null
 * @param position where the join starts
 */
public record PathJoin(
    JoinType type, boolean fetch, Path path, Identifier alias, Condition on, Position position)
    implements Join {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
