package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.session.MemoryEntityManagerFactory;
import org.memoryjpa.session.mapping.base.AuditedBase;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Entities in heavy use get generated accessors instead of method handles: private fields of a
 * superclass in another package, a record embeddable, primitives, property access with non-public
 * methods. The values read and written must be the same before and after, and dirty checking,
 * versions and callbacks must go on working through them.
 */
class DirectAccessorTest {

  /** More loads than it takes for a type to get its generated accessors. */
  private static final int MANY = 1_200;

  /** A record embeddable: read through its accessor methods, built through its constructor. */
  @Embeddable
  public record Size(int width, int height) {}

  /** A class embeddable: built through its no-arg constructor, which must run. */
  @Embeddable
  public static class Label {
    private String text;
    private transient boolean constructed = true;

    protected Label() {}

    Label(String text) {
      this.text = text;
    }
  }

  @Entity(name = "Gadget")
  public static class Gadget extends AuditedBase {
    private String name;
    private double weight;
    private Size size;
    private Label label;
    private transient boolean constructed = true;
    @Version private long version;
    private transient int preUpdates;

    @PreUpdate
    private void beforeUpdate() {
      preUpdates++;
      name = name + "!";
    }
  }

  @Entity(name = "Widget")
  @Access(AccessType.PROPERTY)
  public static class Widget {
    private Long key;
    private String text;

    @Id
    protected Long getKey() {
      return key;
    }

    protected void setKey(Long key) {
      this.key = key;
    }

    String getText() {
      return text;
    }

    private void setText(String text) {
      this.text = text;
    }
  }

  private static final Factories FACTORIES = new Factories(Gadget.class, Widget.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  @Test
  void manyLoads_generateAccessors_andValuesRoundTrip() {
    EntityManagerFactory emf = FACTORIES.fresh(Provider.MEMORY);
    inTransaction(emf, em -> {
      for (long id = 1; id <= MANY; id++) {
        Gadget gadget = new Gadget();
        gadget.setId(id);
        gadget.setCreatedBy("user" + id);
        gadget.setRevision((int) id);
        gadget.name = "g" + id;
        gadget.weight = id / 2.0;
        gadget.size = id % 3 == 0 ? null : new Size((int) id, (int) id + 1);
        gadget.label = id % 2 == 0 ? null : new Label("l" + id);
        em.persist(gadget);
        Widget widget = new Widget();
        widget.setKey(id);
        widget.setText("w" + id);
        em.persist(widget);
      }
    });
    assertThat(accessorsOf(emf, Gadget.class, "name").isDirect()).isTrue();
    assertThat(accessorsOf(emf, Gadget.class, "createdBy").isDirect()).isTrue();
    assertThat(accessorsOf(emf, Widget.class, "text").isDirect()).isTrue();

    EntityManager em = emf.createEntityManager();
    Gadget previous = null;
    for (long id = 1; id <= MANY; id++) {
      Gadget gadget = em.find(Gadget.class, id);
      // built through the constructors, a new instance each, also once they are called as constants
      assertThat(gadget).isNotSameAs(previous);
      assertThat(gadget.constructed).isTrue();
      assertThat(gadget.label == null ? null : gadget.label.text).isEqualTo(id % 2 == 0 ? null : "l" + id);
      assertThat(gadget.label == null || gadget.label.constructed).isTrue();
      previous = gadget;
      assertThat(gadget.getId()).isEqualTo(id);
      assertThat(gadget.getCreatedBy()).isEqualTo("user" + id);
      assertThat(gadget.getRevision()).isEqualTo((int) id);
      assertThat(gadget.name).isEqualTo("g" + id);
      assertThat(gadget.weight).isEqualTo(id / 2.0);
      assertThat(gadget.size).isEqualTo(id % 3 == 0 ? null : new Size((int) id, (int) id + 1));
      assertThat(gadget.version).isZero();
      assertThat(em.find(Widget.class, id).getText()).isEqualTo("w" + id);
    }
    em.close();
  }

  @Test
  void afterGeneration_dirtyCheckingVersionsAndCallbacksStillWork() {
    EntityManagerFactory emf = FACTORIES.fresh(Provider.MEMORY);
    inTransaction(emf, em -> {
      for (long id = 1; id <= MANY; id++) {
        Gadget gadget = new Gadget();
        gadget.setId(id);
        gadget.name = "g" + id;
        em.persist(gadget);
      }
    });
    assertThat(accessorsOf(emf, Gadget.class, "version").isDirect()).isTrue();

    inTransaction(emf, em -> {
      Gadget changed = em.find(Gadget.class, 7L);
      changed.setCreatedBy("someone");
      changed.size = new Size(3, 4);
      em.find(Gadget.class, 8L); // loaded, unchanged
    });

    EntityManager em = emf.createEntityManager();
    Gadget changed = em.find(Gadget.class, 7L);
    assertThat(changed.getCreatedBy()).isEqualTo("someone");
    assertThat(changed.size).isEqualTo(new Size(3, 4));
    assertThat(changed.name).isEqualTo("g7!"); // written by @PreUpdate before the row
    assertThat(changed.version).isEqualTo(1L);
    Gadget unchanged = em.find(Gadget.class, 8L);
    assertThat(unchanged.name).isEqualTo("g8");
    assertThat(unchanged.version).isZero();
    em.close();
  }

  @Test
  void fewLoads_keepMethodHandles_andValuesRoundTrip() {
    // a factory of its own: the shared one may have generated them in another test
    try (EntityManagerFactory emf = Provider.MEMORY.create(java.util.Map.of(), new Class<?>[] {Gadget.class})) {
      fewLoads(emf);
    }
  }

  private static void fewLoads(EntityManagerFactory emf) {
    inTransaction(emf, em -> {
      Gadget gadget = new Gadget();
      gadget.setId(1L);
      gadget.setCreatedBy("me");
      gadget.size = new Size(1, 2);
      em.persist(gadget);
    });
    EntityManager em = emf.createEntityManager();
    Gadget gadget = em.find(Gadget.class, 1L);
    assertThat(gadget.getCreatedBy()).isEqualTo("me");
    assertThat(gadget.size).isEqualTo(new Size(1, 2));
    em.close();
    assertThat(accessorsOf(emf, Gadget.class, "createdBy").isDirect()).isFalse();
  }

  private static org.memoryjpa.internal.metadata.PropertyAccessor accessorsOf(
      EntityManagerFactory emf, Class<?> type, String attribute) {
    EntityModel entity = emf.unwrap(MemoryEntityManagerFactory.class).domainModel().requireEntity(type);
    AttributeMapping mapping = entity.attributes().stream()
        .filter(a -> a.name().equals(attribute)).findFirst().orElseThrow();
    return mapping.accessor();
  }

  private static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    work.accept(em);
    em.getTransaction().commit();
    em.close();
  }
}
