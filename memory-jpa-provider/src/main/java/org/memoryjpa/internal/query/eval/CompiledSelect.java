package org.memoryjpa.internal.query.eval;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Nulls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.memoryjpa.internal.query.model.Declaration;
import org.memoryjpa.internal.query.model.Expr;
import org.memoryjpa.internal.query.model.QuerySpec;
import org.memoryjpa.internal.query.model.Selection;
import org.memoryjpa.internal.query.model.SortKey;
import org.memoryjpa.internal.query.plan.QueryPlan;
import org.memoryjpa.internal.query.plan.Step;

/**
 * One select query (a statement's or a subquery's) compiled for its plan: nested loops over the steps'
 * row sources with match conditions and filters, then grouping with the aggregates, HAVING, DISTINCT,
 * sorting (a bounded heap when only the first rows are wanted), paging, and the select items.
 * Immutable and thread-safe; each run works on the frame it is given.
 */
final class CompiledSelect {

  private final QuerySpec query;
  private final int[] variables;
  private final RowSource[] sources;
  private final Evaluator[][] matches;
  private final Evaluator[][] filters;
  private final boolean[] outer;
  private final Evaluator[] preFilters;
  private final Evaluator[] groupBy;
  private final Aggregators.Spec[] aggregates;
  private final Evaluator having;
  private final Projection[] projections;
  private final Evaluator[] sortKeys;
  private final SortKey[] sortSpecs;
  private final Evaluator limit;
  private final Evaluator offset;
  private final int distinctEntity;
  final List<Fetch> fetches = new ArrayList<>();

  /** A fetch join to apply to the results: the owner's variable and the association's path. */
  record Fetch(int owner, org.memoryjpa.internal.metadata.EntityModel entity, String path) {}

  CompiledSelect(QueryPlan plan, ExprCompiler compiler) {
    this.query = plan.query();
    List<Step> steps = plan.steps();
    int n = steps.size();
    variables = new int[n];
    sources = new RowSource[n];
    matches = new Evaluator[n][];
    filters = new Evaluator[n][];
    outer = new boolean[n];
    for (int i = 0; i < n; i++) {
      Step step = steps.get(i);
      variables[i] = step.declaration().variable().index();
      sources[i] = RowSources.of(step.access(), compiler);
      matches[i] = compiler.compileAll(step.match());
      filters[i] = compiler.compileAll(step.filters());
      outer[i] = step.outer();
      Declaration declaration = step.declaration();
      if (declaration.fetch() && declaration.source().parent() != null) {
        fetches.add(new Fetch(declaration.source().parent().index(), declaration.source().parent().entity(),
            declaration.fetchPath()));
      }
    }
    preFilters = compiler.compileAll(plan.preFilters());
    groupBy = compiler.compileAll(query.groupBy());
    aggregates = new Aggregators.Spec[query.aggregates().size()];
    for (int i = 0; i < aggregates.length; i++) {
      Expr.Aggregate aggregate = query.aggregates().get(i);
      aggregates[i] = new Aggregators.Spec(aggregate.slot(), aggregate.function(), aggregate.distinct(),
          compiler.compile(aggregate.argument()), aggregate.type().storedType());
    }
    having = compiler.compile(query.having());
    projections = query.select().stream().map(s -> Projection.of(s, compiler)).toArray(Projection[]::new);
    sortSpecs = query.orderBy().toArray(new SortKey[0]);
    sortKeys = new Evaluator[sortSpecs.length];
    for (int i = 0; i < sortKeys.length; i++) {
      sortKeys[i] = compiler.compile(sortSpecs[i].expression());
    }
    limit = compiler.compile(query.limit());
    offset = compiler.compile(query.offset());
    Selection first = query.select().get(0);
    distinctEntity = query.fetchesCollection() && query.select().size() == 1 && first.kind() == Selection.Kind.ENTITY
        ? ((Expr.EntityKey) first.expression()).variable().index() : -1;
  }

  QuerySpec query() {
    return query;
  }

  Projection[] projections() {
    return projections;
  }

  // ---- entry points

