package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * An entity named in a FROM clause with its joins (the BNF's identification_variable_declaration).
 * Immutable.
 *
 * @param entity the entity name as written; in a subquery it may be a derived path ({@code o.items})
 * @param alias the identification variable, or null: then the entity is the implicit {@code this}
 * @param joins the joins and fetch joins that follow, in order
 * @param position where the entity name starts
 */
public record RangeDeclaration(
    Identifier entity, Identifier alias, List<Join> joins, Position position) implements FromItem {

  public RangeDeclaration {
    joins = List.copyOf(joins);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
