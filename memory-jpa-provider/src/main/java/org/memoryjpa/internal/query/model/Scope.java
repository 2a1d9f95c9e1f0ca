package org.memoryjpa.internal.query.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memoryjpa.internal.metadata.ManagedTypeModel;

/**
 * The names one select query (or subquery) declares while it is bound: its variables in join order,
 * its identification variables (case-insensitive, as the spec says), the implicit joins its paths
 * created (reused by path), its aggregates and its result variables; and the enclosing query's scope
 * for correlation. Mutable during binding only; confined to the binder's thread.
 */
final class Scope {

  /** Where a name leads: a variable, or a variable with an embedded path prefix (an embedded join). */
  record Start(Variable variable, String prefix, ManagedTypeModel type) {}

  final Scope parent;
  final List<Declaration> declarations = new ArrayList<>();
  private final Map<String, Start> names = new LinkedHashMap<>();
  private final Map<String, Variable> implicitJoins = new HashMap<>();
  final List<Expr.Aggregate> aggregates = new ArrayList<>();
  final Map<String, Selection> resultVariables = new LinkedHashMap<>();
  /** The root declared without an alias (HQL's implicit {@code this}), or null. */
  Start implicitThis;
  /** Whether aggregates may appear where binding is now (SELECT, HAVING, ORDER BY). */
  boolean aggregatesAllowed;
  /** Whether a name of an enclosing scope was used. */
  boolean correlated;

  Scope(Scope parent) {
    this.parent = parent;
  }

  void declare(String alias, Start start) {
    names.put(alias.toLowerCase(Locale.ROOT), start);
  }

  boolean isDeclared(String alias) {
    return names.containsKey(alias.toLowerCase(Locale.ROOT));
  }

  /** The start a name leads to in this scope or an enclosing one, or null; marks correlation. */
  Start find(String alias) {
    String key = alias.toLowerCase(Locale.ROOT);
    for (Scope scope = this; scope != null; scope = scope.parent) {
      Start start = scope.names.get(key);
      if (start != null) {
        markCorrelatedUpTo(scope);
        return start;
      }
    }
    return null;
  }

  /** Marks this scope and every scope between it and {@code declaring} as reading an enclosing name. */
  void markCorrelatedUpTo(Scope declaring) {
    for (Scope scope = this; scope != declaring && scope != null; scope = scope.parent) {
      scope.correlated = true;
    }
  }

  /** Every name visible here, for suggestions. */
  List<String> visibleNames() {
    List<String> all = new ArrayList<>();
    for (Scope scope = this; scope != null; scope = scope.parent) {
      scope.names.values().forEach(start -> all.add(start.variable().name()));
    }
    return all;
  }

  /** The declaration of a variable of this scope or an enclosing one, or null. */
  Declaration declarationOf(Variable variable) {
    for (Scope scope = this; scope != null; scope = scope.parent) {
      for (Declaration declaration : scope.declarations) {
        if (declaration.variable() == variable) {
          return declaration;
        }
      }
    }
    return null;
  }

  Variable implicitJoin(String path) {
    return implicitJoins.get(path);
  }

  void rememberImplicitJoin(String path, Variable variable) {
    implicitJoins.put(path, variable);
  }

  Selection resultVariable(String alias) {
    return resultVariables.get(alias.toLowerCase(Locale.ROOT));
  }

  void declareResultVariable(String alias, Selection selection) {
    resultVariables.put(alias.toLowerCase(Locale.ROOT), selection);
  }
}
