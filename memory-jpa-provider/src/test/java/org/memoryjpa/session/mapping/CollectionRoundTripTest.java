package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * Round trips of collection mappings: ordered lists ({@code @OrderColumn}), {@code @OrderBy}, maps
 * keyed by an entity attribute, a basic column or an enum, and element collections of basics, enums
 * and embeddables. Each runs on memory-jpa and on Hibernate + H2.
 */
class CollectionRoundTripTest {

  public enum Weekday {
    MONDAY,
    TUESDAY,
    WEDNESDAY
  }

  public enum Mood {
    SAD,
    HAPPY
  }

  public enum Level {
    LOW,
    HIGH
  }

  @Embeddable
  public static class Step {
    String label;
    int minutes;

    protected Step() {}

    Step(String label, int minutes) {
      this.label = label;
      this.minutes = minutes;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Step s && Objects.equals(label, s.label) && minutes == s.minutes;
    }

    @Override
    public int hashCode() {
      return Objects.hash(label, minutes);
    }

    @Override
    public String toString() {
      return label + ":" + minutes;
    }
  }

  @Entity(name = "Playlist")
  public static class Playlist {
    @Id Long id;

    @ManyToMany(cascade = CascadeType.PERSIST)
    @JoinTable(name = "playlist_tracks")
    @OrderColumn(name = "pos")
    List<Track> tracks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "playlist_notes")
    @OrderColumn(name = "pos")
    @Column(name = "note")
    List<String> notes = new ArrayList<>();

    protected Playlist() {}

    Playlist(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Track")
  public static class Track {
    @Id Long id;
    String title;
    int seconds;

    protected Track() {}

    Track(Long id, String title, int seconds) {
      this.id = id;
      this.title = title;
      this.seconds = seconds;
    }
  }

  @Entity(name = "Album")
  public static class Album {
    @Id Long id;

    @OneToMany(mappedBy = "album", cascade = CascadeType.ALL)
    @OrderBy("seconds DESC, title")
    List<Song> songs = new ArrayList<>();

    @OneToMany(mappedBy = "album")
    @OrderBy("mood, title")
    List<Song> byMood = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "album_genres")
    @OrderBy
    @Column(name = "genre")
    List<String> genres = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "album_steps")
    @OrderBy("minutes DESC")
    List<Step> steps = new ArrayList<>();

    protected Album() {}

    Album(Long id) {
      this.id = id;
    }

