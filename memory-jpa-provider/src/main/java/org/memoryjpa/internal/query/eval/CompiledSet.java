package org.memoryjpa.internal.query.eval;

import jakarta.persistence.criteria.Nulls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.memoryjpa.internal.query.model.QuerySpec;
import org.memoryjpa.internal.query.model.SetTree;

/**
 * A UNION, INTERSECT or EXCEPT [ALL] compiled: each query runs on its own frame, rows are compared by
 * their select items' stored values (SQL's set semantics: without ALL duplicates go, with ALL they are
 * counted), then sorted by select item and paged. Immutable and thread-safe.
 */
final class CompiledSet {

  /** One result row of a leaf: the query that produced it, its frame and its values. */
  record Entry(CompiledSelect leaf, Object[] frame, List<Object> values) {}

  private final SetTree tree;
  private final Function<QuerySpec, CompiledSelect> leaves;
  private final Map<SetTree, Evaluator[]> paging = new HashMap<>();
  private final int frameSize;

  CompiledSet(SetTree tree, Function<QuerySpec, CompiledSelect> leaves, ExprCompiler compiler, int frameSize) {
    this.tree = tree;
    this.leaves = leaves;
    this.frameSize = frameSize;
    compilePaging(tree, compiler);
    tree.leaves().forEach(leaves::apply);
  }

  private void compilePaging(SetTree node, ExprCompiler compiler) {
    if (node instanceof SetTree.Combine combine) {
      paging.put(node, new Evaluator[] {compiler.compile(combine.limit()), compiler.compile(combine.offset())});
      compilePaging(combine.left(), compiler);
      compilePaging(combine.right(), compiler);
    }
  }

  /** The combined rows, before the application's paging. */
  List<Entry> rows(Execution ex) {
    return rows(tree, ex);
  }

  private List<Entry> rows(SetTree node, Execution ex) {
    if (node instanceof SetTree.Leaf leaf) {
      CompiledSelect select = leaves.apply(leaf.query());
      List<Entry> entries = new ArrayList<>();
      for (Object[] frame : select.rows(new Object[frameSize], ex, 0, -1)) {
        List<Object> values = new ArrayList<>();
        for (Projection projection : select.projections()) {
          values.add(CompiledSelect.groupKey(projection.stored(frame, ex)));
        }
        entries.add(new Entry(select, frame, values));
      }
      return entries;
    }
    SetTree.Combine combine = (SetTree.Combine) node;
    List<Entry> left = rows(combine.left(), ex);
    List<Entry> right = rows(combine.right(), ex);
    List<Entry> combined = switch (combine.operator()) {
      case UNION -> union(left, right, combine.all());
      case INTERSECT -> intersect(left, right, combine.all());
      case EXCEPT -> except(left, right, combine.all());
    };
    if (!combine.orderBy().isEmpty()) {
      combined = new ArrayList<>(combined);
      combined.sort(order(combine.orderBy(), ex));
    }
    Evaluator[] limits = paging.get(node);
    int skip = limits[1] == null ? 0 : number(limits[1].evaluate(new Object[frameSize], ex), 0);
    int wanted = limits[0] == null ? -1 : number(limits[0].evaluate(new Object[frameSize], ex), -1);
    int from = Math.min(skip, combined.size());
    int to = wanted < 0 ? combined.size() : (int) Math.min(combined.size(), (long) from + wanted);
    return combined.subList(from, to);
  }

  private static int number(Object value, int fallback) {
    return value == null ? fallback : ((Number) value).intValue();
  }

  private static List<Entry> union(List<Entry> left, List<Entry> right, boolean all) {
    List<Entry> both = new ArrayList<>(left);
    both.addAll(right);
    return all ? both : distinct(both);
  }

  private static List<Entry> intersect(List<Entry> left, List<Entry> right, boolean all) {
    Map<List<Object>, Integer> counts = counts(right);
    List<Entry> result = new ArrayList<>();
    for (Entry entry : all ? left : distinct(left)) {
      Integer count = counts.get(entry.values());
      if (count != null && count > 0) {
        result.add(entry);
        counts.put(entry.values(), count - 1);
      }
    }
    return result;
  }

  private static List<Entry> except(List<Entry> left, List<Entry> right, boolean all) {
    Map<List<Object>, Integer> counts = counts(right);
    List<Entry> result = new ArrayList<>();
    for (Entry entry : all ? left : distinct(left)) {
      Integer count = counts.get(entry.values());
      if (count != null && count > 0) {
        if (all) {
          counts.put(entry.values(), count - 1);
        }
      } else {
        result.add(entry);
      }
    }
    return result;
  }

  private static Map<List<Object>, Integer> counts(List<Entry> entries) {
    Map<List<Object>, Integer> counts = new HashMap<>();
    entries.forEach(entry -> counts.merge(entry.values(), 1, Integer::sum));
    return counts;
  }

  private static List<Entry> distinct(List<Entry> entries) {
    Set<List<Object>> seen = new HashSet<>();
    List<Entry> result = new ArrayList<>();
    for (Entry entry : entries) {
      if (seen.add(entry.values())) {
        result.add(entry);
      }
    }
    return result;
  }

  private static Comparator<Entry> order(List<SetTree.Order> keys, Execution ex) {
    return (a, b) -> {
      for (SetTree.Order key : keys) {
        Object x = a.values().get(key.item());
        Object y = b.values().get(key.item());
        boolean nullsFirst = key.nulls() == Nulls.FIRST
            || key.nulls() != Nulls.LAST && ex.nullOrdering().nullsFirst(key.ascending());
        int order;
        if (x == null || y == null) {
          order = x == y ? 0 : (x == null) == nullsFirst ? -1 : 1;
        } else {
          order = SqlValues.compare(x, y);
          if (!key.ascending()) {
            order = -order;
          }
        }
        if (order != 0) {
          return order;
        }
      }
      return 0;
    };
  }
}
