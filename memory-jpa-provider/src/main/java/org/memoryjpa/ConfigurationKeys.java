package org.memoryjpa;

/**
 * The configuration keys memory-jpa reads, besides the standard {@code jakarta.persistence.*} ones.
 * Values may be given in {@code persistence.xml} properties, the override map of
 * {@code createEntityManagerFactory}, a {@code PersistenceConfiguration}, or Spring's
 * {@code spring.jpa.properties.*}. Constants only; never instantiated.
 */
public final class ConfigurationKeys {

  /**
   * Name of the store the factory keeps its data in. Unset (the default): a private store that lives
   * and dies with the factory. Set: every factory naming the same store shares it, and the store
   * outlives them until it is dropped or cleared, as H2's {@code DB_CLOSE_DELAY=-1} does.
   */
  public static final String STORE = "memoryjpa.store";

  /**
   * What touching an unloaded lazy association does once its entity manager is closed: {@code throw}
   * (the default, as Hibernate's {@code LazyInitializationException}) or {@code load} (load it anyway,
   * as Hibernate's {@code hibernate.enable_lazy_load_no_trans}).
   */
  public static final String LAZY_LOAD_AFTER_CLOSE = "memoryjpa.lazy.load-after-close";

  /** Default lock timeout in milliseconds when {@code jakarta.persistence.lock.timeout} is not set. */
  public static final String DEFAULT_LOCK_TIMEOUT = "memoryjpa.lock.default-timeout";

  /**
   * Where ORDER BY puts nulls when a sort key says neither NULLS FIRST nor NULLS LAST: {@code low}
   * (the default, as H2: nulls sort below every value, first ascending and last descending), {@code
   * high} (as PostgreSQL and Oracle), {@code first} or {@code last}.
   */
  public static final String QUERY_NULL_ORDERING = "memoryjpa.query.null-ordering";

  /**
   * Java functions that JPQL calls as {@code FUNCTION('name', args...)}: a {@code Map} from name
   * (case-insensitive) to a {@link QueryFunction} instance, its {@code Class}, or its class name; or, in
   * {@code persistence.xml}, a string {@code name=com.example.Fn, other=com.example.Other}. Classes need
   * a public no-argument constructor. Functions of {@link QueryFunctionContributor}s found by {@code
   * ServiceLoader} are added; a name given here wins. A registered name shadows a built-in function of
   * the same name.
   */
  public static final String QUERY_FUNCTIONS = "memoryjpa.query.functions";

  /** The standard schema-generation action; {@code drop-and-create} and {@code drop} empty the store. */
  public static final String SCHEMA_GENERATION_DATABASE_ACTION =
      "jakarta.persistence.schema-generation.database.action";

  /** The standard lock timeout key, in milliseconds. */
  public static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

  /** The standard Bean Validation mode: {@code auto}, {@code callback} or {@code none}. */
  public static final String VALIDATION_MODE = "jakarta.persistence.validation.mode";

  private ConfigurationKeys() {}
}
