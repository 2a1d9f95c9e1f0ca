package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.io.Serializable;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Round trips of every kind of id: a generic id from a mapped superclass, {@code @EmbeddedId},
 * {@code @IdClass}, and ids derived through {@code @MapsId}; found by their id object, reported by
 * {@code getIdentifier}. Each runs on memory-jpa and on Hibernate + H2.
 */
class IdRoundTripTest {

  @MappedSuperclass
  public abstract static class Keyed<K extends Serializable> {
    @Id K id;
    String label;

    K getId() {
      return id;
    }
  }

  @Entity(name = "Tag")
  public static class Tag extends Keyed<String> {
    protected Tag() {}

    Tag(String id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  @Entity(name = "Counter")
  public static class Counter extends Keyed<Long> {
    int total;

    protected Counter() {}

    Counter(Long id, String label, int total) {
      this.id = id;
      this.label = label;
      this.total = total;
    }
  }

  @Embeddable
  public static class LineKey implements Serializable {
    Long orderNo;
    Integer lineNo;

    protected LineKey() {}

    LineKey(Long orderNo, Integer lineNo) {
      this.orderNo = orderNo;
      this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LineKey k && Objects.equals(orderNo, k.orderNo) && Objects.equals(lineNo, k.lineNo);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderNo, lineNo);
    }
  }

  @Entity(name = "Line")
  public static class Line {
    @EmbeddedId LineKey key;
    String product;

    protected Line() {}

    Line(LineKey key, String product) {
      this.key = key;
      this.product = product;
    }
  }

  public static class SeatId implements Serializable {
    String hall;
    Integer seatNo;

    public SeatId() {}

    SeatId(String hall, Integer seatNo) {
      this.hall = hall;
      this.seatNo = seatNo;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SeatId k && Objects.equals(hall, k.hall) && Objects.equals(seatNo, k.seatNo);
    }

    @Override
    public int hashCode() {
      return Objects.hash(hall, seatNo);
    }
  }

  @Entity(name = "Seat")
  @IdClass(SeatId.class)
  public static class Seat {
    @Id String hall;
    @Id Integer seatNo;
    String holder;

    protected Seat() {}

    Seat(String hall, Integer seatNo, String holder) {
      this.hall = hall;
      this.seatNo = seatNo;
      this.holder = holder;
    }
  }

  @Entity(name = "Person")
  public static class Person {
    @Id @GeneratedValue Long id;
    String name;

    protected Person() {}

    Person(String name) {
      this.name = name;
    }
  }

  @Entity(name = "Passport")
  public static class Passport {
    @Id Long id;

    @MapsId
    @OneToOne
    Person holder;

    String serial;

    protected Passport() {}

    Passport(Person holder, String serial) {
      this.holder = holder;
      this.serial = serial;
    }
  }

  @Embeddable
  public static class EnrollmentKey implements Serializable {
    Long personId;
    String course;

    protected EnrollmentKey() {}

    EnrollmentKey(Long personId, String course) {
      this.personId = personId;
      this.course = course;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EnrollmentKey k && Objects.equals(personId, k.personId) && Objects.equals(course, k.course);
    }

    @Override
    public int hashCode() {
      return Objects.hash(personId, course);
    }
  }

  @Entity(name = "Enrollment")
  public static class Enrollment {
    @EmbeddedId EnrollmentKey key;

    @MapsId("personId")
    @ManyToOne
    Person student;

    int grade;

    protected Enrollment() {}

    Enrollment(Person student, String course, int grade) {
      this.key = new EnrollmentKey(null, course);
      this.student = student;
      this.grade = grade;
    }
  }

