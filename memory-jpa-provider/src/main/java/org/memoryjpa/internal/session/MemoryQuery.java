package org.memoryjpa.internal.session;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TemporalType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.eval.CompiledQuery;
import org.memoryjpa.internal.query.eval.ResultCursor;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.store.ReadView;
import org.memoryjpa.internal.store.StoreTransaction;

/**
 * memory-jpa's {@link TypedQuery} (and so {@link jakarta.persistence.Query}) over a compiled
 * statement: parameters, paging, flush and lock modes, hints, and the runs. Each run flushes first when
 * the flush mode is AUTO and a transaction is active (as Hibernate), reads one read view pinned for the
 * whole statement, and hands entities through the persistence context. Not thread-safe: one thread, like
 * its entity manager.
 *
 * @param <X> the result type
 */
public final class MemoryQuery<X> implements TypedQuery<X> {

  /** The hint naming a pessimistic lock's timeout in milliseconds. */
  static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
  /** The hint naming a query timeout in milliseconds. */
  static final String QUERY_TIMEOUT = "jakarta.persistence.query.timeout";

  private static final LockRequest NO_LOCK = LockRequest.of(LockModeType.NONE, Map.of());

  private final MemoryEntityManager session;
  private final CompiledQuery compiled;
  private final Class<X> resultClass;
  private final CriteriaTranslation criteria;
  private final ResultShape shape;
  private final QueryArguments arguments;
  private int firstResult;
  private int maxResults = -1;
  private FlushModeType flushMode;
  private LockModeType lockMode = LockModeType.NONE;
  // made by the first setHint: most queries set none
  private Map<String, Object> hints = Map.of();
  private Integer timeout;
  private CacheRetrieveMode cacheRetrieveMode = CacheRetrieveMode.USE;
  private CacheStoreMode cacheStoreMode = CacheStoreMode.USE;
  private long rowsRead = -1;
  /** The cursor of the last run's result stream, while it is the last run. */
  private ResultCursor cursor;

  MemoryQuery(MemoryEntityManager session, CompiledQuery compiled, Class<X> resultClass) {
    this(session, compiled, resultClass, null);
  }

  /**
   * A query over a translated Criteria statement ({@code criteria} not null): its result form and
   * elements come from the translation, its generated literal parameters are bound and hidden, and its
   * {@code ParameterExpression}s are its parameters.
   */
  MemoryQuery(MemoryEntityManager session, CompiledQuery compiled, Class<X> resultClass,
      CriteriaTranslation criteria) {
    this.session = session;
    this.compiled = compiled;
    this.resultClass = resultClass;
    this.criteria = criteria;
    QueryModel model = compiled.model();
    this.shape = !(model instanceof QueryModel.Select select) ? null
        : criteria == null ? ResultShape.of(select, resultClass) : ResultShape.of(select, criteria);
    if (shape == null && resultClass != null && resultClass != Object.class) {
      throw new IllegalArgumentException("Cannot create a TypedQuery for an UPDATE or DELETE statement; use"
          + " createQuery(String)\n" + model.text());
    }
    this.arguments = new QueryArguments(model.parameters());
    if (criteria != null) {
      arguments.adopt(criteria);
    }
  }

  /** Applies the settings a named query keeps. */
  void apply(NamedQueries.Definition definition) {
    definition.hints().forEach(this::setHint);
    if (definition.lockMode() != null && definition.lockMode() != LockModeType.NONE) {
      setLockMode(definition.lockMode());
    }
    firstResult = definition.firstResult();
    maxResults = definition.maxResults();
    flushMode = definition.flushMode();
  }

  /** The statement's text. */
  String text() {
    return compiled.model().text();
  }

  Class<X> resultClass() {
    return resultClass;
  }

  NamedQueries.Definition definition(String name) {
    return new NamedQueries.Definition(name, text(), resultClass, lockMode, Map.copyOf(hints), firstResult,
        maxResults, flushMode, criteria);
  }

  // ---- runs

  @Override
  public List<X> getResultList() {
    List<Object[]> rows = rows(firstResult, maxResults);
    return session.guard(() -> {
      List<X> results = new ArrayList<>(rows.size());
      for (Object[] row : rows) {
        @SuppressWarnings("unchecked")
        X result = (X) shape.shape(row);
        results.add(result);
      }
      return results;
    });
  }

