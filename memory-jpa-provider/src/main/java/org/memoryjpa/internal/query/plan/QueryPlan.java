package org.memoryjpa.internal.query.plan;

import java.util.List;
import org.memoryjpa.internal.query.model.Declaration;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.QuerySpec;

/**
 * The plan of one select query (a statement's or a subquery's): its nested-loop steps in order, the
 * conjuncts that read no variable of its own (checked once before the loops), and what happens to the
 * joined rows afterwards, which the query itself says (grouping, HAVING, DISTINCT, ORDER BY, paging,
 * select items). Immutable.
 *
 * @param query the bound query
 * @param steps one per variable, in join order
 * @param preFilters conjuncts over parameters and enclosing variables only
 */
public record QueryPlan(QuerySpec query, List<Step> steps, List<Expr> preFilters) {

  public QueryPlan {
    steps = List.copyOf(steps);
    preFilters = List.copyOf(preFilters);
  }

  /** The plan as an indented tree; top-k in place of the sort when {@code topK >= 0}. */
  String describe(int depth, long topK) {
    StringBuilder text = new StringBuilder();
    int level = depth;
    PlanText.line(text, level++, (query.distinct() ? "Project distinct " : "Project ") + PlanText.join(query.select()));
    if (query.limit() != null || query.offset() != null) {
      PlanText.line(text, level++, "Limit " + (query.limit() == null ? "all" : query.limit())
          + (query.offset() == null ? "" : " offset " + query.offset()));
    }
    if (!query.orderBy().isEmpty()) {
      PlanText.line(text, level++, (topK >= 0 ? "TopK " + topK + " " : "Sort ") + PlanText.join(query.orderBy()));
    }
    if (query.having() != null) {
      PlanText.line(text, level++, "Filter " + query.having());
    }
    if (query.aggregated()) {
      PlanText.line(text, level++, "Aggregate" + (query.groupBy().isEmpty() ? "" : " group by "
          + PlanText.join(query.groupBy())) + ": " + PlanText.join(query.aggregates()));
    }
    if (!preFilters.isEmpty()) {
      PlanText.line(text, level++, "Filter " + PlanText.join(preFilters));
    }
    steps(text, steps.size() - 1, level);
    return text.toString();
  }

  private void steps(StringBuilder text, int index, int depth) {
    if (index < 0) {
      PlanText.line(text, depth, "Values (one row)");
      return;
    }
    Step step = steps.get(index);
    int level = depth;
    if (!step.filters().isEmpty()) {
      PlanText.line(text, level++, "Filter " + String.join(" AND ", step.filters().stream().map(String::valueOf).toList()));
    }
    String access = step.access().toString();
    if (!step.match().isEmpty()) {
      access += " on " + String.join(" AND ", step.match().stream().map(String::valueOf).toList());
    }
    if (index == 0) {
      PlanText.line(text, level, access);
      return;
    }
    Declaration.JoinKind join = step.declaration().join();
    PlanText.line(text, level, "NestedLoop " + (join == Declaration.JoinKind.ROOT ? "CROSS" : join.name())
        + (step.declaration().fetch() ? " fetch" : ""));
    steps(text, index - 1, level + 1);
    PlanText.line(text, level + 1, access);
  }
}
