package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Round trips of associations: one-to-one owning and inverse (optional, orphan removal),
 * unidirectional one-to-many through a join column and through a join table, many-to-many from both
 * sides. The owning side decides what is stored. Each runs on memory-jpa and on Hibernate + H2.
 */
class AssociationRoundTripTest {

  @Entity(name = "Member")
  public static class Member {
    @Id Long id;
    String name;

    @OneToOne(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    Profile profile;

    @OneToOne(cascade = CascadeType.PERSIST, orphanRemoval = true)
    @JoinColumn(name = "locker_id")
    Locker locker;

    protected Member() {}

    Member(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  @Entity(name = "Profile")
  public static class Profile {
    @Id Long id;
    String bio;

    @OneToOne(optional = false)
    @JoinColumn(name = "member_id")
    Member member;

    protected Profile() {}

    Profile(Long id, String bio, Member member) {
      this.id = id;
      this.bio = bio;
      this.member = member;
    }
  }

  @Entity(name = "Locker")
  public static class Locker {
    @Id Long id;
    String code;

    protected Locker() {}

    Locker(Long id, String code) {
      this.id = id;
      this.code = code;
    }
  }

  @Entity(name = "Basket")
  public static class Basket {
    @Id Long id;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "basket_id")
    List<Fruit> fruits = new ArrayList<>();

    protected Basket() {}

    Basket(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Fruit")
  public static class Fruit {
    @Id Long id;
    String label;

    protected Fruit() {}

    Fruit(Long id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  @Entity(name = "Shelf")
  public static class Shelf {
    @Id Long id;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinTable(name = "shelf_books")
    Set<Book> books = new HashSet<>();

    protected Shelf() {}

    Shelf(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Book")
  public static class Book {
    @Id Long id;
    String title;

    protected Book() {}

    Book(Long id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  @Entity(name = "Student")
  public static class Student {
    @Id Long id;
    String name;

    @ManyToMany
    @JoinTable(name = "student_clubs")
    Set<Club> clubs = new HashSet<>();

    protected Student() {}

    Student(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  @Entity(name = "Club")
  public static class Club {
    @Id Long id;
    String name;

    @ManyToMany(mappedBy = "clubs")
    Set<Student> members = new HashSet<>();

    protected Club() {}

    Club(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  private static final Factories FACTORIES = new Factories(
      Member.class, Profile.class, Locker.class, Basket.class, Fruit.class, Shelf.class, Book.class,
      Student.class, Club.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  // ---- one-to-one ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_bothSidesSet_loadFromEitherSideAfterReload(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Member member = new Member(1L, "Ada");
      member.profile = new Profile(10L, "math", member);
      em.persist(member);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Member member = em.find(Member.class, 1L);
      assertThat(member.profile.bio).isEqualTo("math");
      assertThat(member.profile.member).isSameAs(member);
      assertThat(em.find(Profile.class, 10L)).isSameAs(member.profile);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_onlyOwningSideSet_inverseSideReflectsItAfterReload(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Member member = new Member(1L, "Ada");
      em.persist(member);
      em.persist(new Profile(10L, "math", member));
      assertThat(member.profile).isNull();
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Member.class, 1L).profile.id).isEqualTo(10L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_eagerOwningSide_isUsableAfterTheEntityManagerCloses(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Member member = new Member(1L, "Ada");
      Locker locker = new Locker(5L, "L5");
      em.persist(locker);
      member.locker = locker;
      em.persist(member);
    });
    Member detached = emf.callInTransaction(em -> em.find(Member.class, 1L));
    assertThat(detached.profile).isNull();
    assertThat(detached.locker.code).isEqualTo("L5");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_optionalFalseOwningSideNull_failsAtFlush(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.persist(new Profile(10L, "nobody's", null));
      em.flush();
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Profile.class, 10L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_twoOwnersPointingAtOneTarget_violateTheUniqueJoinColumn(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Member(1L, "Ada")));
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Member member = em.find(Member.class, 1L);
      em.persist(new Profile(10L, "first", member));
      em.persist(new Profile(11L, "second", member));
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Profile.class, 10L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_inverseSideOrphanRemoval_nullingTheReferenceDeletesTheTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Member member = new Member(1L, "Ada");
      member.profile = new Profile(10L, "math", member);
      em.persist(member);
    });
    emf.runInTransaction(em -> em.find(Member.class, 1L).profile = null);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Profile.class, 10L)).isNull();
      assertThat(em.find(Member.class, 1L).profile).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_owningSideOrphanRemoval_replacingTheTargetDeletesTheOldOne(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Member member = new Member(1L, "Ada");
      member.locker = new Locker(5L, "L5");
      em.persist(member);
    });
    emf.runInTransaction(em -> em.find(Member.class, 1L).locker = new Locker(6L, "L6"));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Locker.class, 5L)).isNull();
      assertThat(em.find(Member.class, 1L).locker.code).isEqualTo("L6");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToOne_removeOwnerWithCascade_removesInverseTarget(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Member member = new Member(1L, "Ada");
      member.profile = new Profile(10L, "math", member);
      member.locker = new Locker(5L, "L5");
      em.persist(member);
    });
    emf.runInTransaction(em -> em.remove(em.find(Member.class, 1L)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Member.class, 1L)).isNull();
      assertThat(em.find(Profile.class, 10L)).isNull();
      assertThat(em.find(Locker.class, 5L)).isNull(); // orphanRemoval implies cascade remove
    }
  }

  // ---- unidirectional one-to-many ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinColumn_persistWithChildren_reloadsThem(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Basket basket = new Basket(1L);
      basket.fruits.add(new Fruit(10L, "apple"));
      basket.fruits.add(new Fruit(11L, "pear"));
      em.persist(basket);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Basket.class, 1L).fruits).extracting(f -> f.label).containsExactlyInAnyOrder("apple", "pear");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinColumn_childRemovedWithoutOrphanRemoval_staysAsEntity(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Basket basket = new Basket(1L);
      basket.fruits.add(new Fruit(10L, "apple"));
      basket.fruits.add(new Fruit(11L, "pear"));
      em.persist(basket);
    });
    emf.runInTransaction(em -> em.find(Basket.class, 1L).fruits.removeIf(f -> f.id == 10L));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Basket.class, 1L).fruits).extracting(f -> f.label).containsExactly("pear");
      assertThat(em.find(Fruit.class, 10L).label).isEqualTo("apple");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinColumn_childMovedToAnotherParent_isStoredThere(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Basket basket = new Basket(1L);
      basket.fruits.add(new Fruit(10L, "apple"));
      em.persist(basket);
      em.persist(new Basket(2L));
    });
    emf.runInTransaction(em -> {
      Basket first = em.find(Basket.class, 1L);
      Fruit apple = first.fruits.remove(0);
      em.find(Basket.class, 2L).fruits.add(apple);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Basket.class, 1L).fruits).isEmpty();
      assertThat(em.find(Basket.class, 2L).fruits).extracting(f -> f.id).containsExactly(10L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinTable_addInLaterTransaction_reloadsAll(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shelf shelf = new Shelf(1L);
      shelf.books.add(new Book(10L, "Dune"));
      em.persist(shelf);
    });
    emf.runInTransaction(em -> em.find(Shelf.class, 1L).books.add(new Book(11L, "Emma")));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shelf.class, 1L).books).extracting(b -> b.title).containsExactlyInAnyOrder("Dune", "Emma");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinTable_oneChildInTwoParents_violatesTheJoinTablesUniqueKey(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shelf shelf = new Shelf(1L);
      shelf.books.add(new Book(10L, "Dune"));
      em.persist(shelf);
    });
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Shelf other = new Shelf(2L);
      other.books.add(em.find(Book.class, 10L));
      em.persist(other);
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shelf.class, 2L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinTable_childMovedToAnotherParentInOneTransaction_isStoredThere(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shelf shelf = new Shelf(1L);
      shelf.books.add(new Book(10L, "Dune"));
      em.persist(shelf);
    });
    emf.runInTransaction(em -> {
      Book dune = em.find(Book.class, 10L);
      em.find(Shelf.class, 1L).books.remove(dune);
      Shelf other = new Shelf(2L);
      other.books.add(dune);
      em.persist(other);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shelf.class, 1L).books).isEmpty();
      assertThat(em.find(Shelf.class, 2L).books).extracting(b -> b.id).containsExactly(10L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void oneToManyJoinTable_removeChildEntityStillInCollection_failsAtCommit(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shelf shelf = new Shelf(1L);
      shelf.books.add(new Book(10L, "Dune"));
      em.persist(shelf);
    });
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.remove(em.find(Book.class, 10L))))
        .isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shelf.class, 1L).books).hasSize(1);
    }
  }

  // ---- many-to-many ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void manyToMany_owningSide_isStoredAndInverseSideReflectsIt(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Club chess = new Club(10L, "chess");
      Club choir = new Club(11L, "choir");
      em.persist(chess);
      em.persist(choir);
      Student ada = new Student(1L, "Ada");
      ada.clubs.add(chess);
      ada.clubs.add(choir);
      Student bob = new Student(2L, "Bob");
      bob.clubs.add(chess);
      em.persist(ada);
      em.persist(bob);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Student.class, 1L).clubs).extracting(c -> c.name).containsExactlyInAnyOrder("chess", "choir");
      assertThat(em.find(Club.class, 10L).members).extracting(s -> s.name).containsExactlyInAnyOrder("Ada", "Bob");
      assertThat(em.find(Club.class, 11L).members).extracting(s -> s.name).containsExactly("Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void manyToMany_changeOnInverseSideOnly_isNotStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Club(10L, "chess"));
      em.persist(new Student(1L, "Ada"));
    });
    emf.runInTransaction(em -> em.find(Club.class, 10L).members.add(em.find(Student.class, 1L)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Club.class, 10L).members).isEmpty();
      assertThat(em.find(Student.class, 1L).clubs).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void manyToMany_removeFromOwningSide_isStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Club chess = new Club(10L, "chess");
      em.persist(chess);
      Student ada = new Student(1L, "Ada");
      ada.clubs.add(chess);
      em.persist(ada);
    });
    emf.runInTransaction(em -> em.find(Student.class, 1L).clubs.clear());
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Club.class, 10L).members).isEmpty();
      assertThat(em.find(Club.class, 10L)).isNotNull();
    }
  }
}
