package org.memoryjpa.internal.graph;

/**
 * Where a graph or subgraph sits, for error messages and mutability: the name of the root entity
 * graph (null while unnamed), the attribute path from the root ({@code ""} at the root and in
 * subgraphs for its subtypes), and whether the whole tree may change. Immutable.
 *
 * @param graphName the root graph's name, or null
 * @param path the dotted attribute path from the root, e.g. {@code purchases.lines}
 * @param mutable whether the tree may change
 */
record GraphPlace(String graphName, String path, boolean mutable) {

  /** The place of a new root graph. */
  static GraphPlace root(String graphName, boolean mutable) {
    return new GraphPlace(graphName, "", mutable);
  }

  /** The place of the subgraph reached through {@code step} from here. */
  GraphPlace child(String step) {
    return new GraphPlace(graphName, path.isEmpty() ? step : path + "." + step, mutable);
  }

  /** The same path in a copied tree with {@code root}'s name and mutability. */
  GraphPlace rooted(GraphPlace place) {
    return new GraphPlace(graphName, place.path, mutable);
  }

  /**
   * The message fragment after a type, e.g. {@code " at 'purchases' in entity graph
   * 'Customer.all'"}.
   */
  String describe() {
    String at = path.isEmpty() ? "" : " at '" + path + "'";
    return at
        + (graphName == null ? " in an entity graph" : " in entity graph '" + graphName + "'");
  }
}
