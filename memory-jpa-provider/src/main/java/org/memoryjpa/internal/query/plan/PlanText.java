package org.memoryjpa.internal.query.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.Variable;
import org.memoryjpa.internal.store.Table;

/** Renders plan nodes as text. Stateless. */
final class PlanText {

  private PlanText() {}

  static String entity(Variable variable, Table table) {
    String text = table.name() + " " + variable.name();
    if (variable.entity() != null && !variable.entity().isRoot()) {
      text += " as " + variable.entity().name();
    }
    return text;
  }

  static String values(List<Expr> values) {
    if (values.size() == 1 && values.get(0) instanceof Expr.SubqueryValues subquery) {
      return "IN " + subquery;
    }
    boolean single = values.size() == 1
        && !(values.get(0) instanceof Expr.Parameter parameter && parameter.multiValued());
    return single ? "= " + values.get(0) : "IN (" + join(values) + ")";
  }

  static String tuples(List<List<Expr>> tuples) {
    if (tuples.size() == 1 && tuples.get(0).get(0) instanceof Expr.SubqueryValues subquery) {
      return "IN " + subquery;
    }
    if (tuples.size() == 1 && !(tuples.get(0).get(0) instanceof Expr.Parameter parameter
        && parameter.multiValued())) {
      return "= " + join(tuples.get(0));
    }
    return "IN (" + tuples.stream().map(t -> t.size() == 1 ? String.valueOf(t.get(0)) : "(" + join(t) + ")")
        .collect(Collectors.joining(", ")) + ")";
  }

  static String range(String column, Expr lower, boolean lowerInclusive, Expr upper, boolean upperInclusive) {
    StringBuilder text = new StringBuilder();
    if (lower != null) {
      text.append(column).append(lowerInclusive ? " >= " : " > ").append(lower);
    }
    if (upper != null) {
      if (lower != null) {
        text.append(" AND ");
      }
      text.append(column).append(upperInclusive ? " <= " : " < ").append(upper);
    }
    return text.toString();
  }

  static String join(List<?> items) {
    return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  static void line(StringBuilder text, int depth, String line) {
    text.append("  ".repeat(depth)).append(line).append('\n');
  }
}
