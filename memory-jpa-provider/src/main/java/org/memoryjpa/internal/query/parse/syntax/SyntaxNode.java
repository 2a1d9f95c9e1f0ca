package org.memoryjpa.internal.query.parse.syntax;

/** A node of the JPQL syntax tree. Every node is immutable and knows where it was written. */
public interface SyntaxNode {

  /** Where the node starts in the query text, and its length. */
  Position position();
}
