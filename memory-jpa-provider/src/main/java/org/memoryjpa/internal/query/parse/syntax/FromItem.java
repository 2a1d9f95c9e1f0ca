package org.memoryjpa.internal.query.parse.syntax;

/**
 * One comma-separated declaration of a FROM clause: an entity with its joins, or {@code IN
 * (collection) variable}.
 */
public sealed interface FromItem extends SyntaxNode
    permits RangeDeclaration, CollectionMemberDeclaration {

  /** The identification variable declared, or null where none was written. */
  Identifier alias();
}
