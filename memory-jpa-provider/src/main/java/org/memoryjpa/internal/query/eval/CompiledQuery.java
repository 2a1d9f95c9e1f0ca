package org.memoryjpa.internal.query.eval;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ValueConversion;
import org.memoryjpa.internal.query.model.Coercions;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.query.model.QuerySpec;
import org.memoryjpa.internal.query.plan.Plan;
import org.memoryjpa.internal.store.CompositeKey;
import org.memoryjpa.internal.store.ReadView;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;
import org.memoryjpa.internal.store.Table;

/**
 * A statement compiled for execution: its plan, the evaluators of its main query and subqueries, and
 * for UPDATE the evaluators of the new values. Built once per query string and factory and shared by
 * every query object and thread; each run gets its own {@link Execution}. Immutable and thread-safe.
 */
public final class CompiledQuery {

  private final Plan plan;
  private final CompiledSelect main;
  private final CompiledSet sets;
  private final int occurrences;
  private final Table table;
  private final int[] assignedSlots;
  private final Class<?>[] assignedTypes;
  private final Evaluator[] assignedValues;
  private final ValueConversion[] assignedConversions;
  private final int[] keySlots;

  private CompiledQuery(Plan plan, Function<EntityModel, Table> tables) {
    this.plan = plan;
    Map<QuerySpec, CompiledSelect> subqueries = new IdentityHashMap<>();
    ExprCompiler[] holder = new ExprCompiler[1];
    holder[0] = new ExprCompiler(tables, plan.model().parameters(), query -> {
      CompiledSelect compiled = subqueries.get(query);
      if (compiled == null) {
        compiled = new CompiledSelect(plan.subplan(query), holder[0]);
        subqueries.put(query, compiled);
      }
      return compiled;
    });
    ExprCompiler compiler = holder[0];
    this.main = new CompiledSelect(plan.main(), compiler);
    QueryModel model = plan.model();
    if (model instanceof QueryModel.Select select && select.sets() != null) {
      Map<QuerySpec, CompiledSelect> leaves = new IdentityHashMap<>();
      leaves.put(plan.main().query(), main);
      this.sets = new CompiledSet(select.sets(), query -> leaves.computeIfAbsent(query,
          q -> new CompiledSelect(plan.leaf(q), compiler)), compiler, model.frameSize());
    } else {
      this.sets = null;
    }
    if (model instanceof QueryModel.Update update) {
      table = tables.apply(update.entity());
      int n = update.assignments().size();
      assignedSlots = new int[n];
      assignedTypes = new Class<?>[n];
      assignedValues = new Evaluator[n];
      assignedConversions = new ValueConversion[n];
      for (int i = 0; i < n; i++) {
        QueryModel.Assignment assignment = update.assignments().get(i);
        assignedSlots[i] = assignment.slot().index();
        assignedTypes[i] = assignment.value().type().storedType();
        assignedValues[i] = compiler.compile(assignment.value());
        assignedConversions[i] = assignment.slot().leaf() instanceof BasicMapping basic
            ? basic.conversion() : ValueConversion.IDENTITY;
      }
    } else {
      table = model instanceof QueryModel.Delete delete ? tables.apply(delete.entity()) : null;
      assignedSlots = new int[0];
      assignedTypes = new Class<?>[0];
      assignedValues = new Evaluator[0];
      assignedConversions = new ValueConversion[0];
    }
    keySlots = model instanceof QueryModel.Update update ? keySlots(update.entity()) : new int[0];
    this.occurrences = compiler.occurrences();
  }

  /** Compiles a plan over the tables {@code tables} gives for each entity. */
  public static CompiledQuery compile(Plan plan, Function<EntityModel, Table> tables) {
    return new CompiledQuery(plan, tables);
  }

  /** The statement's plan. */
  public Plan plan() {
    return plan;
  }

  /** The bound statement. */
  public QueryModel model() {
    return plan.model();
  }

