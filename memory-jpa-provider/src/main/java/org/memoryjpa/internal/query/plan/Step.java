package org.memoryjpa.internal.query.plan;

import java.util.List;
import org.memoryjpa.internal.query.model.Declaration;
import org.memoryjpa.internal.query.model.Expr;

/**
 * One nested-loop level of a plan: the declaration it binds, how it reads its values, the match
 * conditions of a left join (rows failing them count as no match, so the variable becomes null), and
 * the WHERE conjuncts evaluated once the variable is bound. Immutable.
 *
 * @param declaration the variable and how it joins
 * @param access how its values are read
 * @param match the ON conjuncts of a LEFT join, else empty
 * @param filters the conjuncts decided at this level
 */
public record Step(Declaration declaration, Access access, List<Expr> match, List<Expr> filters) {

  public Step {
    match = List.copyOf(match);
    filters = List.copyOf(filters);
  }

  /** Whether a row with no match keeps going with the variable null. */
  public boolean outer() {
    return declaration.join() == Declaration.JoinKind.LEFT;
  }
}
