package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SynchronizationType;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.memoryjpa.Store;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.testing.Provider;

/**
 * {@code isOpen} and {@code close}, and what every other method of a closed factory does: the JPA
 * Javadoc of {@code close} says they all throw {@link IllegalStateException} but {@code isOpen}.
 */
class FactoryLifecycleTest {

  /** One closed factory per provider, with a graph made while it was open; closed factories need no cleanup. */
  private static final Map<Provider, EntityManagerFactory> CLOSED = new EnumMap<>(Provider.class);

  private static final Map<Provider, EntityGraph<Book>> GRAPHS = new EnumMap<>(Provider.class);

  private static EntityManagerFactory closed(Provider provider) {
    return CLOSED.computeIfAbsent(provider, p -> {
      EntityManagerFactory factory = p.create(Author.class, Book.class);
      try (EntityManager em = factory.createEntityManager()) {
        GRAPHS.put(p, em.createEntityGraph(Book.class));
      }
      factory.close();
      return factory;
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isOpen_newFactory_isTrueUntilClosed(Provider provider) {
    EntityManagerFactory factory = provider.create(Author.class, Book.class);
    assertThat(factory.isOpen()).isTrue();

    factory.close();

    assertThat(factory.isOpen()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void close_openEntityManager_closesIt(Provider provider) {
    EntityManagerFactory factory = provider.create(Author.class, Book.class);
    EntityManager em = factory.createEntityManager();

    factory.close();

    assertThat(em.isOpen()).isFalse();
    assertThatThrownBy(() -> em.find(Author.class, 1L)).isInstanceOf(IllegalStateException.class);
    assertThatCode(em::close).doesNotThrowAnyException();
  }

  static Stream<Arguments> methodsBothProvidersCloseOff() {
    Map<String, Consumer<EntityManagerFactory>> methods = Map.ofEntries(
        Map.entry("createEntityManager()", EntityManagerFactory::createEntityManager),
        Map.entry("createEntityManager(Map)", f -> f.createEntityManager(Map.of())),
        Map.entry("createEntityManager(SynchronizationType)",
            f -> f.createEntityManager(SynchronizationType.SYNCHRONIZED)),
        Map.entry("createEntityManager(SynchronizationType, Map)",
            f -> f.createEntityManager(SynchronizationType.UNSYNCHRONIZED, Map.of())),
        Map.entry("getCriteriaBuilder", EntityManagerFactory::getCriteriaBuilder),
        Map.entry("getMetamodel", EntityManagerFactory::getMetamodel),
        Map.entry("getProperties", EntityManagerFactory::getProperties),
        Map.entry("getCache", EntityManagerFactory::getCache),
        Map.entry("getPersistenceUnitUtil", EntityManagerFactory::getPersistenceUnitUtil),
        Map.entry("addNamedQuery", f -> f.addNamedQuery("Author.all", null)),
        Map.entry("runInTransaction", f -> f.runInTransaction(em -> {})),
        Map.entry("callInTransaction", f -> f.callInTransaction(em -> 1)));
    return Stream.of(Provider.values()).flatMap(provider -> methods.entrySet().stream()
        .map(method -> Arguments.of(provider, method.getKey(), method.getValue())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("methodsBothProvidersCloseOff")
  void method_closedFactory_throwsIllegalState(
      Provider provider, String method, Consumer<EntityManagerFactory> call) {
    EntityManagerFactory factory = closed(provider);

    assertThatThrownBy(() -> call.accept(factory)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getSchemaManager_closedFactory_throwsIllegalState_differsFromHibernate_becauseItsJavadocSaysSo(
      Provider provider) {
    EntityManagerFactory factory = closed(provider);

    if (provider == Provider.MEMORY) {
      assertThatThrownBy(factory::getSchemaManager).isInstanceOf(IllegalStateException.class);
    } else {
      assertThat(factory.getSchemaManager()).isNotNull();
    }
  }

  /** Its Javadoc says IllegalStateException; memory-jpa follows Hibernate, as closing twice is common in cleanup code. */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void close_closedFactory_isHarmless(Provider provider) {
    EntityManagerFactory factory = closed(provider);

    assertThatCode(factory::close).doesNotThrowAnyException();
    assertThat(factory.isOpen()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void unitLevelMethods_closedFactory_throwIllegalState_differsFromHibernate_becauseCloseSaysAllMethodsThrow(
      Provider provider) {
    EntityManagerFactory factory = closed(provider);
    EntityGraph<Book> graph = GRAPHS.get(provider);
    Map<String, Consumer<EntityManagerFactory>> methods = Map.of(
        "getTransactionType", EntityManagerFactory::getTransactionType,
        "getNamedQueries", f -> f.getNamedQueries(Long.class),
        "getNamedEntityGraphs", f -> f.getNamedEntityGraphs(Author.class),
        "addNamedEntityGraph", f -> f.addNamedEntityGraph("Book.plain", graph));

    methods.forEach((method, call) -> {
      if (provider == Provider.MEMORY) {
        assertThatThrownBy(() -> call.accept(factory)).as(method).isInstanceOf(IllegalStateException.class);
      } else {
        assertThatCode(() -> call.accept(factory)).as(method).doesNotThrowAnyException();
      }
    });
  }

  /**
   * The Javadoc of close would have these throw too, but their own Javadoc names no exception, Hibernate
   * answers, and a named store outlives its factory, so its {@code Store} stays reachable.
   */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void getNameAndUnwrap_closedFactory_stillAnswerAsHibernateDoes(Provider provider) {
    EntityManagerFactory factory = closed(provider);

    assertThat(factory.getName()).startsWith(provider == Provider.MEMORY ? "memory-" : "hibernate-");
    assertThat(factory.unwrap(EntityManagerFactory.class)).isSameAs(factory);
    if (provider == Provider.MEMORY) {
      assertThat(factory.unwrap(Store.class).count(Author.class)).isZero();
    }
  }
}
