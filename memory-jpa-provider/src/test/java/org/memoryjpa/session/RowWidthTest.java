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
 * Entities whose rows (the id is a slot too) have one slot, two, exactly as many as the store keeps
 * inside a row version (ten), one more, and many more: every column round-trips through persist,
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

  /** The id, eight columns and a version: ten slots, the most a row keeps inline. */
  @Entity(name = "Ten")
  public static class Ten {
    @Id Long id;
    String c1;
    String c2;
    Integer c3;
    Long c4;
    String c5;
    Boolean c6;
    String c7;
    String c8;
    @Version int version;

    public Ten() {}

    Ten(long id) {
      this.id = id;
      c1 = "a" + id;
      c2 = "b" + id;
      c3 = (int) id * 3;
      c4 = id * 4;
      c5 = "e" + id;
      c6 = id % 2 == 0;
      c7 = "g" + id;
      c8 = "h" + id;
    }
  }

  /** The id and ten columns: eleven slots, one past the inline ones. */
  @Entity(name = "Eleven")
  public static class Eleven {
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
    String c10;

    public Eleven() {}

    Eleven(long id) {
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
      c10 = "j" + id;
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
  void idOnlyRow_persistFindQueryDelete(Provider provider) {
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
  void twoSlotRow_roundTripsAndUpdates(Provider provider) {
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
  void tenSlotRow_everyColumnRoundTripsThroughFindQueryUpdateAndBulkUpdate(Provider provider) {
    emf = provider.create(Ten.class);
    emf.runInTransaction(em -> {
      for (long id = 1; id <= 4; id++) {
        em.persist(new Ten(id));
      }
    });
    try (EntityManager em = emf.createEntityManager()) {
      Ten three = em.find(Ten.class, 3L);
      assertThat(List.of(three.c1, three.c2, three.c3, three.c4, three.c5, three.c6, three.c7, three.c8,
              three.version))
          .containsExactly("a3", "b3", 9, 12L, "e3", false, "g3", "h3", 0);
      assertThat(em.createQuery("select e.id from Ten e where e.c7 = 'g2' and e.c1 = 'a2'", Long.class)
              .getResultList())
          .containsExactly(2L);
    }
    emf.runInTransaction(em -> {
      Ten two = em.find(Ten.class, 2L);
      two.c1 = "first";
      two.c8 = "last";
    });
    int bulk = emf.callInTransaction(
        em -> em.createQuery("update Ten e set e.c4 = e.c4 + 100 where e.c6 = true").executeUpdate());
    try (EntityManager em = emf.createEntityManager()) {
      Ten two = em.find(Ten.class, 2L);
      assertThat(bulk).isEqualTo(2);
      assertThat(List.of(two.c1, two.c2, two.c3, two.c4, two.c5, two.c6, two.c7, two.c8, two.version))
          .containsExactly("first", "b2", 6, 108L, "e2", true, "g2", "last", 1);
      assertThat(em.createQuery("select e.id from Ten e where e.c4 > 100 order by e.id", Long.class)
              .getResultList())
          .containsExactly(2L, 4L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void elevenSlotRow_everyColumnRoundTripsAndTheLastOneFilters(Provider provider) {
    emf = provider.create(Eleven.class);
    emf.runInTransaction(em -> {
      em.persist(new Eleven(1));
      em.persist(new Eleven(2));
    });
    emf.runInTransaction(em -> em.find(Eleven.class, 1L).c10 = "last");
    try (EntityManager em = emf.createEntityManager()) {
      Eleven one = em.find(Eleven.class, 1L);
      assertThat(List.of(one.c1, one.c2, one.c3, one.c4, one.c5, one.c6, one.c7, one.c8, one.c9, one.c10))
          .containsExactly("a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1", "i1", "last");
      assertThat(em.createQuery("select n.id from Eleven n where n.c10 = 'j2' or n.c9 = 'i1' order by n.id", Long.class)
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
