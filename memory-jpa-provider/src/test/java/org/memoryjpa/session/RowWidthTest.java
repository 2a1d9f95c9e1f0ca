package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Provider;

/**
 * Entities whose rows have no column besides the id, one column, exactly as many as the store keeps
 * inside a row version (eight), one more, and many more: every column round-trips through persist,
 * find, a JPQL filter on the first and the last column, an update, a bulk update and a delete, on
 * both providers.
 */
class RowWidthTest {

  @Entity(name = "Bare")
  public static class Bare {
    @Id Long id;

    public Bare() {}

    Bare(long id) {
      this.id = id;
    }
  }

  @Entity(name = "Single")
  public static class Single {
    @Id Long id;
    String c1;

    public Single() {}

    Single(long id) {
      this.id = id;
      this.c1 = "a" + id;
    }
  }

  /** Seven columns and a version: eight slots. */
  @Entity(name = "Eight")
  public static class Eight {
    @Id Long id;
    String c1;
    String c2;
    Integer c3;
    Long c4;
    String c5;
    Boolean c6;
    String c7;
    @Version int version;

    public Eight() {}

    Eight(long id) {
      this.id = id;
      c1 = "a" + id;
      c2 = "b" + id;
      c3 = (int) id * 3;
      c4 = id * 4;
      c5 = "e" + id;
      c6 = id % 2 == 0;
      c7 = "g" + id;
    }
  }

  @Entity(name = "Nine")
  public static class Nine {
    @Id Long id;
    String c1;
    String c2;
    String c3;
    String c4;
    String c5;
    String c6;
    String c7;
    String c8;
    String c9;

    public Nine() {}

    Nine(long id) {
      this.id = id;
      c1 = "a" + id;
      c2 = "b" + id;
      c3 = "c" + id;
      c4 = "d" + id;
      c5 = "e" + id;
      c6 = "f" + id;
      c7 = "g" + id;
      c8 = "h" + id;
      c9 = "i" + id;
    }
  }

  @Entity(name = "Wide")
  public static class Wide {
    @Id Long id;
    String c1;
    int c2;
    String c3;
    String c4;
    String c5;
    String c6;
    String c7;
    String c8;
    String c9;
    String c10;
    String c11;
    long c12;
    @Version long version;

    public Wide() {}

