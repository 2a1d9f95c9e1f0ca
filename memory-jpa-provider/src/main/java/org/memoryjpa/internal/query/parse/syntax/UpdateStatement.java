package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * A bulk update. Immutable.
 *
 * @param versioned whether HQL's {@code UPDATE VERSIONED} asks to increment the version
 * @param entity the entity name as written
 * @param alias the identification variable, or null
 * @param items the SET items, at least one
 * @param where the WHERE condition, or null
 * @param position where the statement starts
 */
public record UpdateStatement(
    boolean versioned,
    Identifier entity,
    Identifier alias,
    List<UpdateItem> items,
    Condition where,
    Position position)
    implements Statement {

  public UpdateStatement {
    items = List.copyOf(items);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