  /**
   * One row's result: a result class's constructor fails as the statement would, so it runs guarded
   * (a failure marks the transaction for rollback); the other shapes cannot fail.
   */
  @SuppressWarnings("unchecked")
  private X shaped(Object[] row) {
    return shape.constructs() ? session.guard(() -> (X) shape.shape(row)) : (X) shape.shape(row);
  }

  /**
   * Lazy where the plan allows (no grouping, DISTINCT or ORDER BY over the whole set, no lock mode or
   * entity graph hint): rows are read as the stream is pulled, and closing it releases the read view.
   */
  @Override
  public Stream<X> getResultStream() {
    session.checkOpen();
    if (shape == null || lockMode != LockModeType.NONE || GraphFetch.of(hints) != null || !compiled.streams()) {
      return getResultList().stream();
    }
    Object[] values = arguments.require();
    return session.guard(() -> {
      QueryTimeout deadline = QueryTimeout.start(timeout, session.properties());
      flushIfNeeded();
      ReadView view = readView();
      try {
        cursor = compiled.stream(new QueryBridge(session, deadline.millis(), false), view, values, firstResult, maxResults,
            session.factory().queries().nullOrdering());
      } catch (RuntimeException e) {
        view.close();
        throw e;
      }
      @SuppressWarnings("unchecked")
      Stream<X> results = ResultStream.of(cursor, view, row -> (X) shape.shape(row));
      return results;
    });
  }

  @Override
  public X getSingleResult() {
    List<Object[]> rows = rows(firstResult, maxResults);
    if (rows.isEmpty()) {
      throw new NoResultException("No result for query: " + text());
    }
    if (rows.size() > 1) {
      throw new NonUniqueResultException("More than one result for query: " + text());
    }
    return shaped(rows.get(0));
  }

  @Override
  public X getSingleResultOrNull() {
    List<Object[]> rows = rows(firstResult, maxResults);
    if (rows.size() > 1) {
      throw new NonUniqueResultException("More than one result for query: " + text());
    }
    return rows.isEmpty() ? null : shaped(rows.get(0));
  }

  /** The rows of a run, locked and graph-fetched, not yet shaped: a single result shapes one row only. */
  private List<Object[]> rows(int first, int max) {
    session.checkOpen();
    if (shape == null) {
      throw new IllegalStateException("Cannot call getResultList() on an UPDATE or DELETE statement; use"
          + " executeUpdate()\n" + text());
    }
    Object[] values = arguments.forRun();
    // not through guard(): a capturing lambda per run shows in a selective query's cost, as in find's
    try {
      LockRequest lock = lockRequest();
      if (lock.mode() != LockModeType.NONE && session.storeTransaction() == null) {
        throw new TransactionRequiredException("No transaction is in progress; a query with lock mode "
            + lock.mode() + " needs one");
      }
      QueryTimeout deadline = QueryTimeout.start(timeout, session.properties());
      flushIfNeeded();
      QueryBridge bridge = new QueryBridge(session, deadline.millis(), lock.isPessimistic());
      List<Object[]> rows = run(bridge, values, first, max);
      if (lock.mode() != LockModeType.NONE) {
        try {
          EntityResults.lock(session, bridge, rows, deadline.limit(lock, session.lockTimeout(lock)));
        } catch (jakarta.persistence.LockTimeoutException e) {
          throw deadline.lockWaitEnded(e, this);
        }
      }
      if (!hints.isEmpty()) {
        EntityResults.applyGraph(rows, GraphFetch.of(hints));
      }
      return rows;
    } catch (PersistenceException e) {
      throw session.failed(e);
    }
  }

  private List<Object[]> run(QueryBridge bridge, Object[] values, int first, int max) {
    try (ReadView view = readView()) {
      CompiledQuery.Result result = compiled.select(bridge, view, values, first, max,
          session.factory().queries().nullOrdering());
      rowsRead = result.rowsRead();
      cursor = null;
      return result.rows();
    }
  }

  /**
   * The statement's view: through the session's transaction, or outside one the committed state alone,
   * pinned at the latest commit without the cost of a store transaction (as find reads the table).
   */
  private ReadView readView() {
    StoreTransaction transaction = session.storeTransaction();
    return transaction != null ? transaction.readView() : session.factory().database().readView();
  }

  private void flushIfNeeded() {
    FlushModeType mode = flushMode != null ? flushMode : session.getFlushMode();
    if (mode == FlushModeType.AUTO && session.storeTransaction() != null) {
      session.doFlush();
    }
  }

