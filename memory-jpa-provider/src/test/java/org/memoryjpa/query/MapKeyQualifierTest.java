package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.query.Jpql.list;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Provider;

/** KEY() and VALUE() of a variable joined over an association map keyed by {@code @MapKey}, on both providers. */
class MapKeyQualifierTest {

  /** A shelf whose volumes are keyed by their code. */
  @Entity(name = "MapShelf")
  public static class Shelf {
    @Id Long id;
    String label;

    @OneToMany(mappedBy = "shelf")
    @MapKey(name = "code")
    Map<String, Volume> volumes = new HashMap<>();

    public Shelf() {}

    Shelf(Long id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  /** A volume on a shelf. */
  @Entity(name = "MapVolume")
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

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  private EntityManager filled(Provider provider) {
    emf = provider.create(Shelf.class, Volume.class);
    emf.runInTransaction(em -> {
      Shelf a = new Shelf(1L, "A");
      Shelf b = new Shelf(2L, "B");
      em.persist(a);
      em.persist(b);
      em.persist(new Volume(10L, "x1", "Xylem", a));
      em.persist(new Volume(11L, "y2", "Yarrow", a));
      em.persist(new Volume(12L, "z3", "Zinnia", b));
    });
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void key_ofMapKeyAssociation_isTheKeyAttribute(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select key(v) from MapShelf s join s.volumes v order by key(v)"))
          .containsExactly("x1", "y2", "z3");
      assertThat(list(em, String.class, "select s.label from MapShelf s join s.volumes v where key(v) = 'z3'"))
          .containsExactly("B");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void value_ofMapKeyAssociation_isTheEntity(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select value(v).title from MapShelf s join s.volumes v where s.id = 1"
          + " order by value(v).title")).containsExactly("Xylem", "Yarrow");
      List<Volume> volumes = list(em, Volume.class, "select value(v) from MapShelf s join s.volumes v"
          + " where key(v) = 'y2'");
      assertThat(volumes).extracting(volume -> volume.id).containsExactly(11L);
    }
  }
}
