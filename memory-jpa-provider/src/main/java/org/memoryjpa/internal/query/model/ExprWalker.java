package org.memoryjpa.internal.query.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks model expressions depth first, into subqueries too: the planner asks which variables a
 * condition reads, the binder collects parameters. Stateless.
 */
public final class ExprWalker {

  private ExprWalker() {}

  /** Calls {@code visitor} for {@code expr} and every expression below it, subqueries included. */
  public static void walk(Expr expr, Consumer<Expr> visitor) {
    walk(expr, visitor, true);
  }

  private static void walk(Expr expr, Consumer<Expr> visitor, boolean intoSubqueries) {
    if (expr == null) {
      return;
    }
    visitor.accept(expr);
    if (!intoSubqueries && (expr instanceof Expr.ScalarSubquery || expr instanceof Expr.SubqueryValues
        || expr instanceof Expr.Exists
        || expr instanceof Expr.InSubquery || expr instanceof Expr.Quantified)) {
      if (expr instanceof Expr.InSubquery in) {
        walk(in.value(), visitor, false);
      } else if (expr instanceof Expr.Quantified quantified) {
        walk(quantified.left(), visitor, false);
      }
      return;
    }
    if (expr instanceof Expr.Arithmetic e) {
      walk(e.left(), visitor, intoSubqueries);
      walk(e.right(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.Negate e) {
      walk(e.operand(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.Call e) {
      e.arguments().forEach(a -> walk(a, visitor, intoSubqueries));
    } else if (expr instanceof Expr.UserCall e) {
      e.arguments().forEach(a -> walk(a, visitor, intoSubqueries));
    } else if (expr instanceof Expr.Case e) {
      e.whens().forEach(w -> {
        walk(w.condition(), visitor, intoSubqueries);
        walk(w.result(), visitor, intoSubqueries);
      });
      walk(e.otherwise(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.Aggregate e) {
      walk(e.argument(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.ScalarSubquery e) {
      walk(e.query(), visitor);
    } else if (expr instanceof Expr.SubqueryValues e) {
      walk(e.query(), visitor);
    } else if (expr instanceof Expr.Compare e) {
      walk(e.left(), visitor, intoSubqueries);
      walk(e.right(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.And e) {
      e.operands().forEach(o -> walk(o, visitor, intoSubqueries));
    } else if (expr instanceof Expr.Or e) {
      e.operands().forEach(o -> walk(o, visitor, intoSubqueries));
    } else if (expr instanceof Expr.Not e) {
      walk(e.operand(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.Like e) {
      walk(e.value(), visitor, intoSubqueries);
      walk(e.pattern(), visitor, intoSubqueries);
      walk(e.escape(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.InList e) {
      walk(e.value(), visitor, intoSubqueries);
      e.items().forEach(i -> walk(i, visitor, intoSubqueries));
    } else if (expr instanceof Expr.InSubquery e) {
      walk(e.value(), visitor, intoSubqueries);
      walk(e.query(), visitor);
    } else if (expr instanceof Expr.Between e) {
      walk(e.value(), visitor, intoSubqueries);
      walk(e.lower(), visitor, intoSubqueries);
      walk(e.upper(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.IsNull e) {
      walk(e.value(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.IsEmpty e) {
      walk(e.collection(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.MemberOf e) {
      walk(e.element(), visitor, intoSubqueries);
      walk(e.collection(), visitor, intoSubqueries);
    } else if (expr instanceof Expr.Exists e) {
      walk(e.query(), visitor);
    } else if (expr instanceof Expr.Quantified e) {
      walk(e.left(), visitor, intoSubqueries);
      walk(e.query(), visitor);
    }
  }

  /** Walks every expression of a query: ON conditions, WHERE, select items, groups, HAVING, order, paging. */
  public static void walk(QuerySpec query, Consumer<Expr> visitor) {
    query.from().forEach(d -> walk(d.on(), visitor));
    walk(query.where(), visitor);
    query.select().forEach(s -> walkSelection(s, visitor));
    query.groupBy().forEach(g -> walk(g, visitor));
    walk(query.having(), visitor);
    query.orderBy().forEach(o -> walk(o.expression(), visitor));
    walk(query.limit(), visitor);
    walk(query.offset(), visitor);
  }

  private static void walkSelection(Selection selection, Consumer<Expr> visitor) {
    walk(selection.expression(), visitor);
    selection.arguments().forEach(a -> walkSelection(a, visitor));
  }

  /**
   * The variables an expression reads, subqueries' references to enclosing variables included: in
   * their expressions, and as the parents of their derived declarations ({@code FROM c.orders o}).
   */
  public static Set<Variable> variables(Expr expr) {
    Set<Variable> variables = new LinkedHashSet<>();
    walk(expr, e -> {
      Variable variable = variableOf(e);
      if (variable != null) {
        variables.add(variable);
      }
      QuerySpec query = subqueryOf(e);
      if (query != null) {
        for (Declaration declaration : query.from()) {
          Variable parent = declaration.source().parent();
          if (parent != null) {
            variables.add(parent);
          }
        }
      }
    });
    return variables;
  }

  private static QuerySpec subqueryOf(Expr expr) {
    if (expr instanceof Expr.ScalarSubquery e) {
      return e.query();
    }
    if (expr instanceof Expr.Exists e) {
      return e.query();
    }
    if (expr instanceof Expr.InSubquery e) {
      return e.query();
    }
    return expr instanceof Expr.Quantified e ? e.query() : null;
  }

  /** The variable a leaf expression reads, or null. */
  public static Variable variableOf(Expr expr) {
    if (expr instanceof Expr.SlotValue e) {
      return e.variable();
    }
    if (expr instanceof Expr.EntityKey e) {
      return e.variable();
    }
    if (expr instanceof Expr.InverseReference e) {
      return e.owner();
    }
    if (expr instanceof Expr.EmbeddedValue e) {
      return e.variable();
    }
    if (expr instanceof Expr.ElementValue e) {
      return e.variable();
    }
    if (expr instanceof Expr.TypeOf e) {
      return e.variable();
    }
    if (expr instanceof Expr.ListIndex e) {
      return e.variable();
    }
    if (expr instanceof Expr.AssociationKey e) {
      return e.variable();
    }
    if (expr instanceof Expr.CollectionPath e) {
      return e.owner();
    }
    return null;
  }

  /** Whether an expression contains an aggregate of its own query (not of a subquery's). */
  public static boolean hasAggregate(Expr expr) {
    boolean[] found = new boolean[1];
    walkShallow(expr, e -> found[0] |= e instanceof Expr.Aggregate);
    return found[0];
  }

  private static void walkShallow(Expr expr, Consumer<Expr> visitor) {
    walk(expr, visitor, false);
  }
}
