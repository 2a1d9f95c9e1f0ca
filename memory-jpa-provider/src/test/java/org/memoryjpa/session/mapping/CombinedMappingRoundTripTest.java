package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Round trips of mapping features in combination: embeddables nested in element collections and
 * used as map keys, an association inside an embeddable, an {@code @IdClass} with an enum and a
 * version through merge, NOT NULL columns of subclasses, and one sequence for a TABLE_PER_CLASS
 * hierarchy. Each runs on memory-jpa and on Hibernate + H2.
 */
class CombinedMappingRoundTripTest {

  public enum Kind {
    A,
    B
  }

  @Embeddable
  public static class Inner {
    String tag;

    protected Inner() {}

    Inner(String tag) {
      this.tag = tag;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inner i && Objects.equals(tag, i.tag);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(tag);
    }
  }

  @Embeddable
  public static class Dim {
    Integer w;

    @Enumerated(EnumType.STRING)
    Kind kind;

    @Embedded Inner inner;

    protected Dim() {}

    Dim(Integer w, Kind kind, Inner inner) {
      this.w = w;
      this.kind = kind;
      this.inner = inner;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Dim d && Objects.equals(w, d.w) && kind == d.kind && Objects.equals(inner, d.inner);
    }

    @Override
    public int hashCode() {
      return Objects.hash(w, kind, inner);
    }
  }

  @Embeddable
  public static class KeyPart {
    String a;
    Integer b;

    protected KeyPart() {}

    KeyPart(String a, Integer b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KeyPart k && Objects.equals(a, k.a) && Objects.equals(b, k.b);
    }

    @Override
    public int hashCode() {
      return Objects.hash(a, b);
    }
  }

  @Embeddable
  public static class Owned {
    String note;

    @ManyToOne Target target;

    protected Owned() {}

    Owned(String note, Target target) {
      this.note = note;
      this.target = target;
    }
  }

  @Entity(name = "Target")
  public static class Target {
    @Id Long id;
    String name;

    protected Target() {}

    Target(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  @Entity(name = "Box")
  @SuppressWarnings("deprecation") // @Temporal is deprecated in JPA 3.2, yet applications still use it
  public static class Box {
    @Id Long id;

    @ElementCollection
    @CollectionTable(name = "box_dims")
    @AttributeOverride(name = "w", column = @Column(name = "width"))
    List<Dim> dims = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "box_keyed")
    Map<KeyPart, String> keyed = new HashMap<>();

    @Embedded Owned owned;

    @ElementCollection
    @CollectionTable(name = "box_dates")
    @Temporal(TemporalType.DATE)
    Set<Date> days = new HashSet<>();

    protected Box() {}

    Box(Long id) {
      this.id = id;
    }
  }

  public static class PairId implements Serializable {
    Kind kind;
    Long num;

    public PairId() {}

    PairId(Kind kind, Long num) {
      this.kind = kind;
      this.num = num;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PairId p && kind == p.kind && Objects.equals(num, p.num);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, num);
    }
  }

  @Entity(name = "Pair")
  @IdClass(PairId.class)
  public static class Pair {
    @Id
    @Enumerated(EnumType.STRING)
    Kind kind;

    @Id Long num;
    String label;

    @Version Integer version;

    protected Pair() {}

    Pair(Kind kind, Long num, String label) {
      this.kind = kind;
      this.num = num;
      this.label = label;
    }
  }

  @Entity(name = "Fleet")
  @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
  public static class Fleet {
    @Id @GeneratedValue Long id;
  }

  @Entity(name = "Ship")
  public static class Ship extends Fleet {
    @Column(nullable = false)
    String hull;

    @Basic(optional = false)
    String flag;
  }

  @Entity(name = "Wing")
  @Inheritance(strategy = InheritanceType.JOINED)
  public static class Wing {
    @Id @GeneratedValue Long id;
  }

  @Entity(name = "Jet")
  public static class Jet extends Wing {
    @Column(nullable = false)
    String engine;
  }

  @Entity(name = "Part")
  @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
  public abstract static class Part {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
  }

  @Entity(name = "Bolt")
  public static class Bolt extends Part {}

  @Entity(name = "Nut")
  public static class Nut extends Part {}

