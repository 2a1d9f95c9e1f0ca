package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.Store;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.testing.Provider;

/**
 * Where a factory keeps its data: a private store by default, or a store named by
 * {@code memoryjpa.store} that factories share and that outlives them, as an H2 in-memory database
 * with {@code DB_CLOSE_DELAY=-1} does for Hibernate; what the standard schema-generation action does to
 * it; and the {@link Store} view for tests.
 */
class StoreTest {

  private static Map<String, Object> shared(Provider provider, String name, String schemaAction) {
    return provider.sharedDatabase(name, schemaAction);
  }

  private static String uniqueName() {
    return "store-test-" + UUID.randomUUID();
  }

  private static Author find(EntityManagerFactory factory, long id) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.find(Author.class, id);
    }
  }

  private static void persistAuthor(EntityManagerFactory factory, long id) {
    factory.runInTransaction(em -> em.persist(new Author(id, "Author " + id)));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createFactory_noStoreName_doesNotSeeAnotherFactorysData(Provider provider) {
    try (EntityManagerFactory first = provider.create(Author.class, Book.class);
        EntityManagerFactory second = provider.create(Author.class, Book.class)) {
      persistAuthor(first, 1);

      assertThat(find(second, 1)).isNull();
      assertThat(find(first, 1)).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createFactory_sameStoreName_sharesData(Provider provider) {
    String name = uniqueName();
    try (EntityManagerFactory first = provider.create(shared(provider, name, "create"), Author.class, Book.class);
        EntityManagerFactory second = provider.create(shared(provider, name, "create"), Author.class, Book.class)) {
      persistAuthor(first, 1);
      persistAuthor(second, 2);

      assertThat(find(second, 1)).isNotNull();
      assertThat(find(first, 2)).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void close_factoryOfNamedStore_storeOutlivesIt(Provider provider) {
    String name = uniqueName();
    EntityManagerFactory first = provider.create(shared(provider, name, "create"), Author.class, Book.class);
    persistAuthor(first, 1);
    first.close();

    try (EntityManagerFactory second = provider.create(shared(provider, name, "create"), Author.class, Book.class)) {
      assertThat(find(second, 1).getName()).isEqualTo("Author 1");
    }
  }

  /** Factory B opens the store factory A filled and closed, with the schema action given. */
  private static EntityManagerFactory reopenWith(Provider provider, String schemaAction) {
    String name = uniqueName();
    try (EntityManagerFactory first = provider.create(shared(provider, name, "create"), Author.class, Book.class)) {
      persistAuthor(first, 1);
    }
    return provider.create(shared(provider, name, schemaAction), Author.class, Book.class);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void schemaAction_dropAndCreate_emptiesStore(Provider provider) {
    try (EntityManagerFactory factory = reopenWith(provider, "drop-and-create")) {
      assertThat(find(factory, 1)).isNull();
      persistAuthor(factory, 1);
      assertThat(find(factory, 1)).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void schemaAction_create_keepsStoredData(Provider provider) {
    try (EntityManagerFactory factory = reopenWith(provider, "create")) {
      assertThat(find(factory, 1)).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void schemaAction_none_keepsStoredData(Provider provider) {
    try (EntityManagerFactory factory = reopenWith(provider, "none")) {
      assertThat(find(factory, 1)).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void schemaAction_drop_emptiesStore_differsFromHibernate_becauseInMemoryTablesLiveAsLongAsTheFactory(
      Provider provider) {
    try (EntityManagerFactory factory = reopenWith(provider, "drop")) {
      if (provider == Provider.MEMORY) {
        assertThat(find(factory, 1)).isNull();
      } else {
        assertThatThrownBy(() -> find(factory, 1)).isInstanceOf(PersistenceException.class);
      }
    }
  }

  @Test
  void schemaAction_unknownValue_failsBootstrapNamingIt() {
    assertThatThrownBy(() -> Provider.MEMORY.create(
            Map.of(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "recreate"), Author.class, Book.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("'recreate'")
        .hasMessageContaining(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION);
  }

  @Test
  void name_namedAndPrivateStore_isConfiguredOrGeneratedName() {
    String name = uniqueName();
    try (EntityManagerFactory named = Provider.MEMORY.create(Map.of(ConfigurationKeys.STORE, name), Author.class, Book.class);
        EntityManagerFactory unnamed = Provider.MEMORY.create(Author.class, Book.class)) {
      assertThat(named.unwrap(Store.class).name()).isEqualTo(name);
      assertThat(unnamed.unwrap(Store.class).name()).isNotEqualTo(name).isNotBlank();
    }
  }

  @Test
  void clear_fromFactory_emptiesEveryTable() {
    try (EntityManagerFactory factory = Provider.MEMORY.create(Author.class, Book.class)) {
      factory.runInTransaction(em -> {
        Author author = new Author(1, "Ann");
        em.persist(author);
        em.persist(new Book(2, "Tides", author));
      });
      Store store = factory.unwrap(Store.class);

      store.clear();

      assertThat(store.count(Author.class)).isZero();
      assertThat(store.count(Book.class)).isZero();
      assertThat(find(factory, 1)).isNull();
    }
  }

  @Test
  void clearClass_fromEntityManager_emptiesOnlyThatEntity() {
    try (EntityManagerFactory factory = Provider.MEMORY.create(Author.class, Book.class)) {
      factory.runInTransaction(em -> {
        Author author = new Author(1, "Ann");
        em.persist(author);
        em.persist(new Book(2, "Tides", author));
        em.persist(new Book(3, "Shoals", author));
      });

      try (EntityManager em = factory.createEntityManager()) {
        Store store = em.unwrap(Store.class);
        assertThat(store.count(Book.class)).isEqualTo(2);

        store.clear(Book.class);

        assertThat(store.count(Book.class)).isZero();
        assertThat(store.count(Author.class)).isEqualTo(1);
      }
    }
  }

  @Test
  void count_rowsOfOpenTransaction_areNotCountedUntilCommit() {
    try (EntityManagerFactory factory = Provider.MEMORY.create(Author.class, Book.class);
        EntityManager em = factory.createEntityManager()) {
      Store store = factory.unwrap(Store.class);
      em.getTransaction().begin();
      em.persist(new Author(1, "Ann"));
      em.flush();

      assertThat(store.count(Author.class)).isZero();
      em.getTransaction().commit();
      assertThat(store.count(Author.class)).isEqualTo(1);
    }
  }

  @Test
  void countAndClear_classNotAnEntityOfTheUnit_throwIllegalArgument() {
    try (EntityManagerFactory factory = Provider.MEMORY.create(Author.class, Book.class)) {
      Store store = factory.unwrap(Store.class);

      assertThatThrownBy(() -> store.count(String.class)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.clear(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void clear_sharedStore_isEmptyForEveryFactorySharingIt() {
    String name = uniqueName();
    Map<String, Object> properties = Map.of(ConfigurationKeys.STORE, name);
    try (EntityManagerFactory first = Provider.MEMORY.create(properties, Author.class, Book.class);
        EntityManagerFactory second = Provider.MEMORY.create(properties, Author.class, Book.class)) {
      persistAuthor(first, 1);
      assertThat(second.unwrap(Store.class).count(Author.class)).isEqualTo(1);

      first.unwrap(Store.class).clear();

      assertThat(find(second, 1)).isNull();
      assertThat(second.unwrap(Store.class).count(Author.class)).isZero();
    }
  }
}
