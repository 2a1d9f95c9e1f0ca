package org.memoryjpa.internal.query.plan;

import java.util.IdentityHashMap;
import java.util.Map;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.query.model.QuerySpec;

/**
 * The plan of a whole statement: the main query's plan and one per subquery. Compiled once per query
 * string and factory; immutable and thread-safe.
 */
public final class Plan {

  private final QueryModel model;
  private final QueryPlan main;
  private final Map<QuerySpec, QueryPlan> subplans;

  Plan(QueryModel model, QueryPlan main, Map<QuerySpec, QueryPlan> subplans) {
    this.model = model;
    this.main = main;
    this.subplans = new IdentityHashMap<>(subplans);
  }

  /** The bound statement. */
  public QueryModel model() {
    return model;
  }

  /** The plan of the statement's own query (the rows of an UPDATE or DELETE). */
  public QueryPlan main() {
    return main;
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
    text.append(main.describe(model instanceof QueryModel.Select ? 0 : 1, topK));
    for (QueryPlan subplan : subplans.values()) {
      text.append("Subquery ").append(subplan.query().correlated() ? "(correlated) " : "")
          .append(subplan.query().describe()).append('\n');
      text.append(subplan.describe(1, -1));
    }
    return text.toString().stripTrailing();
  }

  @Override
  public String toString() {
    return describe(0, -1);
  }
}
