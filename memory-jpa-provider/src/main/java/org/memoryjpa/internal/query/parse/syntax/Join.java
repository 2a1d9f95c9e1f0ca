package org.memoryjpa.internal.query.parse.syntax;

import jakarta.persistence.criteria.JoinType;

/** A join after an entity of the FROM clause: over a path, or to another entity. */
public sealed interface Join extends SyntaxNode permits PathJoin, EntityJoin {

  /** {@link JoinType#INNER} for {@code [INNER] JOIN}, {@link JoinType#LEFT} for {@code LEFT [OUTER] JOIN}. */
  JoinType type();

  /** The identification variable declared, or null where none was written. */
  Identifier alias();

  /** The ON condition, or null. */
  Condition on();
}
