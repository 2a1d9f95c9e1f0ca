package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.SchemaManager;
import jakarta.persistence.SchemaValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * JPA 3.2's {@code SchemaManager}. In memory the tables live as long as the factory: {@code create} has
 * nothing to add, {@code drop} and {@code truncate} delete every row, {@code validate} passes.
 */
class SchemaManagerTest {

  private static final Factories FACTORIES = new Factories(Author.class, Book.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static EntityManagerFactory withAuthor(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    factory.runInTransaction(em -> em.persist(new Author(1, "Ann")));
    return factory;
  }

  private static Author findAuthor(EntityManagerFactory factory) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.find(Author.class, 1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void truncate_storedRows_areDeleted(Provider provider) {
    EntityManagerFactory factory = withAuthor(provider);

    factory.getSchemaManager().truncate();

    assertThat(findAuthor(factory)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void create_existingSchema_keepsStoredRows(Provider provider) {
    EntityManagerFactory factory = withAuthor(provider);

    factory.getSchemaManager().create(true);

    assertThat(findAuthor(factory).getName()).isEqualTo("Ann");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void dropThenCreate_storedRows_leavesEmptyUsableSchema(Provider provider) {
    EntityManagerFactory factory = withAuthor(provider);
    SchemaManager schema = factory.getSchemaManager();

    schema.drop(true);
    schema.create(true);

    assertThat(findAuthor(factory)).isNull();
    factory.runInTransaction(em -> em.persist(new Author(1, "Bea")));
    assertThat(findAuthor(factory).getName()).isEqualTo("Bea");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void validate_schemaOfTheMapping_passes(Provider provider) {
    EntityManagerFactory factory = withAuthor(provider);

    assertThatCode(() -> factory.getSchemaManager().validate()).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void drop_thenUse_storeStaysUsable_differsFromHibernate_becauseInMemoryTablesLiveAsLongAsTheFactory(
      Provider provider) {
    EntityManagerFactory factory = withAuthor(provider);
    SchemaManager schema = factory.getSchemaManager();

    schema.drop(true);

    try {
      if (provider == Provider.MEMORY) {
        assertThat(findAuthor(factory)).isNull();
        assertThatCode(schema::validate).doesNotThrowAnyException();
        factory.runInTransaction(em -> em.persist(new Author(2, "Bea")));
      } else {
        assertThatThrownBy(() -> findAuthor(factory)).isInstanceOf(PersistenceException.class);
        assertThatThrownBy(schema::validate).isInstanceOf(SchemaValidationException.class);
      }
    } finally {
      schema.create(true);
    }
  }
}
