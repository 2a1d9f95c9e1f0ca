package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.AttributeNode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQueryReference;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * The unit's named queries and named entity graphs as the factory lists them: {@code @NamedQuery} and
 * {@code @NamedEntityGraph} on {@link Author} and {@link Book}, and graphs added at run time.
 */
class NamedDefinitionsTest {

  private static final Factories FACTORIES = new Factories(Author.class, Book.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNamedQueries_declaredResultClass_listsItsQueriesWithNameAndType(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    Map<String, TypedQueryReference<Long>> counts = factory.getNamedQueries(Long.class);
    Map<String, TypedQueryReference<Book>> books = factory.getNamedQueries(Book.class);

    assertThat(counts).containsOnlyKeys("Author.count");
    TypedQueryReference<Long> count = counts.get("Author.count");
    assertThat(count.getName()).isEqualTo("Author.count");
    assertThat(count.getResultType()).isEqualTo(Long.class);
    assertThat(books).containsOnlyKeys("Book.byTitle");
    assertThat(books.get("Book.byTitle").getResultType()).isEqualTo(Book.class);
    assertThat(books.get("Book.byTitle").getHints()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNamedQueries_declaredHints_areInTheReference_differsFromHibernate_becauseTheJavadocSaysAllHints(
      Provider provider) {
    Map<String, Object> hints = FACTORIES.fresh(provider).getNamedQueries(Long.class).get("Author.count").getHints();

    if (provider == Provider.MEMORY) {
      assertThat(hints).containsExactly(Map.entry("jakarta.persistence.query.timeout", "500"));
      assertThatThrownBy(() -> hints.put("jakarta.persistence.query.timeout", "1"))
          .isInstanceOf(UnsupportedOperationException.class);
    } else {
      // Hibernate 7 turns the timeout hint into a setting of its own and reports no hints
      assertThat(hints).isEmpty();
    }
  }

  /** Author.byName declares no result class: only its select clause would tell that it returns authors. */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNamedQueries_typeNoQueryDeclares_isEmpty(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    assertThat(factory.getNamedQueries(String.class)).isEmpty();
    assertThat(factory.getNamedQueries(Author.class)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNamedQueries_supertypeOfResultClass_listsQuery_differsFromHibernate_becauseTheJavadocSaysAssignable(
      Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    Map<String, TypedQueryReference<Number>> numbers = factory.getNamedQueries(Number.class);
    Map<String, TypedQueryReference<Object>> all = factory.getNamedQueries(Object.class);

    if (provider == Provider.MEMORY) {
      assertThat(numbers).containsOnlyKeys("Author.count");
      assertThat(numbers.get("Author.count").getResultType()).isEqualTo(Long.class);
      assertThat(all).containsOnlyKeys("Author.byName", "Author.count", "Book.byTitle");
    } else {
      // Hibernate 7 lists a query only for exactly its declared result class
      assertThat(numbers).isEmpty();
      assertThat(all).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNamedEntityGraphs_entityType_listsGraphsRootedThere(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    Map<String, EntityGraph<? extends Author>> graphs = factory.getNamedEntityGraphs(Author.class);

    assertThat(graphs).containsOnlyKeys("Author.withBooks");
    assertThat(graphs.get("Author.withBooks").getName()).isEqualTo("Author.withBooks");
    assertThat(graphs.get("Author.withBooks").getAttributeNodes())
        .extracting(AttributeNode::getAttributeName).containsExactly("books");
    assertThat(factory.getNamedEntityGraphs(Book.class)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNamedEntityGraphs_object_listsEveryGraph_differsFromHibernate_becauseTheJavadocSaysAssignable(
      Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    if (provider == Provider.MEMORY) {
      assertThat(factory.getNamedEntityGraphs(Object.class)).containsOnlyKeys("Author.withBooks");
    } else {
      assertThatThrownBy(() -> factory.getNamedEntityGraphs(Object.class))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getEntityGraph_declaredName_returnsGraphWithItsNodes(Provider provider) {
    try (EntityManager em = FACTORIES.fresh(provider).createEntityManager()) {
      EntityGraph<?> graph = em.getEntityGraph("Author.withBooks");

      assertThat(graph.getName()).isEqualTo("Author.withBooks");
      assertThat(graph.getAttributeNodes()).extracting(AttributeNode::getAttributeName).containsExactly("books");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getEntityGraph_unknownName_throwsIllegalArgument(Provider provider) {
    try (EntityManager em = FACTORIES.fresh(provider).createEntityManager()) {
      assertThatThrownBy(() -> em.getEntityGraph("Author.withBokos"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Author.withBokos");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityGraph_declaredName_returnsMutableCopy(Provider provider) {
    try (EntityManager em = FACTORIES.fresh(provider).createEntityManager()) {
      @SuppressWarnings("unchecked")
      EntityGraph<Author> copy = (EntityGraph<Author>) em.createEntityGraph("Author.withBooks");

      copy.addAttributeNodes("name");

      assertThat(copy.getAttributeNodes()).extracting(AttributeNode::getAttributeName)
          .containsExactlyInAnyOrder("books", "name");
      assertThat(em.getEntityGraph("Author.withBooks").getAttributeNodes())
          .extracting(AttributeNode::getAttributeName).containsExactly("books");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityGraph_unknownName_returnsNull(Provider provider) {
    try (EntityManager em = FACTORIES.fresh(provider).createEntityManager()) {
      assertThat(em.createEntityGraph("Author.withBokos")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void addNamedEntityGraph_graphOfEntityManager_isListedAndFoundByName(Provider provider) {
    EntityManagerFactory factory = provider.create(Author.class, Book.class);
    try (factory; EntityManager em = factory.createEntityManager()) {
      EntityGraph<Book> graph = em.createEntityGraph(Book.class);
      graph.addAttributeNodes("author");

      factory.addNamedEntityGraph("Book.withAuthor", graph);
      graph.addAttributeNodes("title");

      assertThat(factory.getNamedEntityGraphs(Book.class)).containsOnlyKeys("Book.withAuthor");
      try (EntityManager other = factory.createEntityManager()) {
        EntityGraph<?> named = other.getEntityGraph("Book.withAuthor");
        assertThat(named.getName()).isEqualTo("Book.withAuthor");
        assertThat(named.getAttributeNodes()).extracting(AttributeNode::getAttributeName).containsExactly("author");
        assertThat(other.getEntityGraphs(Book.class)).extracting(EntityGraph::getName)
            .containsExactly("Book.withAuthor");
      }
    }
  }
}