  /** What a run produced: the result rows (one Java value per select item) or the update count. */
  public record Result(List<Object[]> rows, int count, long rowsRead) {}

  /**
   * Runs a SELECT over {@code view}: rows of Java values, entities through the session, fetch joins
   * applied.
   *
   * @param arguments the bound parameter values, in the order of {@code model().parameters()}
   * @param first rows to skip, as {@code setFirstResult}
   * @param max rows wanted, as {@code setMaxResults}; -1 for all
   */
  public Result select(QuerySession session, ReadView view, Object[] arguments, int first, int max,
      NullOrdering nullOrdering) {
    Execution ex = new Execution(view, session, arguments, occurrences, nullOrdering);
    if (sets != null) {
      return selectSets(ex, first, max);
    }
    List<Object[]> frames = main.rows(new Object[plan.model().frameSize()], ex, first, max);
    Projection[] projections = main.projections();
    // the frames list is ours: without fetch joins, which read the frames afterwards, it takes the rows
    List<Object[]> rows = main.fetches.isEmpty() ? frames : new ArrayList<>(frames.size());
    for (int f = 0; f < frames.size(); f++) {
      Object[] frame = frames.get(f);
      Object[] row = new Object[projections.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = projections[i].result(frame, ex);
      }
      if (rows == frames) {
        rows.set(f, row);
      } else {
        rows.add(row);
      }
    }
    fetch(frames, ex);
    if (rows.size() > 1 && isOneEntity()) {
      rows = distinctInstances(rows);
    }
    return new Result(rows, rows.size(), ex.rowsRead());
  }

  /** Whether {@link #stream} can produce the rows lazily: a plain select, no set operation. */
  public boolean streams() {
    return sets == null && main.streams();
  }

  /**
   * Runs a SELECT lazily over {@code view}: rows as {@link #select} returns them, built as the cursor
   * is pulled; only when {@link #streams()}. The view must stay open while the cursor is used.
   */
  public ResultCursor stream(QuerySession session, ReadView view, Object[] arguments, int first, int max,
      NullOrdering nullOrdering) {
    Execution ex = new Execution(view, session, arguments, occurrences, nullOrdering);
    Iterator<Object[]> frames = main.cursor(new Object[plan.model().frameSize()], ex, first, max);
    return new ResultCursor(frames, ex, main.projections(), main.fetches, isOneEntity());
  }

  private boolean isOneEntity() {
    return main.query().select().size() == 1
        && main.query().select().get(0).kind() == org.memoryjpa.internal.query.model.Selection.Kind.ENTITY;
  }

