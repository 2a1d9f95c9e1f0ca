package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.query.Jpql.list;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Provider;

/** INDEX() of a variable joined over an {@code @OrderColumn} list, on both providers. */
class ListIndexTest {

  /** A playlist keeping its tracks in order; a track may be on several. */
  @Entity(name = "IndexPlaylist")
  public static class Playlist {
    @Id Long id;
    String name;

    @ManyToMany
    @OrderColumn
    List<Track> tracks = new ArrayList<>();

    public Playlist() {}

    Playlist(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  /** A track. */
  @Entity(name = "IndexTrack")
  public static class Track {
    @Id Long id;
    String title;

    public Track() {}

    Track(Long id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  private EntityManager filled(Provider provider) {
    emf = provider.create(Playlist.class, Track.class);
    emf.runInTransaction(em -> {
      Track a = new Track(1L, "Alpha");
      Track b = new Track(2L, "Bravo");
      Track c = new Track(3L, "Charlie");
      em.persist(a);
      em.persist(b);
      em.persist(c);
      Playlist first = new Playlist(10L, "first");
      first.tracks.addAll(List.of(c, a, b));
      Playlist second = new Playlist(11L, "second");
      second.tracks.addAll(List.of(b, c));
      em.persist(first);
      em.persist(second);
    });
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void index_ofOrderColumnList_isThePositionFromZero(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select t.title from IndexPlaylist p join p.tracks t where p.id = 10"
          + " order by index(t)")).containsExactly("Charlie", "Alpha", "Bravo");
      assertThat(list(em, Integer.class, "select index(t) from IndexPlaylist p join p.tracks t where t.id = 3"
          + " order by p.id")).containsExactly(0, 1);
      assertThat(list(em, String.class, "select p.name from IndexPlaylist p join p.tracks t where index(t) = 1"
          + " and t.title = 'Alpha'")).containsExactly("first");
    }
  }

  @Test
  void createQuery_indexOfRootVariable_failsWithPosition() {
    try (EntityManager em = filled(Provider.MEMORY)) {
      assertThatThrownBy(() -> em.createQuery("select index(p) from IndexPlaylist p"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("INDEX(p) needs a variable joined over a list at 1:8; join a List association");
    }
  }
}