    Song add(Long id, String title, int seconds) {
      Song song = new Song(id, title, seconds, this);
      songs.add(song);
      return song;
    }
  }

  @Entity(name = "Song")
  public static class Song {
    @Id Long id;
    String title;
    int seconds;

    @Enumerated(EnumType.STRING)
    Mood mood;

    @ManyToOne Album album;

    protected Song() {}

    Song(Long id, String title, int seconds, Album album) {
      this.id = id;
      this.title = title;
      this.seconds = seconds;
      this.album = album;
    }
  }

  @Entity(name = "Catalog")
  public static class Catalog {
    @Id Long id;

    @OneToMany(mappedBy = "catalog", cascade = CascadeType.ALL)
    @MapKey(name = "code")
    Map<String, Article> byCode = new HashMap<>();

    @OneToMany(mappedBy = "catalog")
    @MapKey
    Map<Long, Article> byId = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "catalog_featured")
    @MapKeyColumn(name = "slot_name")
    Map<String, Article> featured = new HashMap<>();

    @ManyToMany
    @JoinTable(name = "catalog_daily")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "weekday")
    Map<Weekday, Article> daily = new EnumMap<>(Weekday.class);

    @ElementCollection
    @CollectionTable(name = "catalog_hours")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "weekday")
    @Column(name = "hours")
    Map<Weekday, String> openingHours = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "catalog_levels")
    @MapKeyColumn(name = "level_key")
    @Column(name = "level_text")
    Map<Level, String> levelNames = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "catalog_titles")
    @MapKeyColumn(name = "lang")
    @Column(name = "title")
    Map<String, String> titles = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "catalog_steps")
    @MapKeyColumn(name = "step_key")
    Map<String, Step> stepsByName = new HashMap<>();

    protected Catalog() {}

    Catalog(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Article")
  public static class Article {
    @Id Long id;
    String code;

    @ManyToOne Catalog catalog;

    protected Article() {}

    Article(Long id, String code, Catalog catalog) {
      this.id = id;
      this.code = code;
      this.catalog = catalog;
    }
  }

  @Entity(name = "Recipe")
  public static class Recipe {
    @Id Long id;

    @ElementCollection
    @CollectionTable(name = "recipe_tags", joinColumns = @JoinColumn(name = "recipe_id"))
    @Column(name = "tag")
    Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recipe_levels")
    @Enumerated(EnumType.STRING)
    @Column(name = "lvl")
    Set<Level> levels = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recipe_ordinals")
    @Column(name = "lvl")
    Set<Level> ordinalLevels = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "recipe_steps")
    @OrderColumn(name = "step_no")
    List<Step> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recipe_numbers")
    @Column(name = "num")
    List<Integer> numbers = new ArrayList<>();

    protected Recipe() {}

    Recipe(Long id) {
      this.id = id;
    }
  }

  private static final Factories FACTORIES = new Factories(
      Step.class, Playlist.class, Track.class, Album.class, Song.class, Catalog.class, Article.class,
      Recipe.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static void persistPlaylist(EntityManagerFactory emf) {
    emf.runInTransaction(em -> {
      Playlist playlist = new Playlist(1L);
      playlist.tracks.add(new Track(12L, "b", 200));
      playlist.tracks.add(new Track(10L, "c", 100));
      playlist.tracks.add(new Track(11L, "a", 300));
      playlist.notes.addAll(List.of("z", "x", "y"));
      em.persist(playlist);
    });
  }

  // ---- @OrderColumn ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderColumn_reload_keepsTheListOrder(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistPlaylist(emf);
    try (EntityManager em = emf.createEntityManager()) {
      Playlist playlist = em.find(Playlist.class, 1L);
      assertThat(playlist.tracks).extracting(t -> t.id).containsExactly(12L, 10L, 11L);
      assertThat(playlist.notes).containsExactly("z", "x", "y");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderColumn_reorder_isStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistPlaylist(emf);
    emf.runInTransaction(em -> {
      Playlist playlist = em.find(Playlist.class, 1L);
      Collections.reverse(playlist.tracks);
      playlist.notes.add(0, playlist.notes.remove(2));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Playlist playlist = em.find(Playlist.class, 1L);
      assertThat(playlist.tracks).extracting(t -> t.id).containsExactly(11L, 10L, 12L);
      assertThat(playlist.notes).containsExactly("y", "z", "x");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderColumn_sameElementTwice_isKeptTwice(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistPlaylist(emf);
    emf.runInTransaction(em -> {
      Playlist playlist = em.find(Playlist.class, 1L);
      playlist.tracks.add(playlist.tracks.get(0));
      playlist.notes.add("z");
    });
    try (EntityManager em = emf.createEntityManager()) {
      Playlist playlist = em.find(Playlist.class, 1L);
      assertThat(playlist.tracks).extracting(t -> t.id).containsExactly(12L, 10L, 11L, 12L);
      assertThat(playlist.tracks.get(0)).isSameAs(playlist.tracks.get(3));
      assertThat(playlist.notes).containsExactly("z", "x", "y", "z");
    }
  }

  // ---- @OrderBy ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderBy_reload_sortsByTheGivenAttributes(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Album album = new Album(1L);
      album.add(1L, "b", 100).mood = Mood.SAD;
      album.add(2L, "c", 300).mood = Mood.HAPPY;
      album.add(3L, "a", 100).mood = Mood.SAD;
      album.genres.addAll(List.of("rock", "jazz", "pop"));
      album.steps.addAll(List.of(new Step("mix", 5), new Step("record", 60), new Step("master", 20)));
      em.persist(album);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Album album = em.find(Album.class, 1L);
      assertThat(album.songs).extracting(s -> s.title).containsExactly("c", "a", "b");
      // a STRING enum sorts by its name, as the column holds it
      assertThat(album.byMood).extracting(s -> s.title).containsExactly("c", "a", "b");
      assertThat(album.genres).containsExactly("jazz", "pop", "rock");
      assertThat(album.steps).extracting(s -> s.label).containsExactly("record", "master", "mix");
    }
  }

  // ---- maps ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapKey_onEntityAttribute_keysTheMapByIt(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Catalog catalog = new Catalog(1L);
      Article pen = new Article(10L, "PEN", catalog);
      Article ink = new Article(11L, "INK", catalog);
      catalog.byCode.put("PEN", pen);
      catalog.byCode.put("INK", ink);
      em.persist(catalog);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Catalog catalog = em.find(Catalog.class, 1L);
      assertThat(catalog.byCode).containsOnlyKeys("PEN", "INK");
      assertThat(catalog.byCode.get("INK").id).isEqualTo(11L);
      assertThat(catalog.byId).containsOnlyKeys(10L, 11L);
      assertThat(catalog.byId.get(10L)).isSameAs(catalog.byCode.get("PEN"));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapKeyColumn_basicAndEnumKeysOfEntityValues_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Catalog catalog = new Catalog(1L);
      Article pen = new Article(10L, "PEN", catalog);
      Article ink = new Article(11L, "INK", catalog);
      em.persist(catalog);
      em.persist(pen);
      em.persist(ink);
      catalog.featured.put("top", pen);
      catalog.featured.put("bottom", ink);
      catalog.daily.put(Weekday.TUESDAY, ink);
      catalog.daily.put(Weekday.MONDAY, pen);
    });
    emf.runInTransaction(em -> {
      Catalog catalog = em.find(Catalog.class, 1L);
      catalog.featured.remove("bottom");
      catalog.featured.put("middle", em.find(Article.class, 11L));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Catalog catalog = em.find(Catalog.class, 1L);
      assertThat(catalog.featured).containsOnlyKeys("top", "middle");
      assertThat(catalog.featured.get("middle").code).isEqualTo("INK");
      assertThat(catalog.daily).containsOnlyKeys(Weekday.MONDAY, Weekday.TUESDAY);
      assertThat(catalog.daily.get(Weekday.MONDAY).code).isEqualTo("PEN");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void elementCollectionMaps_enumStringEmbeddableValues_roundTripAndUpdate(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Catalog catalog = new Catalog(1L);
      catalog.openingHours.put(Weekday.MONDAY, "9-17");
      catalog.openingHours.put(Weekday.WEDNESDAY, "closed");
      catalog.levelNames.put(Level.HIGH, "premium");
      catalog.titles.put("en", "Catalogue");
      catalog.titles.put("de", "Katalog");
      catalog.stepsByName.put("first", new Step("unpack", 3));
      em.persist(catalog);
    });
    emf.runInTransaction(em -> {
      Catalog catalog = em.find(Catalog.class, 1L);
      catalog.openingHours.put(Weekday.WEDNESDAY, "10-12");
      catalog.titles.remove("de");
      catalog.stepsByName.put("second", new Step("assemble", 30));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Catalog catalog = em.find(Catalog.class, 1L);
      assertThat(catalog.openingHours).containsOnly(entry(Weekday.MONDAY, "9-17"), entry(Weekday.WEDNESDAY, "10-12"));
      assertThat(catalog.levelNames).containsOnly(entry(Level.HIGH, "premium"));
      assertThat(catalog.titles).containsOnly(entry("en", "Catalogue"));
      assertThat(catalog.stepsByName)
          .containsOnly(entry("first", new Step("unpack", 3)), entry("second", new Step("assemble", 30)));
    }
  }

  // ---- element collections ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void elementCollections_basicsEnumsEmbeddables_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Recipe recipe = new Recipe(1L);
      recipe.tags.addAll(List.of("quick", "vegan"));
      recipe.levels.add(Level.HIGH);
      recipe.ordinalLevels.addAll(List.of(Level.LOW, Level.HIGH));
      recipe.steps.addAll(List.of(new Step("chop", 5), new Step("fry", 10)));
      recipe.numbers.addAll(List.of(3, 1, 2));
      em.persist(recipe);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Recipe recipe = em.find(Recipe.class, 1L);
      assertThat(recipe.tags).containsExactlyInAnyOrder("quick", "vegan");
      assertThat(recipe.levels).containsExactly(Level.HIGH);
      assertThat(recipe.ordinalLevels).containsExactlyInAnyOrder(Level.LOW, Level.HIGH);
      assertThat(recipe.steps).containsExactly(new Step("chop", 5), new Step("fry", 10));
      assertThat(recipe.numbers).containsExactlyInAnyOrder(3, 1, 2);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void elementCollections_changedInPlace_areStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Recipe recipe = new Recipe(1L);
      recipe.tags.addAll(List.of("quick", "vegan"));
      recipe.steps.addAll(List.of(new Step("chop", 5), new Step("fry", 10)));
      em.persist(recipe);
    });
    emf.runInTransaction(em -> {
      Recipe recipe = em.find(Recipe.class, 1L);
      recipe.tags.remove("quick");
      recipe.tags.add("spicy");
      recipe.steps.get(1).minutes = 12; // a change inside an embeddable element
      recipe.steps.add(0, new Step("wash", 2));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Recipe recipe = em.find(Recipe.class, 1L);
      assertThat(recipe.tags).containsExactlyInAnyOrder("vegan", "spicy");
      assertThat(recipe.steps).containsExactly(new Step("wash", 2), new Step("chop", 5), new Step("fry", 12));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void elementCollection_replacedByNewCollection_isStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Recipe recipe = new Recipe(1L);
      recipe.tags.addAll(List.of("quick", "vegan"));
      em.persist(recipe);
    });
    emf.runInTransaction(em -> em.find(Recipe.class, 1L).tags = new LinkedHashSet<>(List.of("slow")));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Recipe.class, 1L).tags).containsExactly("slow");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void elementCollection_ownerRemoved_rowsGoWithIt(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Recipe recipe = new Recipe(1L);
      recipe.tags.add("quick");
      em.persist(recipe);
    });
    emf.runInTransaction(em -> em.remove(em.find(Recipe.class, 1L)));
    emf.runInTransaction(em -> {
      Recipe again = new Recipe(1L);
      em.persist(again);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Recipe.class, 1L).tags).isEmpty();
    }
  }
}
