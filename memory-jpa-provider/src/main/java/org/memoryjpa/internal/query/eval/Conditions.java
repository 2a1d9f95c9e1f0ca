package org.memoryjpa.internal.query.eval;

import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.Expr.Comparison;

/**
 * Compiles conditions with SQL's three values: TRUE, FALSE and null for UNKNOWN. A comparison with a
 * null operand is UNKNOWN, NOT UNKNOWN is UNKNOWN, AND is FALSE if any operand is FALSE, OR is TRUE if
 * any is TRUE; IN and quantified comparisons are UNKNOWN where no item decides and some item is null.
 * Stateless.
 */
final class Conditions {

  private Conditions() {}

  static Evaluator compile(Expr expr, ExprCompiler compiler) {
    if (expr instanceof Expr.Compare compare) {
      return comparison(compare.operator(), compiler.compile(compare.left()), compiler.compile(compare.right()));
    }
    if (expr instanceof Expr.And and) {
      Evaluator[] operands = compiler.compileAll(and.operands());
      return (frame, ex) -> {
        boolean unknown = false;
        for (Evaluator operand : operands) {
          Object value = operand.evaluate(frame, ex);
          if (value == null) {
            unknown = true;
          } else if (!(Boolean) value) {
            return Boolean.FALSE;
          }
        }
        return unknown ? null : Boolean.TRUE;
      };
    }
    if (expr instanceof Expr.Or or) {
      Evaluator[] operands = compiler.compileAll(or.operands());
      return (frame, ex) -> {
        boolean unknown = false;
        for (Evaluator operand : operands) {
          Object value = operand.evaluate(frame, ex);
          if (value == null) {
            unknown = true;
          } else if ((Boolean) value) {
            return Boolean.TRUE;
          }
        }
        return unknown ? null : Boolean.FALSE;
      };
    }
    if (expr instanceof Expr.Not not) {
      Evaluator operand = compiler.compile(not.operand());
      return (frame, ex) -> negate(operand.evaluate(frame, ex));
    }
    if (expr instanceof Expr.Like like) {
      return like(like, compiler);
    }
    if (expr instanceof Expr.InList in) {
      Evaluator value = compiler.compile(in.value());
      Evaluator[] items = compiler.compileAll(in.items());
      boolean negated = in.negated();
      boolean known = in.items().stream().allMatch(i -> i instanceof Expr.Constant || i instanceof Expr.Parameter);
      if (known) {
        // the items are the same for every row: hash them once per run
        Object key = new Object();
        return (frame, ex) -> {
          Object tested = value.evaluate(frame, ex);
          if (tested == null) {
            return null;
          }
          ValueSet set = (ValueSet) ex.memo(key, k -> {
            ValueSet values = new ValueSet();
            for (Evaluator item : items) {
              values.add(item.evaluate(frame, ex));
            }
            return values;
          });
          return negate(set.contains(tested), negated);
        };
      }
      return (frame, ex) -> {
        Object tested = value.evaluate(frame, ex);
        if (tested == null) {
          return null;
        }
        ValueSet set = new ValueSet();
        for (Evaluator item : items) {
          set.add(item.evaluate(frame, ex));
        }
        return negate(set.contains(tested), negated);
      };
    }
    if (expr instanceof Expr.InSubquery in) {
      Evaluator value = compiler.compile(in.value());
      Evaluator values = subqueryValues(in.query(), compiler);
      boolean negated = in.negated();
      return (frame, ex) -> {
        ValueSet candidates = (ValueSet) values.evaluate(frame, ex);
        if (candidates.isEmpty()) {
          return negated;
        }
        Object tested = value.evaluate(frame, ex);
        return tested == null ? null : negate(candidates.contains(tested), negated);
      };
    }
    if (expr instanceof Expr.Between between) {
      Evaluator value = compiler.compile(between.value());
      Evaluator lower = compiler.compile(between.lower());
      Evaluator upper = compiler.compile(between.upper());
      boolean negated = between.negated();
      return (frame, ex) -> {
        Object tested = value.evaluate(frame, ex);
        if (tested == null) {
          return null;
        }
        Object low = lower.evaluate(frame, ex);
        Object high = upper.evaluate(frame, ex);
        Boolean aboveLow = low == null ? null : SqlValues.compare(tested, low) >= 0;
        Boolean belowHigh = high == null ? null : SqlValues.compare(tested, high) <= 0;
        Boolean result;
        if (Boolean.FALSE.equals(aboveLow) || Boolean.FALSE.equals(belowHigh)) {
          result = Boolean.FALSE;
        } else if (aboveLow == null || belowHigh == null) {
          result = null;
        } else {
          result = Boolean.TRUE;
        }
        return negated ? negate(result) : result;
      };
    }
    if (expr instanceof Expr.IsNull isNull) {
      Evaluator value = compiler.compile(isNull.value());
      boolean negated = isNull.negated();
      return (frame, ex) -> (value.evaluate(frame, ex) == null) != negated;
    }
    if (expr instanceof Expr.IsEmpty isEmpty) {
      Evaluator collection = compiler.compile(isEmpty.collection());
      boolean negated = isEmpty.negated();
      return (frame, ex) -> {
        Object elements = collection.evaluate(frame, ex);
        return elements == null ? null : ((Collection<?>) elements).isEmpty() != negated;
      };
    }
    if (expr instanceof Expr.MemberOf member) {
      Evaluator element = compiler.compile(member.element());
      Evaluator collection = compiler.compile(member.collection());
      boolean negated = member.negated();
      return (frame, ex) -> {
        Object elements = collection.evaluate(frame, ex);
        Object candidate = element.evaluate(frame, ex);
        if (elements == null) {
          return null;
        }
        if (((Collection<?>) elements).isEmpty()) {
          return negated;
        }
        if (candidate == null) {
          return null;
        }
        for (Object value : (Collection<?>) elements) {
          if (value != null && SqlValues.equal(candidate, value)) {
            return !negated;
          }
        }
        return negated;
      };
    }
    if (expr instanceof Expr.Exists exists) {
      CompiledSelect select = compiler.subquery(exists.query());
      if (!exists.query().correlated()) {
        return (frame, ex) -> ex.memo(select, key -> select.exists(frame, ex));
      }
      return (frame, ex) -> select.exists(frame, ex);
    }
    if (expr instanceof Expr.Quantified quantified) {
      return quantified(quantified, compiler);
    }
    throw new IllegalStateException("No evaluator for " + expr.getClass().getSimpleName() + ": " + expr);
  }

