package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memoryjpa.Store;
import org.memoryjpa.session.model.Account;
import org.memoryjpa.session.model.Address;
import org.memoryjpa.session.model.Category;
import org.memoryjpa.session.model.Customer;
import org.memoryjpa.session.model.Product;
import org.memoryjpa.session.model.PurchaseOrder;
import org.memoryjpa.testing.Provider;

/** Many threads, each with its own entity manager, against one factory and store. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private EntityManagerFactory emf;
  private ExecutorService pool;

  @BeforeEach
  void open() {
    emf = Provider.MEMORY.create(Account.class, Customer.class, PurchaseOrder.class, Address.class,
        Product.class, Category.class);
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void close() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    emf.close();
  }

  @Test
  void transfers_betweenVersionedAccountsWithRetries_keepTheTotalAndLoseNoUpdate() throws Exception {
    int accounts = 10;
    int transfersPerThread = 300;
    emf.runInTransaction(em -> {
      for (int i = 0; i < accounts; i++) {
        em.persist(new Account(i, 1_000));
      }
    });
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger committed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      workers.add(pool.submit(() -> {
        Random random = new Random(seed);
        start.await();
        for (int i = 0; i < transfersPerThread; i++) {
          long from = random.nextInt(accounts);
          long to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
          while (!transfer(from, to, 1 + random.nextInt(5))) {
            conflicts.incrementAndGet();
          }
          committed.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }
    try (EntityManager em = emf.createEntityManager()) {
      long total = 0;
      long versions = 0;
      for (int i = 0; i < accounts; i++) {
        Account account = em.find(Account.class, (long) i);
        total += account.getBalance();
        versions += account.getVersion();
      }
      assertThat(total).isEqualTo(accounts * 1_000L);
      // every committed transfer incremented exactly two versions: no update was lost
      assertThat(versions).isEqualTo(2L * committed.get());
      assertThat(committed.get()).isEqualTo(THREADS * transfersPerThread);
    }
  }

  private boolean transfer(long from, long to, long amount) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      Account source = em.find(Account.class, from);
      Account target = em.find(Account.class, to);
      source.setBalance(source.getBalance() - amount);
      target.setBalance(target.getBalance() + amount);
      em.getTransaction().commit();
      return true;
    } catch (RollbackException e) {
      // a lost race shows as a version conflict, or as a lock conflict when two transfers cross
      assertThat(e.getCause()).isInstanceOfAny(OptimisticLockException.class, PessimisticLockException.class,
          LockTimeoutException.class);
      return false;
    }
  }

  @Test
  void persist_sameUniqueEmailFromManyThreads_exactlyOneWins() throws Exception {
    int rounds = 50;
    for (int round = 0; round < rounds; round++) {
      String email = "racer" + round + "@x.org";
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger wins = new AtomicInteger();
      AtomicInteger losses = new AtomicInteger();
      List<Future<?>> racers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        racers.add(pool.submit(() -> {
          start.await();
          try {
            emf.runInTransaction(em -> em.persist(new Customer(email, "racer")));
            wins.incrementAndGet();
          } catch (PersistenceException e) {
            losses.incrementAndGet();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> racer : racers) {
        racer.get(30, TimeUnit.SECONDS);
      }
      assertThat(wins.get()).as("winners of round %d", round).isEqualTo(1);
      assertThat(losses.get()).isEqualTo(THREADS - 1);
    }
    assertThat(emf.unwrap(Store.class).count(Customer.class)).isEqualTo(rounds);
  }

  @Test
  void persist_generatedIdsFromManyThreads_areAllDistinct() throws Exception {
    int perThread = 500;
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      results.add(pool.submit(() -> {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          Customer customer = new Customer("t" + thread + "-" + i + "@x.org", "c");
          emf.runInTransaction(em -> em.persist(customer));
          ids.add(customer.getId());
        }
        return ids;
      }));
    }
    java.util.Set<Long> all = new java.util.HashSet<>();
    for (Future<List<Long>> result : results) {
      all.addAll(result.get(60, TimeUnit.SECONDS));
    }
    assertThat(all).hasSize(THREADS * perThread);
    assertThat(emf.unwrap(Store.class).count(Customer.class)).isEqualTo(THREADS * perThread);
  }
}
