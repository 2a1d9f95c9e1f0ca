package org.memoryjpa.query.qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.query.qualifier.QualifierModel.Book;
import org.memoryjpa.query.qualifier.QualifierModel.Library;
import org.memoryjpa.testing.Provider;

/**
 * ENTRY(), KEY() and VALUE() over every kind of map — an element collection keyed by a column, a
 * {@code @OneToMany} keyed by {@code @MapKey} or {@code @MapKeyColumn}, a {@code @ManyToMany} keyed by
 * a column — on both providers.
 */
class MapQualifierTest {

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  static EntityManagerFactory filled(Provider provider) {
    EntityManagerFactory factory = provider.create(Library.class, Book.class);
    factory.runInTransaction(em -> {
      Library central = new Library(1L, "Central");
      Library branch = new Library(2L, "Branch");
      em.persist(central);
      em.persist(branch);
      Book atlas = new Book(10L, "a1", "Atlas", central);
      Book bestiary = new Book(11L, "b2", "Bestiary", central);
      Book codex = new Book(12L, "c3", "Codex", central);
      Book diary = new Book(13L, "d4", "Diary", branch);
      for (Book book : List.of(atlas, bestiary, codex, diary)) {
        em.persist(book);
      }
      central.titles.put("en", "Central");
      central.titles.put("fr", "Centrale");
      branch.titles.put("en", "Branch");
      central.shelved.put("top", atlas);
      central.shelved.put("low", bestiary);
      branch.shelved.put("top", diary);
      central.featured.put("pick", atlas);
      central.featured.put("classic", codex);
      branch.featured.put("pick", codex);
      central.tags.addAll(List.of("old", "big", "old"));
      branch.tags.add("new");
      codex.home = central;
      atlas.home = central;
      central.ordered.addAll(List.of(codex, atlas));
    });
    return factory;
  }

  private EntityManager em(Provider provider) {
    emf = filled(provider);
    return emf.createEntityManager();
  }

  /** Entries as "key=value" text, values described by the given function. */
  private static List<String> entries(List<?> rows) {
    return rows.stream().map(row -> {
      assertThat(row).isInstanceOf(Map.Entry.class);
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) row;
      Object value = entry.getValue() instanceof Book book ? "Book#" + book.id : entry.getValue();
      return entry.getKey() + "=" + value;
    }).toList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entry_ofElementMap_isKeyAndValue(Provider provider) {
    try (EntityManager em = em(provider)) {
      List<?> rows = em.createQuery("select entry(t) from QLibrary l join l.titles t where l.id = 1"
          + " order by key(t)").getResultList();
      assertThat(entries(rows)).containsExactly("en=Central", "fr=Centrale");
      assertThat(rows.get(0)).isEqualTo(Map.entry("en", "Central"));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entry_ofMapKeyAssociation_isKeyAttributeAndManagedEntity(Provider provider) {
    try (EntityManager em = em(provider)) {
      List<?> rows = em.createQuery("select entry(b) from QLibrary l join l.byCode b where l.id = 1"
          + " order by b.code").getResultList();
      assertThat(entries(rows)).containsExactly("a1=Book#10", "b2=Book#11", "c3=Book#12");
      assertThat(((Map.Entry<?, ?>) rows.get(0)).getValue()).isSameAs(em.find(Book.class, 10L));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entry_ofMapKeyColumnAssociations_isStoredKeyAndEntity(Provider provider) {
    try (EntityManager em = em(provider)) {
      assertThat(entries(em.createQuery("select entry(b) from QLibrary l join l.shelved b where l.id = 1"
          + " order by b.id").getResultList())).containsExactly("top=Book#10", "low=Book#11");
      assertThat(entries(em.createQuery("select entry(b) from QLibrary l join l.featured b"
          + " order by l.id, b.id").getResultList())).containsExactly("pick=Book#10", "classic=Book#12", "pick=Book#12");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entry_withOtherItems_isOneItemOfTheRow(Provider provider) {
    try (EntityManager em = em(provider)) {
      List<Object[]> rows = em.createQuery("select l.name, entry(t) from QLibrary l join l.titles t"
          + " where key(t) = 'en' order by l.id", Object[].class).getResultList();
      assertThat(rows).extracting(row -> row[0] + " " + entries(List.of(row[1])).get(0))
          .containsExactly("Central en=Central", "Branch en=Branch");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void keyAndValue_ofMapKeyColumnOneToMany_inSelectWhereAndOrderBy(Provider provider) {
    try (EntityManager em = em(provider)) {
      List<Object[]> rows = em.createQuery("select key(b), value(b).title from QLibrary l join l.shelved b"
          + " order by key(b) desc, b.id", Object[].class).getResultList();
      assertThat(rows).extracting(row -> row[0] + ":" + row[1])
          .containsExactly("top:Atlas", "top:Diary", "low:Bestiary");
      assertThat(em.createQuery("select b.title from QLibrary l join l.shelved b where key(b) = :shelf"
          + " and l.id = 1", String.class).setParameter("shelf", "low").getResultList())
          .containsExactly("Bestiary");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void keyAndValue_ofManyToManyMap_inSelectWhereAndOrderBy(Provider provider) {
    try (EntityManager em = em(provider)) {
      assertThat(em.createQuery("select l.name from QLibrary l join l.featured b where key(b) = 'pick'"
          + " and value(b).code = 'c3'", String.class).getResultList()).containsExactly("Branch");
      assertThat(em.createQuery("select key(b) from QLibrary l join l.featured b where l.id = 1 order by key(b)",
          String.class).getResultList()).containsExactly("classic", "pick");
      assertThat(em.createQuery("select value(b) from QLibrary l join l.featured b where key(b) like 'cl%'",
          Book.class).getResultList()).extracting(book -> book.id).containsExactly(12L);
    }
  }

  @Test
  void createQuery_entryOutsideSelect_isRejected() {
    try (EntityManager em = em(Provider.MEMORY)) {
      assertThatThrownBy(() -> em.createQuery("select l from QLibrary l join l.titles t where entry(t) is null"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("ENTRY(t) may only be selected at 1:48; compare or order by KEY() and VALUE()");
    }
  }

  @Test
  void createQuery_keyOfAnOrderedList_isRejected() {
    try (EntityManager em = em(Provider.MEMORY)) {
      assertThatThrownBy(() -> em.createQuery("select key(t) from QLibrary l join l.tags t"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("KEY(t) needs a variable joined over a map");
    }
  }
}