    Wide(long id) {
      this.id = id;
      c1 = "a" + id;
      c2 = (int) id * 2;
      c3 = "c" + id;
      c4 = "d" + id;
      c5 = "e" + id;
      c6 = "f" + id;
      c7 = "g" + id;
      c8 = "h" + id;
      c9 = "i" + id;
      c10 = "j" + id;
      c11 = "k" + id;
      c12 = id * 12;
    }
  }

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void bareRow_persistFindQueryDelete(Provider provider) {
    emf = provider.create(Bare.class);
    emf.runInTransaction(em -> {
      em.persist(new Bare(1));
      em.persist(new Bare(2));
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Bare.class, 2L).id).isEqualTo(2L);
      assertThat(em.createQuery("select b.id from Bare b order by b.id", Long.class).getResultList())
          .containsExactly(1L, 2L);
    }
    emf.runInTransaction(em -> em.remove(em.find(Bare.class, 1L)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Bare.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleColumnRow_roundTripsAndUpdates(Provider provider) {
    emf = provider.create(Single.class);
    emf.runInTransaction(em -> em.persist(new Single(1)));
    emf.runInTransaction(em -> em.find(Single.class, 1L).c1 = "changed");
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Single.class, 1L).c1).isEqualTo("changed");
      assertThat(em.createQuery("select s from Single s where s.c1 = 'changed'", Single.class).getResultList())
          .extracting(s -> s.id)
          .containsExactly(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void eightSlotRow_everyColumnRoundTripsThroughFindQueryUpdateAndBulkUpdate(Provider provider) {
    emf = provider.create(Eight.class);
    emf.runInTransaction(em -> {
      for (long id = 1; id <= 4; id++) {
        em.persist(new Eight(id));
      }
    });
    try (EntityManager em = emf.createEntityManager()) {
      Eight three = em.find(Eight.class, 3L);
      assertThat(List.of(three.c1, three.c2, three.c3, three.c4, three.c5, three.c6, three.c7, three.version))
          .containsExactly("a3", "b3", 9, 12L, "e3", false, "g3", 0);
      assertThat(em.createQuery("select e.id from Eight e where e.c7 = 'g2' and e.c1 = 'a2'", Long.class)
              .getResultList())
          .containsExactly(2L);
    }
    emf.runInTransaction(em -> {
      Eight two = em.find(Eight.class, 2L);
      two.c1 = "first";
      two.c7 = "last";
    });
    int bulk = emf.callInTransaction(
        em -> em.createQuery("update Eight e set e.c4 = e.c4 + 100 where e.c6 = true").executeUpdate());
    try (EntityManager em = emf.createEntityManager()) {
      Eight two = em.find(Eight.class, 2L);
      assertThat(bulk).isEqualTo(2);
      assertThat(List.of(two.c1, two.c2, two.c3, two.c4, two.c5, two.c6, two.c7, two.version))
          .containsExactly("first", "b2", 6, 108L, "e2", true, "last", 1);
      assertThat(em.createQuery("select e.id from Eight e where e.c4 > 100 order by e.id", Long.class)
              .getResultList())
          .containsExactly(2L, 4L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void nineSlotRow_everyColumnRoundTripsAndTheLastOneFilters(Provider provider) {
    emf = provider.create(Nine.class);
    emf.runInTransaction(em -> {
      em.persist(new Nine(1));
      em.persist(new Nine(2));
    });
    emf.runInTransaction(em -> em.find(Nine.class, 1L).c9 = "last");
    try (EntityManager em = emf.createEntityManager()) {
      Nine one = em.find(Nine.class, 1L);
      assertThat(List.of(one.c1, one.c2, one.c3, one.c4, one.c5, one.c6, one.c7, one.c8, one.c9))
          .containsExactly("a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1", "last");
      assertThat(em.createQuery("select n.id from Nine n where n.c9 = 'i2' or n.c8 = 'h1' order by n.id", Long.class)
              .getResultList())
          .containsExactly(1L, 2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void wideRow_everyColumnRoundTripsThroughUpdateBulkUpdateAndDelete(Provider provider) {
    emf = provider.create(Wide.class);
    emf.runInTransaction(em -> {
      for (long id = 1; id <= 3; id++) {
        em.persist(new Wide(id));
      }
    });
    emf.runInTransaction(em -> {
      Wide two = em.find(Wide.class, 2L);
      two.c1 = "first";
      two.c12 = -1;
    });
    int bulk = emf.callInTransaction(
        em -> em.createQuery("update Wide w set w.c11 = 'bulk' where w.c2 >= 4").executeUpdate());
    emf.runInTransaction(em -> em.remove(em.find(Wide.class, 3L)));
    try (EntityManager em = emf.createEntityManager()) {
      Wide two = em.find(Wide.class, 2L);
      assertThat(bulk).isEqualTo(2);
      assertThat(List.of(two.c1, two.c2, two.c3, two.c4, two.c5, two.c6, two.c7, two.c8, two.c9, two.c10,
              two.c11, two.c12, two.version))
          .containsExactly("first", 4, "c2", "d2", "e2", "f2", "g2", "h2", "i2", "j2", "bulk", -1L, 1L);
      assertThat(em.find(Wide.class, 3L)).isNull();
      assertThat(em.createQuery("select w.id from Wide w where w.c12 < 0 or w.c11 = 'k1' order by w.id", Long.class)
              .getResultList())
          .containsExactly(1L, 2L);
    }
  }
}
