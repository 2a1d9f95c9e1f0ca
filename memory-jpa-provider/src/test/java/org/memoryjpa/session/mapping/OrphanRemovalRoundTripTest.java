package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Orphan removal through owning and inverse one-to-many collections, and an {@code @OrderColumn} on
 * the inverse side of a bidirectional one-to-many. Each runs on memory-jpa and on Hibernate + H2.
 */
class OrphanRemovalRoundTripTest {

  @Entity(name = "Folder")
  public static class Folder {
    @Id Long id;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "folder_id")
    List<Sheet> sheets = new ArrayList<>();

    @OneToMany(mappedBy = "folder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position_in_folder")
    List<Note> notes = new ArrayList<>();

    protected Folder() {}

    Folder(Long id) {
      this.id = id;
    }

    Note note(Long id, String text) {
      Note note = new Note(id, text, this);
      notes.add(note);
      return note;
    }
  }

  @Entity(name = "Sheet")
  public static class Sheet {
    @Id Long id;
    String text;

    protected Sheet() {}

    Sheet(Long id, String text) {
      this.id = id;
      this.text = text;
    }
  }

  @Entity(name = "Note")
  public static class Note {
    @Id Long id;
    String text;

    @ManyToOne Folder folder;

    protected Note() {}

    Note(Long id, String text, Folder folder) {
      this.id = id;
      this.text = text;
      this.folder = folder;
    }
  }

  private static final Factories FACTORIES = new Factories(Folder.class, Sheet.class, Note.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static void persistFolder(EntityManagerFactory emf) {
    emf.runInTransaction(em -> {
      Folder folder = new Folder(1L);
      folder.sheets.add(new Sheet(10L, "a"));
      folder.sheets.add(new Sheet(11L, "b"));
      folder.note(20L, "x");
      folder.note(21L, "y");
      folder.note(22L, "z");
      em.persist(folder);
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void owningOneToMany_elementRemoved_isDeleted(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistFolder(emf);
    emf.runInTransaction(em -> em.find(Folder.class, 1L).sheets.remove(0));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Sheet.class, 10L)).isNull();
      assertThat(em.find(Folder.class, 1L).sheets).extracting(s -> s.id).containsExactly(11L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void inverseOneToManyWithOrderColumn_reloadKeepsTheListOrder(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Folder folder = new Folder(1L);
      folder.note(22L, "z");
      folder.note(20L, "x");
      folder.note(21L, "y");
      em.persist(folder);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Folder.class, 1L).notes).extracting(n -> n.text).containsExactly("z", "x", "y");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void inverseOneToManyWithOrderColumn_reorderIsStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistFolder(emf);
    emf.runInTransaction(em -> {
      List<Note> notes = em.find(Folder.class, 1L).notes;
      notes.add(0, notes.remove(2));
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Folder.class, 1L).notes).extracting(n -> n.text).containsExactly("z", "x", "y");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void inverseOneToMany_elementRemoved_isDeleted(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistFolder(emf);
    emf.runInTransaction(em -> em.find(Folder.class, 1L).notes.remove(1));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Note.class, 21L)).isNull();
      assertThat(em.find(Folder.class, 1L).notes).extracting(n -> n.text).containsExactly("x", "z");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void inverseOneToMany_elementRemovedAfterTheFlushThatInsertedIt_isDeleted(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Folder folder = new Folder(1L);
      folder.note(20L, "x");
      folder.note(21L, "y");
      em.persist(folder);
      em.flush(); // the folder has no earlier contents to orphan; this flush remembers what it holds
      folder.notes.remove(0);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Note.class, 20L)).isNull();
      assertThat(em.find(Folder.class, 1L).notes).extracting(n -> n.text).containsExactly("y");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orphanRemovalCollection_replacedByANewCollection_failsAtFlush(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistFolder(emf);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.find(Folder.class, 1L).sheets = new ArrayList<>();
      em.flush();
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Folder.class, 1L).sheets).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_detachedOwnerWhoseOrphanCollectionWasReplaced_removesTheOrphans(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistFolder(emf);
    Folder detached = emf.callInTransaction(em -> {
      Folder folder = em.find(Folder.class, 1L);
      folder.sheets.size();
      return folder;
    });
    Sheet kept = detached.sheets.get(1);
    detached.sheets = new ArrayList<>(List.of(kept, new Sheet(12L, "c")));
    emf.runInTransaction(em -> em.merge(detached));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Sheet.class, 10L)).isNull();
      assertThat(em.find(Folder.class, 1L).sheets).extracting(s -> s.id).containsExactlyInAnyOrder(11L, 12L);
    }
  }
}