  /**
   * The result frames in order, after grouping, HAVING, DISTINCT, sorting and paging.
   *
   * @param first rows to skip as the application asked (0: none, then the query's OFFSET applies)
   * @param max rows wanted as the application asked (-1: all, then the query's LIMIT applies)
   */
  List<Object[]> rows(Object[] frame, Execution ex, int first, int max) {
    int skip = first > 0 ? first : intValue(offset, frame, ex, 0);
    int wanted = max >= 0 ? max : intValue(limit, frame, ex, -1);
    boolean plain = !query.aggregated() && !query.distinct() && distinctEntity < 0;
    List<Object[]> rows;
    if (plain && sortSpecs.length > 0 && wanted >= 0) {
      rows = topK(frame, ex, (long) skip + wanted);
    } else {
      long needed = plain && sortSpecs.length == 0 && wanted >= 0 ? (long) skip + wanted : -1;
      rows = query.aggregated() ? grouped(frame, ex) : joined(frame, ex, needed);
      if (query.distinct() || distinctEntity >= 0) {
        rows = distinct(rows, ex);
      }
      if (sortSpecs.length > 0) {
        rows = sorted(rows, ex, wanted >= 0 ? (long) skip + wanted : -1);
      }
    }
    int from = Math.min(skip, rows.size());
    int to = wanted < 0 ? rows.size() : (int) Math.min(rows.size(), (long) from + wanted);
    return from == 0 && to == rows.size() ? rows : new ArrayList<>(rows.subList(from, to));
  }

  /**
   * Whether the result frames can be pulled one at a time ({@link #cursor}): nothing needs the whole
   * set first (grouping, DISTINCT, ORDER BY, the one-instance rule of a collection fetch join).
   */
  boolean streams() {
    return !query.aggregated() && !query.distinct() && sortSpecs.length == 0 && distinctEntity < 0;
  }

  /** The result frames read lazily, paged as {@link #rows} pages them; only when {@link #streams()}. */
  Iterator<Object[]> cursor(Object[] frame, Execution ex, int first, int max) {
    int skip = first > 0 ? first : intValue(offset, frame, ex, 0);
    int wanted = max >= 0 ? max : intValue(limit, frame, ex, -1);
    if (!all(preFilters, frame, ex)) {
      wanted = 0;
    }
    return new JoinCursor(variables, sources, matches, filters, outer, frame, ex, skip, wanted);
  }

  /** Whether the query has a row: EXISTS. */
  boolean exists(Object[] frame, Execution ex) {
    if (query.aggregated() || query.limit() != null || query.offset() != null) {
      return !rows(frame, ex, 0, -1).isEmpty();
    }
    return !joined(frame, ex, 1).isEmpty();
  }

  /** The first select item's value of every row: IN, ALL and ANY. */
  List<Object> values(Object[] frame, Execution ex) {
    List<Object> values = new ArrayList<>();
    for (Object[] row : rows(frame, ex, 0, -1)) {
      values.add(projections[0].stored(row, ex));
    }
    return values;
  }

  /** The single value of a scalar subquery, null for no row. */
  Object scalar(Object[] frame, Execution ex) {
    List<Object[]> rows = rows(frame, ex, 0, -1);
    if (rows.isEmpty()) {
      return null;
    }
    if (rows.size() > 1) {
      throw new PersistenceException("Scalar subquery returned " + rows.size() + " rows, not at most one: ("
          + query.describe() + ")");
    }
    return projections[0].stored(rows.get(0), ex);
  }

  private int intValue(Evaluator evaluator, Object[] frame, Execution ex, int fallback) {
    if (evaluator == null) {
      return fallback;
    }
    Object value = evaluator.evaluate(frame, ex);
    return value == null ? fallback : ((Number) value).intValue();
  }

  // ---- nested loops

  /** Copies of the joined frames that pass every filter; at most {@code needed} unless negative. */
  private List<Object[]> joined(Object[] frame, Execution ex, long needed) {
    List<Object[]> rows = new ArrayList<>();
    if (!preFiltersPass(frame, ex)) {
      return rows;
    }
    if (needed == 0) {
      return rows;
    }
    join(0, frame, ex, joinedFrame -> {
      rows.add(joinedFrame.clone());
      return needed < 0 || rows.size() < needed;
    });
    return rows;
  }

  private boolean preFiltersPass(Object[] frame, Execution ex) {
    for (Evaluator filter : preFilters) {
      if (!ExprCompiler.isTrue(filter.evaluate(frame, ex))) {
        return false;
      }
    }
    return true;
  }