  private LockRequest lockRequest() {
    if (lockMode == LockModeType.NONE) {
      return NO_LOCK;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    Object lockTimeout = hints.get(LOCK_TIMEOUT);
    if (lockTimeout != null) {
      properties.put(LOCK_TIMEOUT, lockTimeout);
    }
    return LockRequest.of(lockMode, properties);
  }

  @Override
  public int executeUpdate() {
    session.checkOpen();
    if (shape != null) {
      throw new IllegalStateException("Cannot call executeUpdate() on a SELECT statement; use getResultList()\n"
          + text());
    }
    Object[] values = arguments.require();
    StoreTransaction transaction = session.storeTransaction();
    if (transaction == null) {
      throw new TransactionRequiredException("No transaction is in progress; executeUpdate() needs one");
    }
    return session.guard(() -> {
      flushIfNeeded();
      try (ReadView view = transaction.readView()) {
        QueryBridge bridge = new QueryBridge(session, QueryTimeout.start(timeout, session.properties()).millis(), false);
        CompiledQuery.Result result = compiled.execute(bridge, view, values);
        rowsRead = result.rowsRead();
        // a database checks its constraints per statement, so a bulk statement fails at once, not at commit
        transaction.validate();
        cursor = null;
        return result.count();
      }
    });
  }

  // ---- paging

  @Override
  public MemoryQuery<X> setMaxResults(int maxResult) {
    if (maxResult < 0) {
      throw new IllegalArgumentException("Max results must not be negative, got " + maxResult);
    }
    this.maxResults = maxResult;
    return this;
  }

  @Override
  public int getMaxResults() {
    return maxResults < 0 ? Integer.MAX_VALUE : maxResults;
  }

  @Override
  public MemoryQuery<X> setFirstResult(int startPosition) {
    if (startPosition < 0) {
      throw new IllegalArgumentException("First result must not be negative, got " + startPosition);
    }
    this.firstResult = startPosition;
    return this;
  }

  @Override
  public int getFirstResult() {
    return firstResult;
  }

  // ---- hints and modes

  @Override
  public MemoryQuery<X> setHint(String hintName, Object value) {
    if (hintName == null) {
      return this;
    }
    if ((GraphFetch.FETCH_GRAPH.equals(hintName) || GraphFetch.LOAD_GRAPH.equals(hintName)) && value != null) {
      GraphFetch.of(Map.of(hintName, value));
    }
    if (QUERY_TIMEOUT.equals(hintName) && value != null) {
      timeout = QueryTimeout.millisOf(value);
    }
    if (hints.isEmpty()) {
      hints = new LinkedHashMap<>();
    }
    hints.put(hintName, value);
    return this;
  }

  @Override
  public Map<String, Object> getHints() {
    return Collections.unmodifiableMap(hints);
  }

  @Override
  public MemoryQuery<X> setFlushMode(FlushModeType flushMode) {
    this.flushMode = flushMode;
    return this;
  }

  @Override
  public FlushModeType getFlushMode() {
    return flushMode != null ? flushMode : session.getFlushMode();
  }

  @Override
  public MemoryQuery<X> setLockMode(LockModeType lockMode) {
    if (shape == null) {
      throw new IllegalStateException("A lock mode applies to SELECT statements only\n" + text());
    }
    this.lockMode = lockMode == null ? LockModeType.NONE : lockMode;
    return this;
  }

  @Override
  public LockModeType getLockMode() {
    if (shape == null) {
      throw new IllegalStateException("A lock mode applies to SELECT statements only\n" + text());
    }
    return lockMode;
  }

  @Override
  public MemoryQuery<X> setCacheRetrieveMode(CacheRetrieveMode cacheRetrieveMode) {
    this.cacheRetrieveMode = cacheRetrieveMode;
    return this;
  }

  @Override
  public MemoryQuery<X> setCacheStoreMode(CacheStoreMode cacheStoreMode) {
    this.cacheStoreMode = cacheStoreMode;
    return this;
  }

  @Override
  public CacheRetrieveMode getCacheRetrieveMode() {
    return cacheRetrieveMode;
  }

  @Override
  public CacheStoreMode getCacheStoreMode() {
    return cacheStoreMode;
  }

  @Override
  public MemoryQuery<X> setTimeout(Integer timeout) {
    this.timeout = timeout;
    return this;
  }

  @Override
  public Integer getTimeout() {
    return timeout;
  }

  // ---- parameters

  @Override
  public <T> MemoryQuery<X> setParameter(Parameter<T> param, T value) {
    arguments.bind(arguments.indexOf(param), value);
    return this;
  }

  @Override
  @Deprecated
  public MemoryQuery<X> setParameter(Parameter<Calendar> param, Calendar value, TemporalType temporalType) {
    arguments.bind(arguments.indexOf(param), value);
    return this;
  }

  @Override
  @Deprecated
  public MemoryQuery<X> setParameter(Parameter<Date> param, Date value, TemporalType temporalType) {
    arguments.bind(arguments.indexOf(param), temporal(value, temporalType));
    return this;
  }

  @Override
  public MemoryQuery<X> setParameter(String name, Object value) {
    arguments.bind(arguments.indexOf(name), value);
    return this;
  }

  @Override
  @Deprecated
  public MemoryQuery<X> setParameter(String name, Calendar value, TemporalType temporalType) {
    arguments.bind(arguments.indexOf(name), value);
    return this;
  }

  @Override
  @Deprecated
  public MemoryQuery<X> setParameter(String name, Date value, TemporalType temporalType) {
    arguments.bind(arguments.indexOf(name), temporal(value, temporalType));
    return this;
  }

  @Override
  public MemoryQuery<X> setParameter(int position, Object value) {
    arguments.bind(arguments.indexOf(position), value);
    return this;
  }

  @Override
  @Deprecated
  public MemoryQuery<X> setParameter(int position, Calendar value, TemporalType temporalType) {
    arguments.bind(arguments.indexOf(position), value);
    return this;
  }

  @Override
  @Deprecated
  public MemoryQuery<X> setParameter(int position, Date value, TemporalType temporalType) {
    arguments.bind(arguments.indexOf(position), temporal(value, temporalType));
    return this;
  }

  private static Date temporal(Date value, TemporalType type) {
    if (value == null || type == null) {
      return value;
    }
    return switch (type) {
      case DATE -> new java.sql.Date(value.getTime());
      case TIME -> new java.sql.Time(value.getTime());
      case TIMESTAMP -> new java.sql.Timestamp(value.getTime());
    };
  }

  @Override
  public Set<Parameter<?>> getParameters() {
    return arguments.all();
  }

  @Override
  public Parameter<?> getParameter(String name) {
    return arguments.parameter(arguments.indexOf(name));
  }

  @Override
  public <T> Parameter<T> getParameter(String name, Class<T> type) {
    return typed(arguments.parameter(arguments.indexOf(name)), type);
  }

  @Override
  public Parameter<?> getParameter(int position) {
    return arguments.parameter(arguments.indexOf(position));
  }

  @Override
  public <T> Parameter<T> getParameter(int position, Class<T> type) {
    return typed(arguments.parameter(arguments.indexOf(position)), type);
  }

  @SuppressWarnings("unchecked")
  private static <T> Parameter<T> typed(Parameter<?> parameter, Class<T> type) {
    Class<?> actual = parameter.getParameterType();
    if (type != null && actual != null && !type.isAssignableFrom(actual)) {
      throw new IllegalArgumentException("Parameter '" + QueryArguments.label(parameter) + "' is of type '"
          + actual.getName() + "', not '" + type.getName() + "'");
    }
    return (Parameter<T>) parameter;
  }

  @Override
  public boolean isBound(Parameter<?> param) {
    return arguments.isBound(arguments.indexOf(param));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getParameterValue(Parameter<T> param) {
    return (T) arguments.value(arguments.indexOf(param));
  }

  @Override
  public Object getParameterValue(String name) {
    return arguments.value(arguments.indexOf(name));
  }

  @Override
  public Object getParameterValue(int position) {
    return arguments.value(arguments.indexOf(position));
  }

  // ---- introspection

  @Override
  public <T> T unwrap(Class<T> cls) {
    if (cls != null && cls.isInstance(this)) {
      return cls.cast(this);
    }
    throw new PersistenceException("Cannot unwrap the query to '" + (cls == null ? "null" : cls.getName())
        + "'; memory-jpa offers Query, TypedQuery and MemoryQuery");
  }

  /**
   * The plan the query runs, as text, with this query's paging (the sort shows as top-k when max
   * results are set). For tests and diagnostics.
   */
  public String plan() {
    return compiled.plan().describe(firstResult, maxResults);
  }

  /** How many rows and elements the last run read from the store; -1 before the first run. */
  public long rowsRead() {
    return cursor != null ? cursor.rowsRead() : rowsRead;
  }

  @Override
  public String toString() {
    return "MemoryQuery[" + text() + "]";
  }
}
