package org.memoryjpa.internal.session;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.TypedQueryReference;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.CriteriaUpdate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.query.criteria.CriteriaShape;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.criteria.MemoryCriteriaBuilder;
import org.memoryjpa.internal.query.eval.CompiledQuery;
import org.memoryjpa.internal.query.eval.NullOrdering;
import org.memoryjpa.internal.query.model.Binder;
import org.memoryjpa.internal.query.model.QueryModel;
import org.memoryjpa.internal.query.model.UserFunction;
import org.memoryjpa.internal.query.parse.JpqlReader;
import org.memoryjpa.internal.query.parse.syntax.Statement;
import org.memoryjpa.internal.query.plan.Planner;

/**
 * The factory's entry to the query engine: compiles JPQL (parse, bind, plan, compile) once per query
 * string and keeps the result, creates query objects for its entity managers, and keeps the unit's
 * named queries. Thread-safe.
 */
final class Queries {

  /** Beyond this many distinct statements the cache starts over, so that generated text cannot grow it forever. */
  private static final int CACHE_LIMIT = 4096;

  private final MemoryEntityManagerFactory factory;
  private final Map<String, CompiledQuery> compiled = new ConcurrentHashMap<>();
  private volatile LastTranslated lastTranslated;
  // translations of simple Criteria queries by their shape: a query built anew per call skips translation
  private final Map<List<Object>, Shaped> shaped = new ConcurrentHashMap<>();
  private final Planner planner;
  private final NullOrdering nullOrdering;
  private final Map<String, UserFunction> functions;
  private final NamedQueries named;
  /** Made on first use: loading its classes was ~5% of a cold first bootstrap, and many units never build a Criteria query. */
  private volatile MemoryCriteriaBuilder criteriaBuilder;

  Queries(MemoryEntityManagerFactory factory) {
    this.factory = factory;
    this.planner = new Planner(factory.tableLookup());
    this.nullOrdering = NullOrdering.of(factory.getProperties().get(ConfigurationKeys.QUERY_NULL_ORDERING));
    this.functions = RegisteredFunctions.read(factory.getProperties().get(ConfigurationKeys.QUERY_FUNCTIONS),
        classLoader());
    this.named = new NamedQueries(factory.model().namedQueries(), this);
  }

  NullOrdering nullOrdering() {
    return nullOrdering;
  }

  /**
   * The compiled form of a JPQL statement, from the cache or compiled now.
   *
   * @throws IllegalArgumentException for a syntax error or an unknown or misused name
   */
  CompiledQuery compile(String jpql) {
    if (jpql == null) {
      throw new IllegalArgumentException("The JPQL query is null; pass the query text to createQuery");
    }
    return compile(jpql, () -> JpqlReader.read(jpql));
  }

  /**
   * The compiled form of a translated Criteria statement, cached under its canonical JPQL text (which
   * parses back to the same tree, so a JPQL query of that text shares the entry). The statement last
   * compiled is kept beside it: a Criteria query built anew per call, as applications do, translates to
   * an equal tree each time, and comparing two trees costs less than rendering and hashing the text.
   * Equal trees render equal text (syntax nodes are records), so the shortcut returns what the cache
   * would.
   */
  CompiledQuery compile(Statement statement) {
    LastTranslated last = lastTranslated;
    if (last != null && last.statement().equals(statement)) {
      return last.query();
    }
    CompiledQuery query = compile(statement.toString(), () -> statement);
    lastTranslated = new LastTranslated(statement, query);
    return query;
  }

  /** A translated statement and its compiled form; replaced whole, so readers on other threads see a pair. */
  private record LastTranslated(Statement statement, CompiledQuery query) {}

  private CompiledQuery compile(String jpql, Supplier<Statement> statement) {
    CompiledQuery query = compiled.get(jpql);
    if (query == null) {
      QueryModel model = Binder.bind(factory.model(), statement.get(), jpql, classLoader(), functions);
      query = CompiledQuery.compile(planner.plan(model), factory.tableLookup());
      if (compiled.size() >= CACHE_LIMIT) {
        compiled.clear();
      }
      compiled.put(jpql, query);
    }
    return query;
  }