  /**
   * ORDER BY with a row limit, streamed: the first {@code keep} joined rows in order, kept in a bounded
   * heap while the join runs, so that a row that does not make it is neither copied nor kept. Equal
   * keys keep join order, as the full sort does.
   */
  private List<Object[]> topK(Object[] frame, Execution ex, long keep) {
    if (keep == 0 || !preFiltersPass(frame, ex)) {
      return new ArrayList<>();
    }
    boolean[] nullsFirst = nullsFirst(ex);
    Comparator<Sorted> order = comparator(nullsFirst);
    PriorityQueue<Sorted> heap = new PriorityQueue<>((int) Math.min(keep, 1 << 16) + 1, order.reversed());
    Object[] probe = new Object[sortKeys.length];
    int[] sequence = {0};
    join(0, frame, ex, joined -> {
      for (int i = 0; i < probe.length; i++) {
        probe[i] = sortKeys[i].evaluate(joined, ex);
      }
      // a later row with keys equal to the worst kept one sorts after it, so it must be strictly better
      if (heap.size() < keep || compareKeys(probe, heap.peek().keys(), nullsFirst) < 0) {
        if (heap.size() >= keep) {
          heap.poll();
        }
        heap.add(new Sorted(joined.clone(), probe.clone(), sequence[0]));
      }
      sequence[0]++;
      return true;
    });
    List<Sorted> sorted = new ArrayList<>(heap);
    sorted.sort(order);
    List<Object[]> result = new ArrayList<>(sorted.size());
    sorted.forEach(entry -> result.add(entry.frame()));
    return result;
  }

  @FunctionalInterface
  private interface Sink {
    /** Takes a joined frame; false to stop. */
    boolean accept(Object[] frame);
  }

  private boolean join(int level, Object[] frame, Execution ex, Sink sink) {
    if (level == sources.length) {
      return sink.accept(frame);
    }
    int variable = variables[level];
    Iterator<?> values = sources[level].values(frame, ex);
    boolean matched = false;
    try {
      while (values.hasNext()) {
        frame[variable] = values.next();
        ex.rowRead();
        if (!all(matches[level], frame, ex)) {
          continue;
        }
        matched = true;
        if (all(filters[level], frame, ex) && !join(level + 1, frame, ex, sink)) {
          return false;
        }
      }
      if (!matched && outer[level]) {
        frame[variable] = null;
        if (all(filters[level], frame, ex) && !join(level + 1, frame, ex, sink)) {
          return false;
        }
      }
      return true;
    } finally {
      frame[variable] = null;
    }
  }

  static boolean all(Evaluator[] conditions, Object[] frame, Execution ex) {
    for (Evaluator condition : conditions) {
      if (!ExprCompiler.isTrue(condition.evaluate(frame, ex))) {
        return false;
      }
    }
    return true;
  }

  // ---- grouping

  private List<Object[]> grouped(Object[] frame, Execution ex) {
    Map<Object, Group> groups = new LinkedHashMap<>();
    if (preFiltersPass(frame, ex)) {
      join(0, frame, ex, row -> {
        Object key = groupKeyOf(row, ex);
        Group group = groups.get(key);
        if (group == null) {
          group = new Group(row.clone(), aggregates);
          groups.put(key, group);
        }
        group.add(row, ex, aggregates);
        return true;
      });
    }
    if (groups.isEmpty() && groupBy.length == 0) {
      groups.put(NO_GROUPING, new Group(frame.clone(), aggregates));
    }
    List<Object[]> result = new ArrayList<>(groups.size());
    for (Group group : groups.values()) {
      Object[] groupFrame = group.finish(aggregates);
      if (having == null || ExprCompiler.isTrue(having.evaluate(groupFrame, ex))) {
        result.add(groupFrame);
      }
    }
    return result;
  }

  /** The key of the one group of a query without GROUP BY. */
  private static final Object NO_GROUPING = List.of();

  /**
   * The key of a row's group: with one GROUP BY expression its value itself (no list per row), else
   * the list of the values.
   */
  private Object groupKeyOf(Object[] row, Execution ex) {
    if (groupBy.length == 0) {
      return NO_GROUPING;
    }
    if (groupBy.length == 1) {
      return groupKey(groupBy[0].evaluate(row, ex));
    }
    List<Object> key = new ArrayList<>(groupBy.length);
    for (Evaluator group : groupBy) {
      key.add(groupKey(group.evaluate(row, ex)));
    }
    return key;
  }