  /**
   * The rows without repeated instances: as Hibernate 6+, a query whose only select item is an entity
   * returns each instance once (after paging, which Hibernate applies in SQL).
   */
  private static List<Object[]> distinctInstances(List<Object[]> rows) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object[]> distinct = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      if (row[0] == null || seen.add(row[0])) {
        distinct.add(row);
      }
    }
    return distinct;
  }

  private Result selectSets(Execution ex, int first, int max) {
    List<CompiledSet.Entry> entries = sets.rows(ex);
    int from = Math.min(first, entries.size());
    int to = max < 0 ? entries.size() : (int) Math.min(entries.size(), (long) from + max);
    List<Object[]> rows = new ArrayList<>(to - from);
    for (CompiledSet.Entry entry : entries.subList(from, to)) {
      Projection[] projections = entry.leaf().projections();
      Object[] row = new Object[projections.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = projections[i].result(entry.frame(), ex);
      }
      rows.add(row);
    }
    return new Result(rows, rows.size(), ex.rowsRead());
  }

  private void fetch(List<Object[]> frames, Execution ex) {
    if (main.fetches.isEmpty()) {
      return;
    }
    Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
    for (CompiledSelect.Fetch fetch : main.fetches) {
      done.clear();
      for (Object[] frame : frames) {
        RowSnapshot row = (RowSnapshot) frame[fetch.owner()];
        if (row != null) {
          Object owner = ex.session().entity(fetch.entity(), row);
          if (done.add(owner)) {
            ex.session().fetch(fetch.entity(), owner, fetch.path());
          }
        }
      }
    }
  }

  /**
   * Runs an UPDATE or DELETE: finds the rows over {@code view}, then writes through the session's
   * transaction. Returns the number of rows changed.
   */
  public Result execute(QuerySession session, ReadView view, Object[] arguments) {
    Execution ex = new Execution(view, session, arguments, occurrences, NullOrdering.LOW);
    List<Object[]> frames = main.rows(new Object[plan.model().frameSize()], ex, 0, -1);
    int root = main.query().from().get(0).variable().index();
    StoreTransaction transaction = session.transaction();
    if (plan.model() instanceof QueryModel.Delete) {
      List<Object> keys = new ArrayList<>(frames.size());
      frames.forEach(frame -> keys.add(((RowSnapshot) frame[root]).key()));
      for (Object key : keys) {
        transaction.delete(table, key, StoreTransaction.NO_VERSION_CHECK);
      }
      return new Result(List.of(), keys.size(), ex.rowsRead());
    }
    QueryModel.Update update = (QueryModel.Update) plan.model();
    int versionSlot = table.schema().versionSlot();
    List<RowSnapshot> changed = new ArrayList<>(frames.size());
    for (Object[] frame : frames) {
      RowSnapshot row = (RowSnapshot) frame[root];
      Object[] values = row.copyValues();
      for (int i = 0; i < assignedSlots.length; i++) {
        values[assignedSlots[i]] = assignedConversions[i].fitStored(
            Coercions.literal(assignedValues[i].evaluate(frame, ex), assignedTypes[i]));
      }
      if (update.versioned() && versionSlot >= 0) {
        values[versionSlot] = nextVersion(values[versionSlot]);
      }
      changed.add(RowSnapshot.of(row.key(), row.typeTag(), values));
    }
    List<RowSnapshot> moved = new ArrayList<>();
    for (RowSnapshot row : changed) {
      Object key = keyOf(row);
      if (Objects.equals(key, row.key())) {
        transaction.update(table, row, StoreTransaction.NO_VERSION_CHECK);
      } else {
        // a new identifier is a new row: the commit's checks then see a clash with an existing key
        // and references left pointing at the old one, as a database's constraints would
        transaction.delete(table, row.key(), StoreTransaction.NO_VERSION_CHECK);
        moved.add(RowSnapshot.of(key, row.typeTag(), row.copyValues()));
      }
    }
    for (RowSnapshot row : moved) {
      transaction.insert(table, row);
    }
    return new Result(List.of(), changed.size(), ex.rowsRead());
  }

  // the slots of the id's columns in the hierarchy's rows, in the order keys are built from
  private static int[] keySlots(EntityModel entity) {
    return entity.root().layout().slots().stream().filter(slot -> slot.mappings().get(0).isId())
        .mapToInt(Slot::index).toArray();
  }

  private Object keyOf(RowSnapshot row) {
    if (keySlots.length == 1) {
      return row.value(keySlots[0]);
    }
    Object[] components = new Object[keySlots.length];
    for (int i = 0; i < keySlots.length; i++) {
      components[i] = row.value(keySlots[i]);
    }
    return CompositeKey.of(components);
  }

  private static Object nextVersion(Object version) {
    if (version instanceof Integer i) {
      return i + 1;
    }
    if (version instanceof Long l) {
      return l + 1;
    }
    if (version instanceof Short s) {
      return (short) (s + 1);
    }
    if (version instanceof Timestamp) {
      return new Timestamp(System.currentTimeMillis());
    }
    if (version instanceof Instant) {
      return Instant.now();
    }
    if (version instanceof LocalDateTime) {
      return LocalDateTime.now();
    }
    return version == null ? 0 : version;
  }
}
