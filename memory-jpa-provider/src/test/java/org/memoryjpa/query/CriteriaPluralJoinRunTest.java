package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.SetJoin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * MapJoin ({@code key()}, {@code value()}), ListJoin ({@code index()}), SetJoin and
 * CollectionJoin, treated joins and roots, and a fetch over each kind of plural attribute, on both
 * providers with the same assertions.
 */
class CriteriaPluralJoinRunTest {

  /** A shelf with one plural attribute of each kind. */
  @Entity(name = "PjShelf")
  public static class Shelf {
    @Id Long id;
    String label;

    @OneToMany(mappedBy = "shelf")
    @MapKey(name = "code")
    Map<String, Volume> volumes = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "pj_shelf_notes")
    @MapKeyColumn(name = "note_key")
    Map<String, String> notes = new HashMap<>();

    @ManyToMany
    @OrderColumn
    @jakarta.persistence.JoinTable(name = "pj_shelf_reading")
    List<Volume> reading = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pj_shelf_tags")
    Set<String> tags = new HashSet<>();

    @ManyToMany
    @jakarta.persistence.JoinTable(name = "pj_shelf_archive")
    Collection<Volume> archive = new ArrayList<>();

    public Shelf() {}

    Shelf(Long id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  /** A shelf that also holds rare volumes behind glass. */
  @Entity(name = "PjGlassShelf")
  public static class GlassShelf extends Shelf {
    @OneToMany
    @jakarta.persistence.JoinTable(name = "pj_glass_rare")
    Set<RareVolume> behindGlass = new HashSet<>();

    public GlassShelf() {}

    GlassShelf(Long id, String label) {
      super(id, label);
    }
  }

  /** A volume on a shelf, keyed there by its code. */
  @Entity(name = "PjVolume")
  public static class Volume {
    @Id Long id;
    String code;
    String title;
    @ManyToOne Shelf shelf;

    public Volume() {}

    Volume(Long id, String code, String title, Shelf shelf) {
      this.id = id;
      this.code = code;
      this.title = title;
      this.shelf = shelf;
    }
  }

  /** A volume with a grade. */
  @Entity(name = "PjRareVolume")
  public static class RareVolume extends Volume {
    Integer grade;

    public RareVolume() {}

    RareVolume(Long id, String code, String title, Shelf shelf, Integer grade) {
      super(id, code, title, shelf);
      this.grade = grade;
    }
  }

  private static final Factories FACTORIES =
      new Factories(Shelf.class, GlassShelf.class, Volume.class, RareVolume.class);

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shelf a = new Shelf(1L, "A");
      GlassShelf b = new GlassShelf(2L, "B");
      Shelf c = new Shelf(3L, "C");
      a.notes.put("colour", "red");
      a.notes.put("height", "tall");
      b.notes.put("colour", "blue");
      a.tags.addAll(List.of("oak", "old"));
      b.tags.add("glass");
      em.persist(a);
      em.persist(b);
      em.persist(c);
      Volume x = new Volume(10L, "x1", "Xylem", a);
      Volume y = new RareVolume(11L, "y2", "Yarrow", a, 4);
      RareVolume z = new RareVolume(12L, "z3", "Zinnia", b, 9);
      Volume w = new Volume(13L, "w4", "Woad", b);
      for (Volume volume : List.of(x, y, z, w)) {
        em.persist(volume);
      }
      a.reading.addAll(List.of(y, x, w));
      b.reading.addAll(List.of(z));
      a.archive.addAll(List.of(w, z));
      b.behindGlass.add(z);
    });
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapJoin_keyValueOfAssociationMap_selectAndFilter(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Tuple> q = cb.createTupleQuery();
      Root<Shelf> s = q.from(Shelf.class);
      MapJoin<Shelf, String, Volume> v = s.joinMap("volumes");
      q.multiselect(s.get("label").alias("label"), v.key().alias("code"), v.value().get("title").alias("title"))
          .where(cb.notEqual(v.key(), "w4")).orderBy(cb.desc(v.key()));
      assertThat(em.createQuery(q).getResultList())
          .extracting(t -> t.get("label") + ":" + t.get("code") + ":" + t.get("title"))
          .containsExactly("B:z3:Zinnia", "A:y2:Yarrow", "A:x1:Xylem");

      CriteriaQuery<Volume> values = cb.createQuery(Volume.class);
      Root<Shelf> vs = values.from(Shelf.class);
      MapJoin<Shelf, String, Volume> vv = vs.joinMap("volumes");
      values.select(vv.value()).where(cb.equal(vv.key(), "y2"));
      assertThat(em.createQuery(values).getResultList()).extracting(volume -> volume.title)
          .containsExactly("Yarrow");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapJoin_keyValueEntryOfElementMap_selectAndFilter(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Shelf> s = q.from(Shelf.class);
      MapJoin<Shelf, String, String> n = s.joinMap("notes");
      q.multiselect(s.get("label"), n.key(), n.value()).orderBy(cb.asc(s.get("label")), cb.asc(n.key()));
      assertThat(em.createQuery(q).getResultList()).containsExactly(new Object[] {"A", "colour", "red"},
          new Object[] {"A", "height", "tall"}, new Object[] {"B", "colour", "blue"});

      CriteriaQuery<String> filtered = cb.createQuery(String.class);
      Root<Shelf> fs = filtered.from(Shelf.class);
      MapJoin<Shelf, String, String> fn = fs.joinMap("notes", JoinType.LEFT);
      fn.on(cb.equal(fn.key(), "colour"));
      filtered.select(cb.coalesce(fn.value(), "-")).orderBy(cb.asc(fs.get("id")));
      assertThat(em.createQuery(filtered).getResultList()).containsExactly("red", "blue", "-");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void listJoin_index_ordersAndFilters(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Shelf> s = q.from(Shelf.class);
      ListJoin<Shelf, Volume> r = s.joinList("reading");
      q.multiselect(r.index(), r.get("title")).where(cb.equal(s.get("id"), 1L)).orderBy(cb.asc(r.index()));
      assertThat(em.createQuery(q).getResultList()).containsExactly(new Object[] {0, "Yarrow"},
          new Object[] {1, "Xylem"}, new Object[] {2, "Woad"});

      CriteriaQuery<String> first = cb.createQuery(String.class);
      Root<Shelf> fs = first.from(Shelf.class);
      ListJoin<Shelf, Volume> fr = fs.joinList("reading");
      first.select(fr.get("title")).where(cb.equal(fr.index(), 0)).orderBy(cb.asc(fs.get("id")));
      assertThat(em.createQuery(first).getResultList()).containsExactly("Yarrow", "Zinnia");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void setAndCollectionJoins_rangeOverElements(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> tags = cb.createQuery(String.class);
      Root<Shelf> s = tags.from(Shelf.class);
      SetJoin<Shelf, String> t = s.joinSet("tags");
      tags.select(cb.concat(s.get("label"), t)).orderBy(cb.asc(t));
      assertThat(em.createQuery(tags).getResultList()).containsExactly("Bglass", "Aoak", "Aold");

      CriteriaQuery<String> archive = cb.createQuery(String.class);
      Root<Shelf> as = archive.from(Shelf.class);
      CollectionJoin<Shelf, Volume> a = as.joinCollection("archive", JoinType.LEFT);
      archive.select(cb.concat(as.get("label"), cb.coalesce(a.get("code"), "-")))
          .orderBy(cb.asc(as.get("id")), cb.asc(a.get("code")));
      assertThat(em.createQuery(archive).getResultList()).containsExactly("Aw4", "Az3", "B-", "C-");

      CriteriaQuery<Long> counts = cb.createQuery(Long.class);
      Root<Shelf> cs = counts.from(Shelf.class);
      counts.select(cb.count(cs)).where(cb.isMember("oak", cs.<Set<String>>get("tags")));
      assertThat(em.createQuery(counts).getSingleResult()).isEqualTo(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void treat_ofJoinAndOfRoot_reachSubtypeAttributes(Provider provider) {
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Shelf> s = q.from(Shelf.class);
      ListJoin<Shelf, Volume> r = s.joinList("reading");
      ListJoin<Shelf, RareVolume> rare = cb.treat(r, RareVolume.class);
      // The WHERE makes the rows the same: Hibernate also drops non-rare rows for a TREAT in SELECT alone.
      q.multiselect(s.get("label"), rare.get("title"), rare.get("grade")).where(cb.gt(rare.get("grade"), 0))
          .orderBy(cb.asc(rare.get("grade")));
      assertThat(em.createQuery(q).getResultList())
          .containsExactly(new Object[] {"A", "Yarrow", 4}, new Object[] {"B", "Zinnia", 9});

      CriteriaQuery<String> glass = cb.createQuery(String.class);
      Root<Shelf> gs = glass.from(Shelf.class);
      Root<GlassShelf> treated = cb.treat(gs, GlassShelf.class);
      SetJoin<GlassShelf, RareVolume> behind = treated.joinSet("behindGlass");
      glass.select(cb.concat(treated.get("label"), behind.get("code"))).where(cb.gt(behind.get("grade"), 5));
      assertThat(em.createQuery(glass).getResultList()).containsExactly("Bz3");

      CriteriaQuery<String> subtype = cb.createQuery(String.class);
      Root<Volume> v = subtype.from(Volume.class);
      subtype.select(v.get("code"))
          .where(cb.ge(cb.treat(v, RareVolume.class).get("grade"), 4)).orderBy(cb.asc(v.get("code")));
      assertThat(em.createQuery(subtype).getResultList()).containsExactly("y2", "z3");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void fetch_ofEachPluralKind_initialisesTheCollection(Provider provider) {
    for (String attribute : List.of("volumes", "notes", "reading", "tags", "archive")) {
      try (EntityManager em = filled(provider)) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Shelf> q = cb.createQuery(Shelf.class);
        Root<Shelf> s = q.from(Shelf.class);
        Fetch<Shelf, ?> fetch = s.fetch(attribute, JoinType.LEFT);
        q.select(s).distinct(true).where(cb.equal(s.get("id"), 1L));
        List<Shelf> shelves = em.createQuery(q).getResultList();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        assertThat(fetch.getAttribute().getName()).isEqualTo(attribute);
        assertThat(shelves).hasSize(1);
        assertThat(util.isLoaded(shelves.get(0), attribute)).as(attribute).isTrue();
        em.clear();
      }
    }
    try (EntityManager em = filled(provider)) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Shelf> q = cb.createQuery(Shelf.class);
      Root<Shelf> s = q.from(Shelf.class);
      s.fetch("reading");
      Fetch<Shelf, Volume> fetched = s.fetch("volumes");
      Join<Shelf, Volume> volumes = (Join<Shelf, Volume>) fetched;
      q.select(s).distinct(true).where(cb.equal(volumes.get("code"), "z3"));
      List<Shelf> shelves = em.createQuery(q).getResultList();
      assertThat(shelves).extracting(shelf -> shelf.label).containsExactly("B");
      assertThat(shelves.get(0).reading).extracting(volume -> volume.code).containsExactly("z3");
    }
  }
}
