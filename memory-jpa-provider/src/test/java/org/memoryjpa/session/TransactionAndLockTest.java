package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.TransactionRequiredException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.session.model.Account;
import org.memoryjpa.session.model.Address;
import org.memoryjpa.session.model.Category;
import org.memoryjpa.session.model.Customer;
import org.memoryjpa.session.model.Product;
import org.memoryjpa.session.model.PurchaseOrder;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Entity transactions and lock modes, on memory-jpa and on Hibernate + H2 with the same assertions. */
class TransactionAndLockTest {

  private static final Factories FACTORIES = new Factories(
      Account.class, Customer.class, PurchaseOrder.class, Address.class, Product.class, Category.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static EntityManagerFactory withAccount(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Account(1, 100)));
    return emf;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void begin_whileActive_throwsIllegalState(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      EntityTransaction tx = em.getTransaction();
      tx.begin();
      assertThatThrownBy(tx::begin).isInstanceOf(IllegalStateException.class);
      tx.rollback();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_withoutActiveTransaction_throwsIllegalState(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      EntityTransaction tx = em.getTransaction();
      assertThat(tx.isActive()).isFalse();
      assertThatThrownBy(tx::commit).isInstanceOf(IllegalStateException.class);
    }
  }

  /** JPA says IllegalStateException; Hibernate (not in strict compliance mode) ignores these calls. */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void rollbackAndRollbackOnly_withoutActiveTransaction_areIgnoredAsInHibernate(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      EntityTransaction tx = em.getTransaction();
      tx.rollback();
      tx.setRollbackOnly();
      assertThat(tx.getRollbackOnly()).isFalse();
      assertThat(tx.isActive()).isFalse();
    }
  }

  /** JPA says RollbackException; Hibernate (not in strict compliance mode) rolls back silently. */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_afterSetRollbackOnly_rollsBackSilentlyAsInHibernate(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    try (EntityManager em = emf.createEntityManager()) {
      EntityTransaction tx = em.getTransaction();
      tx.begin();
      em.find(Account.class, 1L).setBalance(0);
      tx.setRollbackOnly();
      assertThat(tx.getRollbackOnly()).isTrue();
      tx.commit();
      assertThat(tx.isActive()).isFalse();
    }
    emf.runInTransaction(em -> assertThat(em.find(Account.class, 1L).getBalance()).isEqualTo(100));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void persistenceException_insideTransaction_marksItRollbackOnly(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Customer("a@x.org", "A")));
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      em.persist(new Customer("a@x.org", "Duplicate"));
      assertThatThrownBy(em::flush).isInstanceOf(PersistenceException.class);
      assertThat(em.getTransaction().getRollbackOnly()).isTrue();
      em.getTransaction().rollback();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void callInTransaction_workThrows_rollsBackAndRethrows(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    IllegalStateException failure = new IllegalStateException("boom");
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.find(Account.class, 1L).setBalance(0);
      throw failure;
    })).isSameAs(failure);
    emf.runInTransaction(em -> assertThat(em.find(Account.class, 1L).getBalance()).isEqualTo(100));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void lock_withoutTransaction_throwsTransactionRequired(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    try (EntityManager em = emf.createEntityManager()) {
      Account account = em.find(Account.class, 1L);
      assertThatThrownBy(() -> em.lock(account, LockModeType.PESSIMISTIC_WRITE))
          .isInstanceOf(TransactionRequiredException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void lock_detachedInstance_throwsIllegalArgument(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    Account detached = emf.callInTransaction(em -> em.find(Account.class, 1L));
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      assertThatThrownBy(() -> em.lock(detached, LockModeType.OPTIMISTIC))
          .isInstanceOf(IllegalArgumentException.class);
      em.getTransaction().rollback();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void optimisticForceIncrement_unchangedEntity_incrementsVersionAtCommit(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    emf.runInTransaction(em -> {
      Account account = em.find(Account.class, 1L, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      assertThat(em.getLockMode(account)).isEqualTo(LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    });
    emf.runInTransaction(em -> assertThat(em.find(Account.class, 1L).getVersion()).isEqualTo(1));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void pessimisticForceIncrement_incrementsVersionAtOnce(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    emf.runInTransaction(em -> {
      Account account = em.find(Account.class, 1L, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
      assertThat(account.getVersion()).isEqualTo(1);
    });
    emf.runInTransaction(em -> assertThat(em.find(Account.class, 1L).getVersion()).isEqualTo(1));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void optimisticLock_rowChangedByAnotherTransaction_failsAtCommit(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    try (EntityManager reader = emf.createEntityManager()) {
      reader.getTransaction().begin();
      reader.find(Account.class, 1L, LockModeType.OPTIMISTIC);
      emf.runInTransaction(em -> em.find(Account.class, 1L).setBalance(50));
      assertThatThrownBy(() -> reader.getTransaction().commit())
          .isInstanceOf(RollbackException.class)
          .hasCauseInstanceOf(OptimisticLockException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void pessimisticWrite_heldByAnotherTransaction_failsWithoutWaitingWhenTimeoutIsZero(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    try (EntityManager holder = emf.createEntityManager(); EntityManager other = emf.createEntityManager()) {
      holder.getTransaction().begin();
      holder.find(Account.class, 1L, LockModeType.PESSIMISTIC_WRITE);
      other.getTransaction().begin();
      assertThatThrownBy(() -> other.find(Account.class, 1L, LockModeType.PESSIMISTIC_WRITE,
              Map.of("jakarta.persistence.lock.timeout", 0)))
          .isInstanceOfAny(LockTimeoutException.class, PessimisticLockException.class);
      other.getTransaction().rollback();
      holder.getTransaction().commit();
    }
    // once the holder committed, the lock is free again
    emf.runInTransaction(em -> assertThat(em.find(Account.class, 1L, LockModeType.PESSIMISTIC_WRITE)).isNotNull());
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getLockMode_afterPessimisticFind_reportsIt(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    emf.runInTransaction(em -> {
      Account account = em.find(Account.class, 1L, LockModeType.PESSIMISTIC_WRITE);
      assertThat(em.getLockMode(account)).isEqualTo(LockModeType.PESSIMISTIC_WRITE);
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void flushModeCommit_isReportedAndChangesAreStillWrittenAtCommit(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    try (EntityManager em = emf.createEntityManager()) {
      em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
      assertThat(em.getFlushMode()).isEqualTo(jakarta.persistence.FlushModeType.COMMIT);
      em.getTransaction().begin();
      em.find(Account.class, 1L).setBalance(7);
      em.getTransaction().commit();
    }
    emf.runInTransaction(em -> assertThat(em.find(Account.class, 1L).getBalance()).isEqualTo(7));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entityManager_afterClose_throwsIllegalStateButLoadedGraphsStayUsable(Provider provider) {
    EntityManagerFactory emf = withAccount(provider);
    EntityManager em = emf.createEntityManager();
    Account account = em.find(Account.class, 1L);
    em.close();
    assertThat(em.isOpen()).isFalse();
    assertThatThrownBy(() -> em.find(Account.class, 1L)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(em::getMetamodel).isInstanceOf(IllegalStateException.class);
    em.close(); // a second close is harmless on both
    assertThat(account.getBalance()).isEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void unwrap_toEntityManagerFactory_returnsTheFactoryAndUnknownTypesFail(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    assertThat(emf.unwrap(EntityManagerFactory.class)).isSameAs(emf);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.unwrap(EntityManager.class)).isSameAs(em);
      assertThatThrownBy(() -> em.unwrap(java.util.concurrent.Executor.class)).isInstanceOf(PersistenceException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void runWithConnection_noDatabase_differsFromHibernate_becauseThereIsNoConnection(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      if (provider == Provider.MEMORY) {
        assertThatThrownBy(() -> em.runWithConnection(c -> {})).isInstanceOf(PersistenceException.class)
            .hasMessageContaining("no JDBC connection");
      } else {
        em.getTransaction().begin();
        em.runWithConnection(c -> assertThat(c).isNotNull());
        em.getTransaction().rollback();
      }
    }
  }
}