  private static final Factories FACTORIES = new Factories(
      Keyed.class, Tag.class, Counter.class, LineKey.class, Line.class, Seat.class, Person.class,
      Passport.class, EnrollmentKey.class, Enrollment.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  // ---- generic id of a mapped superclass ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void genericMappedSuperclassId_eachEntityBindsItsType_roundTrips(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Tag("java", "Java"));
      em.persist(new Counter(7L, "visits", 3));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Tag tag = em.find(Tag.class, "java");
      assertThat(tag.label).isEqualTo("Java");
      Counter counter = em.find(Counter.class, 7L);
      assertThat(counter.total).isEqualTo(3);
      assertThat(emf.getPersistenceUnitUtil().getIdentifier(counter)).isEqualTo(7L);
      assertThat(emf.getPersistenceUnitUtil().getIdentifier(tag)).isEqualTo("java");
      assertThat(em.find(Tag.class, "kotlin")).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void genericMappedSuperclassId_update_isStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Counter(7L, "visits", 3)));
    emf.runInTransaction(em -> em.find(Counter.class, 7L).total = 4);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Counter.class, 7L).total).isEqualTo(4);
    }
  }

  // ---- @EmbeddedId ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedId_findByIdObject_returnsEntityAndIdentifierEqualsIt(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Line(new LineKey(1L, 1), "pen"));
      em.persist(new Line(new LineKey(1L, 2), "ink"));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Line line = em.find(Line.class, new LineKey(1L, 2));
      assertThat(line.product).isEqualTo("ink");
      assertThat(line.key).isEqualTo(new LineKey(1L, 2));
      Object identifier = emf.getPersistenceUnitUtil().getIdentifier(line);
      assertThat(identifier).isInstanceOf(LineKey.class).isEqualTo(new LineKey(1L, 2));
      assertThat(em.find(Line.class, new LineKey(2L, 1))).isNull();
      assertThat(em.find(Line.class, new LineKey(1L, 2))).isSameAs(line);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedId_updateAndRemove_areStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Line(new LineKey(1L, 1), "pen"));
      em.persist(new Line(new LineKey(1L, 2), "ink"));
    });
    emf.runInTransaction(em -> {
      em.find(Line.class, new LineKey(1L, 1)).product = "pencil";
      em.remove(em.find(Line.class, new LineKey(1L, 2)));
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Line.class, new LineKey(1L, 1)).product).isEqualTo("pencil");
      assertThat(em.find(Line.class, new LineKey(1L, 2))).isNull();
    }
  }

  // ---- @IdClass ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void idClass_findByIdClassInstance_returnsEntityAndIdentifierIsAnIdClassInstance(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Seat("A", 1, "Ann"));
      em.persist(new Seat("A", 2, "Bob"));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Seat seat = em.find(Seat.class, new SeatId("A", 2));
      assertThat(seat.holder).isEqualTo("Bob");
      assertThat(seat.hall).isEqualTo("A");
      assertThat(seat.seatNo).isEqualTo(2);
      assertThat(emf.getPersistenceUnitUtil().getIdentifier(seat)).isEqualTo(new SeatId("A", 2));
      assertThat(em.find(Seat.class, new SeatId("B", 2))).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void idClass_updateAndRemove_areStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Seat("A", 1, "Ann"));
      em.persist(new Seat("A", 2, "Bob"));
    });
    emf.runInTransaction(em -> {
      em.find(Seat.class, new SeatId("A", 1)).holder = "Anna";
      em.remove(em.find(Seat.class, new SeatId("A", 2)));
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Seat.class, new SeatId("A", 1)).holder).isEqualTo("Anna");
      assertThat(em.find(Seat.class, new SeatId("A", 2))).isNull();
    }
  }

  // ---- @MapsId ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapsId_oneToOne_sharesTheParentsId(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long personId = emf.callInTransaction(em -> {
      Person person = new Person("Ada");
      em.persist(person);
      Passport passport = new Passport(person, "X-1");
      em.persist(passport);
      assertThat(em.contains(passport)).isTrue();
      return person.id;
    });
    try (EntityManager em = emf.createEntityManager()) {
      Passport passport = em.find(Passport.class, personId);
      assertThat(passport.serial).isEqualTo("X-1");
      assertThat(passport.id).isEqualTo(personId);
      assertThat(emf.getPersistenceUnitUtil().getIdentifier(passport)).isEqualTo(personId);
      assertThat(passport.holder.name).isEqualTo("Ada");
      assertThat(passport.holder).isSameAs(em.find(Person.class, personId));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapsId_oneToOne_idIsSetByFlushAtTheLatest(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Person person = new Person("Ada");
      em.persist(person);
      Passport passport = new Passport(person, "X-1");
      em.persist(passport);
      em.flush();
      assertThat(passport.id).isEqualTo(person.id);
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mapsId_inEmbeddedId_fillsTheIdAttributeFromTheReference(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long personId = emf.callInTransaction(em -> {
      Person person = new Person("Ada");
      em.persist(person);
      Enrollment enrollment = new Enrollment(person, "math", 5);
      em.persist(enrollment);
      em.flush();
      assertThat(enrollment.key.personId).isEqualTo(person.id);
      return person.id;
    });
    try (EntityManager em = emf.createEntityManager()) {
      Enrollment enrollment = em.find(Enrollment.class, new EnrollmentKey(personId, "math"));
      assertThat(enrollment.grade).isEqualTo(5);
      assertThat(enrollment.student.name).isEqualTo("Ada");
      assertThat(enrollment.key).isEqualTo(new EnrollmentKey(personId, "math"));
      assertThat(emf.getPersistenceUnitUtil().getIdentifier(enrollment)).isEqualTo(new EnrollmentKey(personId, "math"));
      assertThat(em.find(Enrollment.class, new EnrollmentKey(personId, "art"))).isNull();
    }
  }
}
