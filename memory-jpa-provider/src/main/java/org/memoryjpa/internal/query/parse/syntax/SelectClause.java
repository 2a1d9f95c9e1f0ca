package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * The SELECT clause. Immutable.
 *
 * @param distinct whether DISTINCT was written
 * @param items the select items, at least one
 * @param position where SELECT was written
 */
public record SelectClause(boolean distinct, List<SelectItem> items, Position position)
    implements SyntaxNode {

  public SelectClause {
    items = List.copyOf(items);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
