package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Cascades of each operation (PERSIST, MERGE, REMOVE, REFRESH, DETACH) through each association kind
 * (many-to-one, one-to-one, one-to-many, many-to-many), and the same operations without cascade;
 * references to detached and transient instances; load state of lazy and eager attributes. Each runs
 * on memory-jpa and on Hibernate + H2.
 */
class CascadeRoundTripTest {

  @Entity(name = "Leaf")
  public static class Leaf {
    @Id Long id;
    String label;

    protected Leaf() {}

    Leaf(Long id, String label) {
      this.id = id;
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /** Four associations of each kind to leaves; which operations they cascade depends on the subclass. */
  public interface Hub {
    Long id();

    Leaf one();

    Leaf solo();

    List<Leaf> many();

    List<Leaf> shared();

    void one(Leaf leaf);

    void solo(Leaf leaf);
  }

  @Entity(name = "PersistHub")
  public static class PersistHub implements Hub {
    @Id Long id;
    @ManyToOne(cascade = CascadeType.PERSIST) Leaf one;
    @OneToOne(cascade = CascadeType.PERSIST) @JoinColumn(name = "solo_id") Leaf solo;
    @OneToMany(cascade = CascadeType.PERSIST) @JoinTable(name = "persist_many") List<Leaf> many = new ArrayList<>();
    @ManyToMany(cascade = CascadeType.PERSIST) @JoinTable(name = "persist_shared") List<Leaf> shared = new ArrayList<>();

    public Long id() { return id; }
    public Leaf one() { return one; }
    public Leaf solo() { return solo; }
    public List<Leaf> many() { return many; }
    public List<Leaf> shared() { return shared; }
    public void one(Leaf leaf) { one = leaf; }
    public void solo(Leaf leaf) { solo = leaf; }
  }

  @Entity(name = "MergeHub")
  public static class MergeHub implements Hub {
    @Id Long id;
    @ManyToOne(cascade = CascadeType.MERGE) Leaf one;
    @OneToOne(cascade = CascadeType.MERGE) @JoinColumn(name = "solo_id") Leaf solo;
    @OneToMany(cascade = CascadeType.MERGE) @JoinTable(name = "merge_many") List<Leaf> many = new ArrayList<>();
    @ManyToMany(cascade = CascadeType.MERGE) @JoinTable(name = "merge_shared") List<Leaf> shared = new ArrayList<>();

    public Long id() { return id; }
    public Leaf one() { return one; }
    public Leaf solo() { return solo; }
    public List<Leaf> many() { return many; }
    public List<Leaf> shared() { return shared; }
    public void one(Leaf leaf) { one = leaf; }
    public void solo(Leaf leaf) { solo = leaf; }
  }

  @Entity(name = "RemoveHub")
  public static class RemoveHub implements Hub {
    @Id Long id;
    @ManyToOne(cascade = CascadeType.REMOVE) Leaf one;
    @OneToOne(cascade = CascadeType.REMOVE) @JoinColumn(name = "solo_id") Leaf solo;
    @OneToMany(cascade = CascadeType.REMOVE) @JoinTable(name = "remove_many") List<Leaf> many = new ArrayList<>();
    @ManyToMany(cascade = CascadeType.REMOVE) @JoinTable(name = "remove_shared") List<Leaf> shared = new ArrayList<>();

    public Long id() { return id; }
    public Leaf one() { return one; }
    public Leaf solo() { return solo; }
    public List<Leaf> many() { return many; }
    public List<Leaf> shared() { return shared; }
    public void one(Leaf leaf) { one = leaf; }
    public void solo(Leaf leaf) { solo = leaf; }
  }

  @Entity(name = "RefreshHub")
  public static class RefreshHub implements Hub {
    @Id Long id;
    @ManyToOne(cascade = CascadeType.REFRESH) Leaf one;
    @OneToOne(cascade = CascadeType.REFRESH) @JoinColumn(name = "solo_id") Leaf solo;
    @OneToMany(cascade = CascadeType.REFRESH) @JoinTable(name = "refresh_many") List<Leaf> many = new ArrayList<>();
    @ManyToMany(cascade = CascadeType.REFRESH) @JoinTable(name = "refresh_shared") List<Leaf> shared = new ArrayList<>();

    public Long id() { return id; }
    public Leaf one() { return one; }
    public Leaf solo() { return solo; }
    public List<Leaf> many() { return many; }
    public List<Leaf> shared() { return shared; }
    public void one(Leaf leaf) { one = leaf; }
    public void solo(Leaf leaf) { solo = leaf; }
  }

  @Entity(name = "DetachHub")
  public static class DetachHub implements Hub {
    @Id Long id;
    @ManyToOne(cascade = CascadeType.DETACH) Leaf one;
    @OneToOne(cascade = CascadeType.DETACH) @JoinColumn(name = "solo_id") Leaf solo;
    @OneToMany(cascade = CascadeType.DETACH) @JoinTable(name = "detach_many") List<Leaf> many = new ArrayList<>();
    @ManyToMany(cascade = CascadeType.DETACH) @JoinTable(name = "detach_shared") List<Leaf> shared = new ArrayList<>();

    public Long id() { return id; }
    public Leaf one() { return one; }
    public Leaf solo() { return solo; }
    public List<Leaf> many() { return many; }
    public List<Leaf> shared() { return shared; }
    public void one(Leaf leaf) { one = leaf; }
    public void solo(Leaf leaf) { solo = leaf; }
  }

  @Entity(name = "PlainHub")
  public static class PlainHub implements Hub {
    @Id Long id;
    @ManyToOne Leaf one;
    @OneToOne @JoinColumn(name = "solo_id") Leaf solo;
    @OneToMany @JoinTable(name = "plain_many") List<Leaf> many = new ArrayList<>();
    @ManyToMany @JoinTable(name = "plain_shared") List<Leaf> shared = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY) Leaf lazyOne;

    public Long id() { return id; }
    public Leaf one() { return one; }
    public Leaf solo() { return solo; }
    public List<Leaf> many() { return many; }
    public List<Leaf> shared() { return shared; }
    public void one(Leaf leaf) { one = leaf; }
    public void solo(Leaf leaf) { solo = leaf; }
  }