  private ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      return context;
    }
    for (EntityModel entity : factory.model().entities()) {
      return entity.javaType().getClassLoader();
    }
    return Queries.class.getClassLoader();
  }

  Query createUntypedQuery(MemoryEntityManager session, String jpql) {
    return new MemoryQuery<>(session, compile(jpql), null);
  }

  <T> TypedQuery<T> createQuery(MemoryEntityManager session, String jpql, Class<T> resultClass) {
    if (resultClass == null) {
      throw new IllegalArgumentException("The result class passed to createQuery is null");
    }
    return new MemoryQuery<>(session, compile(jpql), resultClass);
  }

  <T> TypedQuery<T> createQuery(MemoryEntityManager session, CriteriaQuery<T> query) {
    MemoryCriteriaBuilder builder = criteriaBuilder();
    CriteriaShape shape = CriteriaShape.of(builder, require(query, "CriteriaQuery"));
    if (shape == null) {
      return criteriaQuery(session, builder.translate(query, true));
    }
    Shaped known = shaped.get(shape.key());
    if (known != null) {
      @SuppressWarnings("unchecked")
      Class<T> resultType = (Class<T>) known.translation().resultType();
      return new MemoryQuery<>(session, known.query(), resultType, shape.rebind(known.translation(), query));
    }
    CriteriaTranslation translation = builder.translate(query, true);
    MemoryQuery<T> created = criteriaQuery(session, translation);
    if (shape.matches(translation, query)) {
      if (shaped.size() >= CACHE_LIMIT) {
        shaped.clear();
      }
      shaped.put(shape.key(), new Shaped(translation, compile(translation.statement())));
    }
    return created;
  }

  /** A Criteria query's translation and its compiled form, kept under the query's shape. */
  private record Shaped(CriteriaTranslation translation, CompiledQuery query) {}

  <T> TypedQuery<T> createQuery(MemoryEntityManager session, CriteriaSelect<T> query) {
    return criteriaQuery(session, criteriaBuilder().translate(require(query, "CriteriaSelect"), true));
  }

  Query createQuery(MemoryEntityManager session, CriteriaUpdate<?> update) {
    return criteriaQuery(session, criteriaBuilder().translate(require(update, "CriteriaUpdate"), true));
  }

  Query createQuery(MemoryEntityManager session, CriteriaDelete<?> delete) {
    return criteriaQuery(session, criteriaBuilder().translate(require(delete, "CriteriaDelete"), true));
  }

  private <T> MemoryQuery<T> criteriaQuery(MemoryEntityManager session, CriteriaTranslation translation) {
    @SuppressWarnings("unchecked")
    Class<T> resultType = (Class<T>) translation.resultType();
    return new MemoryQuery<>(session, compile(translation.statement()), resultType, translation);
  }

  private static <Q> Q require(Q query, String kind) {
    if (query == null) {
      throw new IllegalArgumentException("The " + kind + " passed to createQuery is null");
    }
    return query;
  }

  <T> TypedQuery<T> createNamedQuery(MemoryEntityManager session, String name, Class<T> resultClass) {
    NamedQueries.Definition definition = named.require(name, factory.getName());
    Class<T> type = resultClass == Object.class && definition.resultClass() == null ? null : resultClass;
    MemoryQuery<T> query = new MemoryQuery<>(session, compile(definition.text()), type, definition.criteria());
    query.apply(definition);
    return query;
  }

  MemoryCriteriaBuilder criteriaBuilder() {
    MemoryCriteriaBuilder builder = criteriaBuilder;
    if (builder == null) {
      synchronized (this) {
        builder = criteriaBuilder;
        if (builder == null) {
          builder = new MemoryCriteriaBuilder((MemoryMetamodel) factory.getMetamodel());
          criteriaBuilder = builder;
        }
      }
    }
    return builder;
  }

  void addNamedQuery(String name, Query query) {
    if (name == null) {
      throw new IllegalArgumentException("The name passed to addNamedQuery is null");
    }
    if (!(query instanceof MemoryQuery<?> ours)) {
      throw new IllegalArgumentException("The query passed to addNamedQuery was not created by memory-jpa");
    }
    named.add(ours.definition(name));
  }

  <R> Map<String, TypedQueryReference<R>> namedQueries(Class<R> resultType) {
    return named.references(resultType);
  }
}