  static Object groupKey(Object value) {
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.stripTrailingZeros();
    }
    if (value instanceof Number number && SqlValues.integral(number)) {
      return number.longValue();
    }
    return value;
  }

  /** The representative frame of a group and its accumulators. */
  private static final class Group {
    private final Object[] frame;
    private final Aggregators.Accumulator[] accumulators;

    Group(Object[] frame, Aggregators.Spec[] specs) {
      this.frame = frame;
      this.accumulators = new Aggregators.Accumulator[specs.length];
      for (int i = 0; i < specs.length; i++) {
        accumulators[i] = specs[i].start();
      }
    }

    void add(Object[] row, Execution ex, Aggregators.Spec[] specs) {
      for (int i = 0; i < specs.length; i++) {
        Evaluator argument = specs[i].argument();
        accumulators[i].add(argument == null ? Boolean.TRUE : argument.evaluate(row, ex));
      }
    }

    Object[] finish(Aggregators.Spec[] specs) {
      for (int i = 0; i < specs.length; i++) {
        frame[specs[i].slot()] = accumulators[i].result();
      }
      return frame;
    }
  }

  // ---- distinct and order

  private List<Object[]> distinct(List<Object[]> rows, Execution ex) {
    Set<Object> seen = new HashSet<>();
    List<Object[]> result = new ArrayList<>();
    for (Object[] row : rows) {
      Object key;
      if (query.distinct()) {
        List<Object> values = new ArrayList<>(projections.length);
        for (Projection projection : projections) {
          values.add(groupKey(projection.stored(row, ex)));
        }
        key = values;
      } else {
        key = row[distinctEntity] == null ? null : ((org.memoryjpa.internal.store.RowSnapshot) row[distinctEntity]).key();
      }
      if (seen.add(key)) {
        result.add(row);
      }
    }
    return result;
  }

  private record Sorted(Object[] frame, Object[] keys, int sequence) {}

  private List<Object[]> sorted(List<Object[]> rows, Execution ex, long keep) {
    Comparator<Sorted> order = comparator(nullsFirst(ex));
    List<Sorted> sorted;
    if (keep >= 0 && keep < rows.size()) {
      PriorityQueue<Sorted> heap = new PriorityQueue<>((int) Math.max(1, Math.min(keep, 1 << 16)) + 1,
          order.reversed());
      int sequence = 0;
      for (Object[] row : rows) {
        Sorted entry = new Sorted(row, keys(row, ex), sequence++);
        if (heap.size() < keep) {
          heap.add(entry);
        } else if (keep > 0 && order.compare(entry, heap.peek()) < 0) {
          heap.poll();
          heap.add(entry);
        }
      }
      sorted = new ArrayList<>(heap);
    } else {
      sorted = new ArrayList<>(rows.size());
      int sequence = 0;
      for (Object[] row : rows) {
        sorted.add(new Sorted(row, keys(row, ex), sequence++));
      }
    }
    sorted.sort(order);
    List<Object[]> result = new ArrayList<>(sorted.size());
    sorted.forEach(entry -> result.add(entry.frame()));
    return result;
  }

  private Object[] keys(Object[] row, Execution ex) {
    Object[] keys = new Object[sortKeys.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = sortKeys[i].evaluate(row, ex);
    }
    return keys;
  }

  private boolean[] nullsFirst(Execution ex) {
    boolean[] nullsFirst = new boolean[sortSpecs.length];
    for (int i = 0; i < nullsFirst.length; i++) {
      SortKey key = sortSpecs[i];
      nullsFirst[i] = key.nulls() == Nulls.FIRST
          || key.nulls() != Nulls.LAST && ex.nullOrdering().nullsFirst(key.ascending());
    }
    return nullsFirst;
  }

  private Comparator<Sorted> comparator(boolean[] nullsFirst) {
    return (a, b) -> {
      int order = compareKeys(a.keys(), b.keys(), nullsFirst);
      return order != 0 ? order : Integer.compare(a.sequence(), b.sequence());
    };
  }

  private int compareKeys(Object[] a, Object[] b, boolean[] nullsFirst) {
    for (int i = 0; i < sortSpecs.length; i++) {
      Object x = a[i];
      Object y = b[i];
      int order;
      if (x == null || y == null) {
        order = x == y ? 0 : (x == null) == nullsFirst[i] ? -1 : 1;
      } else {
        order = SqlValues.compare(x, y);
        if (!sortSpecs[i].ascending()) {
          order = -order;
        }
      }
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }
}