  private static final Factories FACTORIES = new Factories(
      Leaf.class, PersistHub.class, MergeHub.class, RemoveHub.class, RefreshHub.class, DetachHub.class,
      PlainHub.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  /** Gives a hub four new leaves, ids 11 to 14, one per association. */
  private static <H extends Hub> H withNewLeaves(H hub) {
    hub.one(new Leaf(11L, "one"));
    hub.solo(new Leaf(12L, "solo"));
    hub.many().add(new Leaf(13L, "many"));
    hub.shared().add(new Leaf(14L, "shared"));
    return hub;
  }

  /** Persists a hub with id 1 and leaves 11 to 14, the leaves explicitly. */
  private static <H extends Hub> void persistGraph(EntityManagerFactory emf, H hub, BiConsumer<H, Long> setId) {
    setId.accept(hub, 1L);
    withNewLeaves(hub);
    emf.runInTransaction(em -> {
      em.persist(hub.one());
      em.persist(hub.solo());
      em.persist(hub.many().get(0));
      em.persist(hub.shared().get(0));
      em.persist(hub);
    });
  }

  private static List<Leaf> leaves(Hub hub) {
    return List.of(hub.one(), hub.solo(), hub.many().get(0), hub.shared().get(0));
  }

  // ---- PERSIST ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void persist_cascadePersistOnEveryKind_persistsEveryTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      PersistHub hub = withNewLeaves(new PersistHub());
      hub.id = 1L;
      em.persist(hub);
      assertThat(leaves(hub)).allMatch(em::contains);
    });
    try (EntityManager em = emf.createEntityManager()) {
      PersistHub hub = em.find(PersistHub.class, 1L);
      assertThat(leaves(hub)).extracting(l -> l.label).containsExactly("one", "solo", "many", "shared");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void flush_transientTargetWithoutCascade_throwsIllegalStateForEveryKind(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    List<java.util.function.Consumer<PlainHub>> links = List.of(
        hub -> hub.one = new Leaf(11L, "one"),
        hub -> hub.solo = new Leaf(12L, "solo"),
        hub -> hub.many.add(new Leaf(13L, "many")),
        hub -> hub.shared.add(new Leaf(14L, "shared")));
    for (var link : links) {
      EntityManager em = emf.createEntityManager();
      em.getTransaction().begin();
      PlainHub hub = new PlainHub();
      hub.id = 1L;
      link.accept(hub);
      em.persist(hub);
      assertThatThrownBy(em::flush).isInstanceOf(IllegalStateException.class);
      em.getTransaction().rollback();
      em.close();
    }
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(PlainHub.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_transientTargetWithoutCascade_rollsBackWithIllegalStateAsCause(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    PlainHub hub = new PlainHub();
    hub.id = 1L;
    hub.one = new Leaf(11L, "one");
    em.persist(hub);
    assertThatThrownBy(() -> em.getTransaction().commit())
        .isInstanceOf(jakarta.persistence.RollbackException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(em.getTransaction().isActive()).isFalse();
    em.close();
    try (EntityManager reader = emf.createEntityManager()) {
      assertThat(reader.find(PlainHub.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void persist_detachedTargetWithoutCascade_isReferencedByItsId(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Leaf(11L, "one"));
      em.persist(new Leaf(14L, "shared"));
    });
    Leaf one = emf.callInTransaction(em -> em.find(Leaf.class, 11L));
    Leaf shared = emf.callInTransaction(em -> em.find(Leaf.class, 14L));
    emf.runInTransaction(em -> {
      PlainHub hub = new PlainHub();
      hub.id = 1L;
      hub.one = one;
      hub.shared.add(shared);
      em.persist(hub);
      assertThat(em.contains(one)).isFalse();
    });
    try (EntityManager em = emf.createEntityManager()) {
      PlainHub hub = em.find(PlainHub.class, 1L);
      assertThat(hub.one.label).isEqualTo("one");
      assertThat(hub.shared).extracting(l -> l.id).containsExactly(14L);
    }
  }

  // ---- MERGE ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_detachedGraphWithChangesAndNewChildren_cascadesToEveryKind(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new MergeHub(), (h, id) -> h.id = id);
    MergeHub detached = emf.callInTransaction(em -> {
      MergeHub hub = em.find(MergeHub.class, 1L);
      hub.many.size();
      hub.shared.size();
      return hub;
    });
    leaves(detached).forEach(leaf -> leaf.label = leaf.label + "!");
    detached.many.add(new Leaf(15L, "new many"));
    detached.shared.add(new Leaf(16L, "new shared"));
    emf.runInTransaction(em -> {
      MergeHub merged = em.merge(detached);
      assertThat(merged).isNotSameAs(detached);
      assertThat(em.contains(merged.many.get(1))).isTrue();
      assertThat(merged.many.get(1)).isNotSameAs(detached.many.get(1));
    });
    try (EntityManager em = emf.createEntityManager()) {
      MergeHub hub = em.find(MergeHub.class, 1L);
      assertThat(hub.one.label).isEqualTo("one!");
      assertThat(hub.solo.label).isEqualTo("solo!");
      assertThat(hub.many).extracting(l -> l.label).containsExactlyInAnyOrder("many!", "new many");
      assertThat(hub.shared).extracting(l -> l.label).containsExactlyInAnyOrder("shared!", "new shared");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_withoutCascade_keepsTheLinksButNotTheTargetsChanges(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new PlainHub(), (h, id) -> h.id = id);
    PlainHub detached = emf.callInTransaction(em -> {
      PlainHub hub = em.find(PlainHub.class, 1L);
      hub.many.size();
      hub.shared.size();
      return hub;
    });
    leaves(detached).forEach(leaf -> leaf.label = leaf.label + "!");
    detached.shared.clear();
    emf.runInTransaction(em -> em.merge(detached));
    try (EntityManager em = emf.createEntityManager()) {
      PlainHub hub = em.find(PlainHub.class, 1L);
      assertThat(hub.one.label).isEqualTo("one");
      assertThat(hub.solo.label).isEqualTo("solo");
      assertThat(hub.many).extracting(l -> l.label).containsExactly("many");
      assertThat(hub.shared).isEmpty();
      assertThat(em.find(Leaf.class, 14L)).isNotNull();
    }
  }

  // ---- REMOVE ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_cascadeRemoveOnEveryKind_removesEveryTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new RemoveHub(), (h, id) -> h.id = id);
    emf.runInTransaction(em -> em.remove(em.find(RemoveHub.class, 1L)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(RemoveHub.class, 1L)).isNull();
      for (long id = 11; id <= 14; id++) {
        assertThat(em.find(Leaf.class, id)).as("leaf %d", id).isNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_withoutCascade_keepsEveryTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new PlainHub(), (h, id) -> h.id = id);
    emf.runInTransaction(em -> em.remove(em.find(PlainHub.class, 1L)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(PlainHub.class, 1L)).isNull();
      for (long id = 11; id <= 14; id++) {
        assertThat(em.find(Leaf.class, id)).as("leaf %d", id).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_referenceFromGetReference_deletesTheRowAndIsNoLongerContained(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Leaf(11L, "one")));
    emf.runInTransaction(em -> {
      Leaf reference = em.getReference(Leaf.class, 11L);
      em.remove(reference);
      assertThat(em.contains(reference)).isFalse();
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Leaf.class, 11L)).isNull();
    }
  }

  // ---- REFRESH ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void refresh_cascadeRefreshOnEveryKind_revertsEveryTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new RefreshHub(), (h, id) -> h.id = id);
    emf.runInTransaction(em -> {
      RefreshHub hub = em.find(RefreshHub.class, 1L);
      List<Leaf> leaves = leaves(hub);
      leaves.forEach(leaf -> leaf.label = "changed");
      em.refresh(hub);
      assertThat(leaves).extracting(l -> l.label).containsExactly("one", "solo", "many", "shared");
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void refresh_withoutCascade_keepsTheTargetsChanges(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new PlainHub(), (h, id) -> h.id = id);
    emf.runInTransaction(em -> {
      PlainHub hub = em.find(PlainHub.class, 1L);
      List<Leaf> leaves = leaves(hub);
      leaves.forEach(leaf -> leaf.label = "changed");
      em.refresh(hub);
      assertThat(leaves).extracting(l -> l.label).containsOnly("changed");
      em.getTransaction().setRollbackOnly();
    });
  }

  // ---- DETACH ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void detach_cascadeDetachOnEveryKind_detachesEveryLoadedTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new DetachHub(), (h, id) -> h.id = id);
    emf.runInTransaction(em -> {
      DetachHub hub = em.find(DetachHub.class, 1L);
      List<Leaf> leaves = leaves(hub);
      em.detach(hub);
      assertThat(em.contains(hub)).isFalse();
      assertThat(leaves).noneMatch(em::contains);
      leaves.forEach(leaf -> leaf.label = "changed after detach");
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Leaf.class, 13L).label).isEqualTo("many");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void detach_withoutCascade_leavesTheTargetsManaged(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new PlainHub(), (h, id) -> h.id = id);
    emf.runInTransaction(em -> {
      PlainHub hub = em.find(PlainHub.class, 1L);
      List<Leaf> leaves = leaves(hub);
      em.detach(hub);
      assertThat(leaves).allMatch(em::contains);
      leaves.forEach(leaf -> leaf.label = leaf.label + " still managed");
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Leaf.class, 13L).label).isEqualTo("many still managed");
    }
  }

  // ---- load state ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void isLoaded_lazyAttributesBeforeAndAfterAccess_eagerOnesAlways(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new PlainHub(), (h, id) -> h.id = id);
    // leaf 13 is reachable only through lazy attributes
    emf.runInTransaction(em -> em.find(PlainHub.class, 1L).lazyOne = em.find(Leaf.class, 13L));
    PersistenceUnitUtil util = emf.getPersistenceUnitUtil();
    try (EntityManager em = emf.createEntityManager()) {
      PlainHub hub = em.find(PlainHub.class, 1L);
      assertThat(util.isLoaded(hub)).isTrue();
      assertThat(util.isLoaded(hub, "id")).isTrue();
      assertThat(util.isLoaded(hub, "one")).isTrue();
      assertThat(util.isLoaded(hub, "solo")).isTrue();
      assertThat(util.isLoaded(hub, "lazyOne")).isFalse();
      assertThat(util.isLoaded(hub.lazyOne)).isFalse();
      assertThat(util.isLoaded(hub, "many")).isFalse();
      assertThat(util.isLoaded(hub, "shared")).isFalse();

      assertThat(hub.lazyOne.getLabel()).isEqualTo("many");
      assertThat(hub.many).hasSize(1);
      assertThat(util.isLoaded(hub, "lazyOne")).isTrue();
      assertThat(util.isLoaded(hub.lazyOne)).isTrue();
      assertThat(util.isLoaded(hub, "many")).isTrue();
      assertThat(util.isLoaded(hub, "shared")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void load_lazyCollection_differsFromHibernate_becauseTheSpecSaysIsLoadedIsTrueAfterwards(Provider provider) {
    // PersistenceUnitUtil.load: "After this method returns, isLoaded must return true with the given
    // entity instance and attribute." Hibernate 7.4 leaves a lazy collection uninitialized.
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistGraph(emf, new PlainHub(), (h, id) -> h.id = id);
    PersistenceUnitUtil util = emf.getPersistenceUnitUtil();
    try (EntityManager em = emf.createEntityManager()) {
      PlainHub hub = em.find(PlainHub.class, 1L);
      util.load(hub, "shared");
      assertThat(util.isLoaded(hub, "shared")).isEqualTo(provider == Provider.MEMORY);
    }
  }
}
