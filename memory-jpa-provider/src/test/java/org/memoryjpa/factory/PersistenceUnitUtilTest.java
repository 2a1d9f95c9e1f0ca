package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** {@code EntityManagerFactory.getPersistenceUnitUtil()}: ids, versions, classes and load state. */
class PersistenceUnitUtilTest {

  private static final Factories FACTORIES = new Factories(Author.class, Book.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  /** Author 1 with book 2, committed. */
  private static EntityManagerFactory withBook(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    factory.runInTransaction(em -> {
      Author author = new Author(1, "Ann");
      em.persist(author);
      em.persist(new Book(2, "Tides", author));
    });
    return factory;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getIdentifier_managedEntity_returnsItsId(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      assertThat(util.getIdentifier(em.find(Book.class, 2L))).isEqualTo(2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getIdentifier_uninitializedReference_returnsIdWithoutLoadingIt(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      Author reference = em.find(Book.class, 2L).getAuthor();

      assertThat(util.getIdentifier(reference)).isEqualTo(1L);
      assertThat(util.isLoaded(reference)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getIdentifier_newEntity_returnsAssignedId(Provider provider) {
    PersistenceUnitUtil util = FACTORIES.fresh(provider).getPersistenceUnitUtil();

    assertThat(util.getIdentifier(new Author(9, "New"))).isEqualTo(9L);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getVersion_updatedEntity_returnsIncrementedVersion(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    factory.runInTransaction(em -> em.find(Author.class, 1L).setName("Anne"));
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      assertThat(util.getVersion(em.find(Author.class, 1L))).isEqualTo(1L);
      assertThat(util.getVersion(em.find(Book.class, 2L))).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getIdentifierAndVersion_notAnEntity_throwIllegalArgument(Provider provider) {
    PersistenceUnitUtil util = FACTORIES.fresh(provider).getPersistenceUnitUtil();

    assertThatThrownBy(() -> util.getIdentifier("Ann")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> util.getVersion("Ann")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_lazyReference_isFalseUntilLoaded(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      Book book = em.find(Book.class, 2L);
      Author reference = book.getAuthor();
      assertThat(util.isLoaded(book)).isTrue();
      assertThat(util.isLoaded(book, "author")).isFalse();
      assertThat(util.isLoaded(reference)).isFalse();

      util.load(reference);

      assertThat(util.isLoaded(reference)).isTrue();
      assertThat(util.isLoaded(book, "author")).isTrue();
      assertThat(util.isLoaded(book, "title")).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_lazyCollection_isFalseUntilInitialized(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      Author author = em.find(Author.class, 1L);
      assertThat(util.isLoaded(author, "books")).isFalse();

      assertThat(author.getBooks()).extracting(Book::getTitle).containsExactly("Tides");

      assertThat(util.isLoaded(author, "books")).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void load_lazyCollection_isLoadedAfterwards_differsFromHibernate_becauseTheJavadocPromisesIt(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();
    Attribute<? super Author, ?> books = factory.getMetamodel().entity(Author.class).getAttribute("books");

    try (EntityManager em = factory.createEntityManager()) {
      Author first = em.find(Author.class, 1L);
      util.load(first, books);
      em.clear();
      Author second = em.find(Author.class, 1L);
      util.load(second, "books");

      // Hibernate 7.4 leaves the collection uninitialized
      assertThat(util.isLoaded(first, "books")).isEqualTo(provider == Provider.MEMORY);
      assertThat(util.isLoaded(second, "books")).isEqualTo(provider == Provider.MEMORY);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoadedByAttribute_unloadedLazyCollection_isFalse_differsFromHibernate_becauseItAnswersTrueWithoutLooking(
      Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();
    Attribute<? super Author, ?> books = factory.getMetamodel().entity(Author.class).getAttribute("books");

    try (EntityManager em = factory.createEntityManager()) {
      Author author = em.find(Author.class, 1L);

      assertThat(util.isLoaded(author, books)).isEqualTo(provider != Provider.MEMORY);
      assertThat(util.isLoaded(author, "books")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_newEntity_isTrue(Provider provider) {
    PersistenceUnitUtil util = FACTORIES.fresh(provider).getPersistenceUnitUtil();
    Author author = new Author(9, "New");

    assertThat(util.isLoaded(author)).isTrue();
    assertThat(util.isLoaded(author, "books")).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isInstanceAndGetClass_uninitializedReference_answerForItsEntityClass(Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      Author reference = em.getReference(Author.class, 1L);

      assertThat(util.isInstance(reference, Author.class)).isTrue();
      assertThat(util.isInstance(reference, Book.class)).isFalse();
      assertThat(util.getClass(reference)).isEqualTo(Author.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isInstanceAndGetClass_notAnEntity_throwIllegalArgument_differsFromHibernate_becauseTheJavadocSaysSo(
      Provider provider) {
    PersistenceUnitUtil util = FACTORIES.fresh(provider).getPersistenceUnitUtil();

    if (provider == Provider.MEMORY) {
      assertThatThrownBy(() -> util.isInstance("Ann", String.class)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> util.getClass("Ann"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'java.lang.String' is not an entity");
    } else {
      assertThat(util.isInstance("Ann", String.class)).isTrue();
      assertThat(util.getClass("Ann")).isEqualTo(String.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_unknownAttribute_throwsIllegalArgument_differsFromHibernate_becauseATypoMustNotReadAsLoaded(
      Provider provider) {
    EntityManagerFactory factory = withBook(provider);
    PersistenceUnitUtil util = factory.getPersistenceUnitUtil();

    try (EntityManager em = factory.createEntityManager()) {
      Book book = em.find(Book.class, 2L);
      if (provider == Provider.MEMORY) {
        assertThatThrownBy(() -> util.isLoaded(book, "auther"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'auther'");
      } else {
        assertThat(util.isLoaded(book, "auther")).isTrue();
      }
    }
  }
}
