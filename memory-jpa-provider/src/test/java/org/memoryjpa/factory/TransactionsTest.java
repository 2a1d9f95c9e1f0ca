package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** {@code runInTransaction} and {@code callInTransaction}: commit on success, roll back on failure. */
class TransactionsTest {

  private static final Factories FACTORIES = new Factories(Author.class, Book.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static Author find(EntityManagerFactory factory, long id) {
    try (EntityManager em = factory.createEntityManager()) {
      return em.find(Author.class, id);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void runInTransaction_workSucceeds_commits(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    factory.runInTransaction(em -> {
      assertThat(em.getTransaction().isActive()).isTrue();
      em.persist(new Author(1, "Ann"));
    });

    assertThat(find(factory, 1).getName()).isEqualTo("Ann");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void callInTransaction_workSucceeds_commitsAndReturnsResult(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    String name = factory.callInTransaction(em -> {
      em.persist(new Author(1, "Ann"));
      return em.find(Author.class, 1L).getName();
    });

    assertThat(name).isEqualTo("Ann");
    assertThat(find(factory, 1)).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void callInTransaction_workThrows_rollsBackAndRethrowsSameException(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    IllegalStateException failure = new IllegalStateException("out of ink");

    assertThatThrownBy(() -> factory.callInTransaction(em -> {
      em.persist(new Author(1, "Ann"));
      em.flush();
      throw failure;
    })).isSameAs(failure);

    assertThat(find(factory, 1)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void runInTransaction_workThrowsCheckedException_rollsBackAndRethrowsIt(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    IOException failure = new IOException("disk full");

    assertThatThrownBy(() -> factory.runInTransaction(em -> {
      em.persist(new Author(1, "Ann"));
      throw TransactionsTest.<RuntimeException>sneaky(failure);
    })).isSameAs(failure);

    assertThat(find(factory, 1)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void callInTransaction_rollbackOnlyMarked_rollsBackAndReturnsResult(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    int result = factory.callInTransaction(em -> {
      em.persist(new Author(1, "Ann"));
      em.getTransaction().setRollbackOnly();
      return 7;
    });

    assertThat(result).isEqualTo(7);
    assertThat(find(factory, 1)).isNull();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void callInTransaction_afterwards_entityManagerIsClosed(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    AtomicReference<EntityManager> used = new AtomicReference<>();

    factory.callInTransaction(em -> {
      used.set(em);
      return null;
    });

    assertThat(used.get().isOpen()).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable checked) throws E {
    throw (E) checked;
  }
}
