package org.memoryjpa.internal.query.parse.syntax;

/**
 * A bulk delete. Immutable.
 *
 * @param entity the entity name as written
 * @param alias the identification variable, or null
 * @param where the WHERE condition, or null
 * @param position where the statement starts
 */
public record DeleteStatement(Identifier entity, Identifier alias, Condition where, Position position)
    implements Statement {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