  static Boolean negate(Object value) {
    return value == null ? null : !(Boolean) value;
  }

  private static Boolean negate(Boolean value, boolean negated) {
    return negated ? negate(value) : value;
  }

  private static Evaluator comparison(Comparison operator, Evaluator left, Evaluator right) {
    if (operator == Comparison.EQUAL) {
      return (frame, ex) -> {
        Object a = left.evaluate(frame, ex);
        Object b = a == null ? null : right.evaluate(frame, ex);
        return b == null ? null : equality(a, b);
      };
    }
    if (operator == Comparison.NOT_EQUAL) {
      return (frame, ex) -> {
        Object a = left.evaluate(frame, ex);
        Object b = a == null ? null : right.evaluate(frame, ex);
        return b == null ? null : negate(equality(a, b));
      };
    }
    return (frame, ex) -> {
      Object a = left.evaluate(frame, ex);
      Object b = a == null ? null : right.evaluate(frame, ex);
      return b == null ? null : operator.holds(SqlValues.compare(a, b));
    };
  }

  /**
   * {@code a = b}; embeddables (their component lists) compare as SQL row values, component by
   * component, so a null component makes the outcome unknown.
   */
  private static Boolean equality(Object a, Object b) {
    if (a instanceof List<?> x && b instanceof List<?> y && (hasNull(x) || hasNull(y))) {
      return null;
    }
    return SqlValues.equal(a, b);
  }

  private static boolean hasNull(List<?> values) {
    for (Object value : values) {
      if (value == null) {
        return true;
      }
    }
    return false;
  }

  private static Evaluator like(Expr.Like like, ExprCompiler compiler) {
    Evaluator value = compiler.compile(like.value());
    Evaluator pattern = compiler.compile(like.pattern());
    Evaluator escape = compiler.compile(like.escape());
    boolean negated = like.negated();
    boolean ignoreCase = like.ignoreCase();
    return (frame, ex) -> {
      Object text = value.evaluate(frame, ex);
      Object shape = pattern.evaluate(frame, ex);
      if (text == null || shape == null) {
        return null;
      }
      Character escapeCharacter = null;
      if (escape != null) {
        Object written = escape.evaluate(frame, ex);
        if (written == null) {
          return null;
        }
        String escapeText = Functions.string(written);
        if (escapeText.length() > 1) {
          throw new PersistenceException("The ESCAPE of LIKE must be one character, not '" + escapeText + "'");
        }
        escapeCharacter = escapeText.isEmpty() ? null : escapeText.charAt(0);
      }
      boolean matches = LikePattern.matches(Functions.string(text), Functions.string(shape), escapeCharacter,
          ignoreCase);
      return matches != negated;
    };
  }

  /** The subquery's values as a {@link ValueSet}, computed once per run when it is uncorrelated. */
  private static Evaluator subqueryValues(org.memoryjpa.internal.query.model.QuerySpec query, ExprCompiler compiler) {
    CompiledSelect select = compiler.subquery(query);
    if (!query.correlated()) {
      return (frame, ex) -> ex.memo(select, key -> ValueSet.of(select.values(frame, ex)));
    }
    return (frame, ex) -> ValueSet.of(select.values(frame, ex));
  }

  private static Evaluator subqueryList(org.memoryjpa.internal.query.model.QuerySpec query, ExprCompiler compiler) {
    CompiledSelect select = compiler.subquery(query);
    Object key = new Object();
    if (!query.correlated()) {
      return (frame, ex) -> ex.memo(key, k -> select.values(frame, ex));
    }
    return (frame, ex) -> select.values(frame, ex);
  }

  private static Evaluator quantified(Expr.Quantified quantified, ExprCompiler compiler) {
    Evaluator left = compiler.compile(quantified.left());
    Evaluator values = subqueryList(quantified.query(), compiler);
    Comparison operator = quantified.operator();
    boolean all = quantified.all();
    return (frame, ex) -> {
      List<?> candidates = (List<?>) values.evaluate(frame, ex);
      if (candidates.isEmpty()) {
        return all;
      }
      Object tested = left.evaluate(frame, ex);
      if (tested == null) {
        return null;
      }
      boolean unknown = false;
      for (Object candidate : candidates) {
        Boolean holds = candidate == null ? null
            : operator == Comparison.EQUAL ? SqlValues.equal(tested, candidate)
            : operator == Comparison.NOT_EQUAL ? !SqlValues.equal(tested, candidate)
            : operator.holds(SqlValues.compare(tested, candidate));
        if (holds == null) {
          unknown = true;
        } else if (holds != all) {
          return holds;
        }
      }
      return unknown ? null : all;
    };
  }
}
