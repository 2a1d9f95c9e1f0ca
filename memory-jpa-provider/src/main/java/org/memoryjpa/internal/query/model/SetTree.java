package org.memoryjpa.internal.query.model;

import jakarta.persistence.criteria.Nulls;
import java.util.List;

/**
 * A select statement combining queries with UNION, INTERSECT or EXCEPT [ALL] (JPQL 3.2): leaves are
 * bound queries, inner nodes combine the rows of their operands (compared by their select items'
 * stored values) and may sort and page them, by select item. Immutable.
 */
public sealed interface SetTree {

  /** The set operators. */
  enum Operator {
    UNION,
    INTERSECT,
    EXCEPT
  }

  /** One query of the combination. */
  record Leaf(QuerySpec query) implements SetTree {
    @Override
    public String toString() {
      return query.describe();
    }
  }

  /** Two operands combined, then ordered and paged. */
  record Combine(Operator operator, boolean all, SetTree left, SetTree right, List<Order> orderBy, Expr limit,
      Expr offset) implements SetTree {
    public Combine {
      orderBy = List.copyOf(orderBy);
    }

    @Override
    public String toString() {
      return "(" + left + ") " + operator + (all ? " ALL" : "") + " (" + right + ")";
    }
  }

  /** A sort key of a combination: the 0-based select item it sorts by. */
  record Order(int item, boolean ascending, Nulls nulls) {
    @Override
    public String toString() {
      return "#" + (item + 1) + (ascending ? " ASC" : " DESC") + (nulls == Nulls.NONE ? "" : " NULLS " + nulls);
    }
  }

  /** The leaves, left to right. */
  default List<QuerySpec> leaves() {
    if (this instanceof Leaf leaf) {
      return List.of(leaf.query());
    }
    Combine combine = (Combine) this;
    List<QuerySpec> all = new java.util.ArrayList<>(combine.left().leaves());
    all.addAll(combine.right().leaves());
    return all;
  }
}
