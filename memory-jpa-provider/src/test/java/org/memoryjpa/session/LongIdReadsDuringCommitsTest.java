package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memoryjpa.Store;
import org.memoryjpa.testing.Provider;
import org.memoryjpa.testing.WhileWriting;

/**
 * Finds by {@code Long} id on one thread while another commits: the store keeps rows with such keys
 * in an open-addressing table that grows, leaves tombstones for deleted rows and is swapped whole by
 * a clear, all under readers that take no lock. Each read checks that a row is either absent or
 * whole, and that rows nobody touches stay found throughout.
 */
class LongIdReadsDuringCommitsTest {

  @Entity(name = "Parcel")
  public static class Parcel {
    @Id Long id;
    String label;

    public Parcel() {}

    Parcel(long id) {
      this.id = id;
      this.label = "parcel-" + id;
    }
  }

  private EntityManagerFactory emf;

  @BeforeEach
  void open() {
    emf = Provider.MEMORY.create(Parcel.class);
  }

  @AfterEach
  void close() {
    emf.close();
  }

  @Test
  void find_duringOneRowCommitsThatGrowTheTable_seesEveryCommittedRow() throws Exception {
    int rows = 5_000;
    AtomicLong committed = new AtomicLong();
    int reads =
        WhileWriting.read(
            () -> {
              for (long id = 1; id <= rows; id++) {
                long parcel = id;
                emf.runInTransaction(em -> em.persist(new Parcel(parcel)));
                committed.set(id);
              }
            },
            () -> {
              long last = committed.get();
              try (EntityManager em = emf.createEntityManager()) {
                if (last > 0) {
                  long id = 1 + ThreadLocalRandom.current().nextLong(last);
                  assertWhole(em.find(Parcel.class, id), id);
                  assertWhole(em.find(Parcel.class, last), last);
                }
                assertThat(em.find(Parcel.class, rows + 1L)).isNull();
              }
            });
    assertThat(reads).isPositive();
    assertAllFound(1, rows);
  }

  @Test
  void find_whileTheSameIdsAreDeletedAndReinserted_seesThemWholeOrAbsentAndTheOthersAlways()
      throws Exception {
    emf.runInTransaction(
        em -> {
          for (long id = 1; id <= 200; id++) {
            em.persist(new Parcel(id));
          }
        });
    WhileWriting.read(
        () -> {
          for (int round = 0; round < 300; round++) {
            emf.runInTransaction(
                em -> {
                  for (long id = 1; id <= 100; id += 3) {
                    em.remove(em.find(Parcel.class, id));
                  }
                });
            // new ids too, so that tombstones and growth meet
            long extra = 1_000 + round;
            emf.runInTransaction(
                em -> {
                  for (long id = 1; id <= 100; id += 3) {
                    em.persist(new Parcel(id));
                  }
                  em.persist(new Parcel(extra));
                });
          }
        },
        () -> {
          try (EntityManager em = emf.createEntityManager()) {
            long churned = 1 + 3 * ThreadLocalRandom.current().nextLong(34);
            Parcel row = em.find(Parcel.class, churned);
            if (row != null) {
              assertWhole(row, churned);
            }
            long stable = 101 + ThreadLocalRandom.current().nextLong(100);
            assertWhole(em.find(Parcel.class, stable), stable);
            assertWhole(em.find(Parcel.class, 2L), 2L);
          }
        });
    assertAllFound(1, 200);
    assertAllFound(1_000, 1_299);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.createQuery("select count(p) from Parcel p", Long.class).getSingleResult())
          .isEqualTo(500L);
    }
  }

  @Test
  void find_whileTheTableIsClearedAndRefilled_seesRowsWholeOrAbsent() throws Exception {
    Store store = emf.unwrap(Store.class);
    WhileWriting.read(
        () -> {
          for (int round = 0; round < 100; round++) {
            int size = 50 + round;
            emf.runInTransaction(
                em -> {
                  for (long id = 1; id <= size; id++) {
                    em.persist(new Parcel(id));
                  }
                });
            if (round % 2 == 0) {
              store.clear();
            } else {
              store.clear(Parcel.class);
            }
          }
          emf.runInTransaction(
              em -> {
                for (long id = 1; id <= 40; id++) {
                  em.persist(new Parcel(id));
                }
              });
        },
        () -> {
          try (EntityManager em = emf.createEntityManager()) {
            long id = 1 + ThreadLocalRandom.current().nextLong(150);
            Parcel row = em.find(Parcel.class, id);
            if (row != null) {
              assertWhole(row, id);
            }
            List<Parcel> all = em.createQuery("select p from Parcel p", Parcel.class).getResultList();
            for (Parcel parcel : all) {
              assertWhole(parcel, parcel.id);
            }
          }
        });
    assertAllFound(1, 40);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Parcel.class, 41L)).isNull();
      assertThat(em.createQuery("select count(p) from Parcel p", Long.class).getSingleResult())
          .isEqualTo(40L);
    }
  }

  private void assertAllFound(long first, long last) {
    try (EntityManager em = emf.createEntityManager()) {
      for (long id = first; id <= last; id++) {
        assertWhole(em.find(Parcel.class, id), id);
      }
    }
  }

  private static void assertWhole(Parcel row, long id) {
    assertThat(row).as("Parcel#%d", id).isNotNull();
    assertThat(row.id).isEqualTo(id);
    assertThat(row.label).isEqualTo("parcel-" + id);
  }
}
