package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.session.model.Account;
import org.memoryjpa.session.model.Fragile;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * A commit that fails — a constraint, a version conflict, an exception in a callback — leaves the
 * database exactly as it was, on memory-jpa as on Hibernate + H2.
 */
class FailedCommitTest {

  private static final Factories FACTORIES = new Factories(Account.class, Fragile.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static EntityManagerFactory seeded(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Account(1, 100));
      em.persist(new Account(2, 200));
      em.persist(new Fragile(1, "calm"));
    });
    return emf;
  }

  private static List<Object> state(EntityManagerFactory emf) {
    try (EntityManager em = emf.createEntityManager()) {
      Account one = em.find(Account.class, 1L);
      Account two = em.find(Account.class, 2L);
      Account three = em.find(Account.class, 3L);
      Fragile fragile = em.find(Fragile.class, 1L);
      return List.of(one.getBalance(), one.getVersion(), two.getBalance(), two.getVersion(),
          three == null ? "absent" : three.getBalance(), fragile.getName(), fragile.getVersion());
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_callbackThrowsAfterOtherChanges_changesNothing(Provider provider) {
    EntityManagerFactory emf = seeded(provider);
    List<Object> before = state(emf);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.find(Account.class, 1L).setBalance(0);
      em.persist(new Account(3, 300));
      em.find(Fragile.class, 1L).setName("boom");
    })).isInstanceOf(RuntimeException.class);
    assertThat(state(emf)).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_versionConflictAfterOtherChanges_changesNothing(Provider provider) {
    EntityManagerFactory emf = seeded(provider);
    try (EntityManager loser = emf.createEntityManager()) {
      loser.getTransaction().begin();
      loser.find(Account.class, 2L).setBalance(1);
      loser.find(Account.class, 1L).setBalance(1);
      loser.persist(new Account(3, 300));
      emf.runInTransaction(em -> em.find(Account.class, 1L).setBalance(150));
      List<Object> before = state(emf);
      assertThatThrownBy(() -> loser.getTransaction().commit()).isInstanceOf(RollbackException.class);
      assertThat(state(emf)).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_duplicateKeyAfterOtherChanges_changesNothing(Provider provider) {
    EntityManagerFactory emf = seeded(provider);
    List<Object> before = state(emf);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.find(Account.class, 2L).setBalance(0);
      em.persist(new Account(1, 999));
    })).isInstanceOf(jakarta.persistence.PersistenceException.class);
    assertThat(state(emf)).isEqualTo(before);
  }
}
