package org.memoryjpa.internal.query.plan;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.query.model.QuerySpec;
import org.memoryjpa.internal.query.model.SetTree;

/**
 * The plan of a whole statement: the main query's plan and one per subquery. Compiled once per query
 * string and factory; immutable and thread-safe.
 */
public final class Plan {

  private final QueryModel model;
  private final QueryPlan main;
  private final Map<QuerySpec, QueryPlan> subplans;
  private final Map<QuerySpec, QueryPlan> leaves = new IdentityHashMap<>();

  Plan(QueryModel model, QueryPlan main, Map<QuerySpec, QueryPlan> subplans, List<QueryPlan> otherLeaves) {
    this.model = model;
    this.main = main;
    this.subplans = new java.util.LinkedHashMap<>(subplans);
    leaves.put(main.query(), main);
    otherLeaves.forEach(leaf -> leaves.put(leaf.query(), leaf));
  }

  /** The bound statement. */
  public QueryModel model() {
    return model;
  }

  /** The plan of the statement's own query (the rows of an UPDATE or DELETE). */
  public QueryPlan main() {
    return main;
  }

  /** The plan of a query of a UNION, INTERSECT or EXCEPT (the first is {@link #main}). */
  public QueryPlan leaf(QuerySpec query) {
    QueryPlan plan = leaves.get(query);
    if (plan == null) {
      throw new IllegalStateException("No plan for query " + query.describe());
    }
    return plan;
  }

  /** The plan of a subquery of the statement. */
  public QueryPlan subplan(QuerySpec query) {
    QueryPlan plan = subplans.get(query);
    if (plan == null) {
      throw new IllegalStateException("No plan for subquery " + query.describe());
    }
    return plan;
  }

  /**
   * The plan as text, with the sort shown as top-k when the rows are paged ({@code maxResults >= 0}):
   * then only {@code firstResult + maxResults} rows are kept while sorting.
   */
  public String describe(int firstResult, int maxResults) {
    long topK = maxResults >= 0 && main.query().orderBy().size() > 0 ? (long) firstResult + maxResults : -1;
    StringBuilder text = new StringBuilder();
    if (model instanceof QueryModel.Update update) {
      text.append("Update ").append(update.entity().name()).append(update.versioned() ? " versioned" : "")
          .append(" set ").append(PlanText.join(update.assignments().stream()
              .map(a -> a.slot().path() + " = " + a.value()).toList())).append('\n');
    } else if (model instanceof QueryModel.Delete delete) {
      text.append("Delete ").append(delete.entity().name()).append('\n');
    }
    if (model instanceof QueryModel.Select select && select.sets() != null) {
      describe(text, select.sets(), 0, maxResults >= 0 ? (long) firstResult + maxResults : -1);
    } else {
      text.append(main.describe(model instanceof QueryModel.Select ? 0 : 1, topK));
    }
    for (QueryPlan subplan : subplans.values()) {
      text.append("Subquery ").append(subplan.query().correlated() ? "(correlated) " : "")
          .append(subplan.query().describe()).append('\n');
      text.append(subplan.describe(1, -1));
    }
    return text.toString().stripTrailing();
  }

  private void describe(StringBuilder text, SetTree tree, int depth, long topK) {
    if (tree instanceof SetTree.Leaf leaf) {
      text.append(leaves.get(leaf.query()).describe(depth, -1));
      return;
    }
    SetTree.Combine combine = (SetTree.Combine) tree;
    int level = depth;
    if (combine.limit() != null || combine.offset() != null) {
      PlanText.line(text, level++, "Limit " + (combine.limit() == null ? "all" : combine.limit())
          + (combine.offset() == null ? "" : " offset " + combine.offset()));
    }
    if (!combine.orderBy().isEmpty()) {
      PlanText.line(text, level++, (topK >= 0 && depth == 0 ? "TopK " + topK + " " : "Sort ")
          + PlanText.join(combine.orderBy()));
    }
    PlanText.line(text, level, combine.operator() + (combine.all() ? " ALL" : ""));
    describe(text, combine.left(), level + 1, -1);
    describe(text, combine.right(), level + 1, -1);
  }

  @Override
  public String toString() {
    return describe(0, -1);
  }
}
