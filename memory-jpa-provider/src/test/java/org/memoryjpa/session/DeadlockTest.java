package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PessimisticLockException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.session.model.Account;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Deadlocks between entity managers, on memory-jpa and on Hibernate + H2 with the same assertions:
 * the flush that closes the cycle fails with {@link PessimisticLockException} and marks its
 * transaction for rollback; the other proceeds once that transaction rolls back.
 */
class DeadlockTest {

  private static final Factories FACTORIES = new Factories(Account.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void flush_crossingUpdatesInTwoEntityManagers_oneFailsWithPessimisticLockAndTheOtherCommits(
      Provider provider) throws Exception {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(
        em -> {
          em.persist(new Account(1, 100));
          em.persist(new Account(2, 100));
        });
    CyclicBarrier bothFlushed = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Outcome first;
    Outcome second;
    try {
      Future<Outcome> one = pool.submit(() -> transfer(emf, 1, 2, 10, bothFlushed));
      Future<Outcome> two = pool.submit(() -> transfer(emf, 2, 1, 30, bothFlushed));
      first = one.get(30, TimeUnit.SECONDS);
      second = two.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    assertThat(first.committed ^ second.committed).as("exactly one transfer commits").isTrue();
    Outcome victim = first.committed ? second : first;
    assertThat(victim.failure).isInstanceOf(PessimisticLockException.class);
    assertThat(victim.markedForRollback).isTrue();
    try (EntityManager em = emf.createEntityManager()) {
      long one = em.find(Account.class, 1L).getBalance();
      long two = em.find(Account.class, 2L).getBalance();
      assertThat(one + two).isEqualTo(200);
      assertThat(one).isEqualTo(first.committed ? 90 : 130);
    }
  }

  /** How one transfer ended. */
  private record Outcome(boolean committed, RuntimeException failure, boolean markedForRollback) {}

  // debits `from` and flushes, waits for the other transfer to do the same, then credits `to`
  private static Outcome transfer(
      EntityManagerFactory emf, long from, long to, long amount, CyclicBarrier bothFlushed)
      throws Exception {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      Account source = em.find(Account.class, from);
      source.setBalance(source.getBalance() - amount);
      em.flush();
      bothFlushed.await(30, TimeUnit.SECONDS);
      try {
        Account target = em.find(Account.class, to);
        target.setBalance(target.getBalance() + amount);
        em.flush();
      } catch (RuntimeException e) {
        boolean marked = em.getTransaction().getRollbackOnly();
        em.getTransaction().rollback();
        return new Outcome(false, e, marked);
      }
      em.getTransaction().commit();
      return new Outcome(true, null, false);
    }
  }
}
