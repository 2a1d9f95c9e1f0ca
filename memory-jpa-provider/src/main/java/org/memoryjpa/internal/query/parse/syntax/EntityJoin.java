package org.memoryjpa.internal.query.parse.syntax;

import jakarta.persistence.criteria.JoinType;

/**
 * A join to an entity by name ({@code JOIN Address a ON a.owner = c}, the BNF's range_join). A
 * one-word name could also be an attribute of the implicit {@code this} (3.2); the binder decides.
 * Immutable.
 *
 * @param type INNER or LEFT
 * @param entity the entity name as written
 * @param alias the identification variable
 * @param on the ON condition, or null
 * @param position where the join starts
 */
public record EntityJoin(
    JoinType type, Identifier entity, Identifier alias, Condition on, Position position)
    implements Join {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
