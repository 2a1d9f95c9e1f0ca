package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.session.MemoryQuery;
import org.memoryjpa.testing.Provider;

/**
 * A million rows: queries on the id and on an {@code @Index} answer without a scan. Shown by the plan
 * and by the count of rows the query read from the store, never by timing (memory-jpa only).
 */
@SuppressWarnings("unchecked")
class IndexScaleTest {

  private static final int ROWS = 1_000_000;
  private static final int SENSORS = 100_000;
  private static EntityManagerFactory emf;

  @BeforeAll
  static void fill() {
    emf = Provider.MEMORY.create(Reading.class);
    int batch = 100_000;
    for (int start = 0; start < ROWS; start += batch) {
      int from = start;
      emf.runInTransaction(em -> {
        for (int i = from; i < from + batch; i++) {
          em.persist(new Reading((long) i, i % SENSORS, i / 1000.0));
        }
      });
    }
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void equalityOnIndexedAttribute_readsOnlyTheMatchingRows() {
    try (EntityManager em = emf.createEntityManager()) {
      MemoryQuery<?> query = em.createQuery("select r from Reading r where r.sensor = :s order by r.id")
          .setParameter("s", 4242).unwrap(MemoryQuery.class);
      assertThat(query.plan()).contains("IndexLookup Reading r using IDX_reading_sensor (sensor = :s)")
          .doesNotContain("Scan");
      List<?> readings = query.getResultList();
      assertThat(readings).hasSize(ROWS / SENSORS);
      assertThat(((Reading) readings.get(0)).getId()).isEqualTo(4242L);
      assertThat(query.rowsRead()).isEqualTo(ROWS / SENSORS);
    }
  }

  @Test
  void rangeOnIndexedAttribute_readsOnlyTheRange() {
    try (EntityManager em = emf.createEntityManager()) {
      MemoryQuery<?> query = em.createQuery("select count(r) from Reading r where r.sensor between 10 and 14")
          .unwrap(MemoryQuery.class);
      assertThat(query.plan()).contains("IndexRange Reading r using IDX_reading_sensor (sensor >= 10 AND sensor <= 14)");
      assertThat(query.getSingleResult()).isEqualTo(50L);
      assertThat(query.rowsRead()).isEqualTo(50);
    }
  }

  @Test
  void keyLookups_readOneRowPerKey() {
    try (EntityManager em = emf.createEntityManager()) {
      MemoryQuery<?> query = em.createQuery("select r.sensor from Reading r where r.id in :ids")
          .setParameter("ids", List.of(7L, 700_007L, 2_000_000L)).unwrap(MemoryQuery.class);
      assertThat(query.plan()).contains("KeyLookup Reading r (key IN (:ids))");
      assertThat((List<Object>) query.getResultList()).containsExactlyInAnyOrder(7, 7);
      assertThat(query.rowsRead()).isEqualTo(2);
    }
  }

  @Test
  void orderByWithMaxResults_keepsOnlyTheTopRows() {
    try (EntityManager em = emf.createEntityManager()) {
      MemoryQuery<?> query = em.createQuery("select r.id from Reading r where r.sensor < 3 order by r.measured desc")
          .setMaxResults(2).unwrap(MemoryQuery.class);
      assertThat(query.plan()).contains("TopK 2 r.measured DESC", "IndexRange Reading r");
      assertThat((List<Object>) query.getResultList()).containsExactly(900_002L, 900_001L);
      assertThat(query.rowsRead()).isEqualTo(30);
    }
  }
}