  private static final Factories FACTORIES = new Factories(
      Inner.class, Dim.class, KeyPart.class, Owned.class, Target.class, Box.class, Pair.class, Fleet.class,
      Ship.class, Wing.class, Jet.class, Part.class, Bolt.class, Nut.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddablesInElementCollectionsAndMapKeys_andAnAssociationInAnEmbeddable_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Target target = new Target(5L, "five");
      em.persist(target);
      Box box = new Box(1L);
      box.dims.add(new Dim(3, Kind.B, new Inner("x")));
      box.dims.add(new Dim(4, null, null));
      box.keyed.put(new KeyPart("k", 1), "v1");
      box.owned = new Owned("n", target);
      box.days.add(new GregorianCalendar(2024, 0, 2, 10, 0).getTime());
      em.persist(box);
    });
    emf.runInTransaction(em -> em.find(Box.class, 1L).dims.get(0).inner.tag = "y");
    try (EntityManager em = emf.createEntityManager()) {
      Box box = em.find(Box.class, 1L);
      assertThat(box.dims).containsExactlyInAnyOrder(new Dim(3, Kind.B, new Inner("y")), new Dim(4, null, null));
      assertThat(box.keyed).containsOnly(Map.entry(new KeyPart("k", 1), "v1"));
      assertThat(box.owned.target).isSameAs(em.find(Target.class, 5L));
      assertThat(box.days).extracting(Date::getTime).containsExactly(new GregorianCalendar(2024, 0, 2).getTimeInMillis());
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void idClassWithEnumAndVersion_mergeDetachedAndNew_storesBoth(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Pair(Kind.B, 2L, "first")));
    Pair detached = emf.callInTransaction(em -> em.find(Pair.class, new PairId(Kind.B, 2L)));
    detached.label = "second";
    Pair merged = emf.callInTransaction(em -> em.merge(detached));
    assertThat(merged.version).isEqualTo(1);
    Pair created = emf.callInTransaction(em -> em.merge(new Pair(Kind.A, 3L, "new")));
    assertThat(created.version).isZero();
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Pair.class, new PairId(Kind.B, 2L)).label).isEqualTo("second");
      Pair found = em.find(Pair.class, new PairId(Kind.A, 3L));
      assertThat(found.label).isEqualTo("new");
      assertThat(emf.getPersistenceUnitUtil().getIdentifier(found)).isEqualTo(new PairId(Kind.A, 3L));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void subclassNotNullColumns_nullInSingleTableOrJoined_failAtCommit(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Ship ship = new Ship();
      ship.flag = "x";
      em.persist(ship);
    })).isInstanceOf(PersistenceException.class);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Ship ship = new Ship();
      ship.hull = "x";
      em.persist(ship);
    })).isInstanceOf(PersistenceException.class);
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.persist(new Jet())))
        .isInstanceOf(PersistenceException.class);
    emf.runInTransaction(em -> em.persist(new Wing()));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTableSubclassColumnNotNull_rootRow_differsFromHibernate_becauseTheSpecRequiresSubclassColumnsNullable(
      Provider provider) {
    // JPA 2.12.1: single-table inheritance "requires that the columns that correspond to state specific
    // to the subclasses be nullable". Hibernate 7 still makes an explicit @Column(nullable = false) of a
    // subclass NOT NULL for every row, so no row of another type can be inserted; memory-jpa requires
    // it of the subclass's rows only (as Hibernate does for @Basic(optional = false) and primitives).
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    if (provider == Provider.MEMORY) {
      emf.runInTransaction(em -> em.persist(new Fleet()));
    } else {
      assertThatThrownBy(() -> emf.runInTransaction(em -> em.persist(new Fleet())))
          .isInstanceOf(PersistenceException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void tablePerClassSequence_idsAreDistinctAcrossSubclasses(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    List<Long> ids = emf.callInTransaction(em -> {
      Bolt first = new Bolt();
      Nut second = new Nut();
      Bolt third = new Bolt();
      em.persist(first);
      em.persist(second);
      em.persist(third);
      return List.of(first.id, second.id, third.id);
    });
    assertThat(ids).doesNotHaveDuplicates();
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Part.class, ids.get(1))).isInstanceOf(Nut.class);
      assertThat(em.find(Bolt.class, ids.get(1))).isNull();
    }
  }
}
