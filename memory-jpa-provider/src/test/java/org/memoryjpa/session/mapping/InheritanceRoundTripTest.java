package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Inheritance round trips for the three strategies: what is persisted as a subclass comes back as
 * that subclass through a polymorphic find, never through a sibling's find; subclass state updates
 * and removals through the root type. Each runs on memory-jpa and on Hibernate + H2.
 */
class InheritanceRoundTripTest {

  // ---- SINGLE_TABLE, string discriminator ----

  @Entity(name = "Vehicle")
  @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
  @DiscriminatorColumn(name = "kind")
  public abstract static class Vehicle {
    @Id Long id;
    String maker;

    protected Vehicle() {}

    Vehicle(Long id, String maker) {
      this.id = id;
      this.maker = maker;
    }
  }

  @Entity(name = "Car")
  @DiscriminatorValue("C")
  public static class Car extends Vehicle {
    int seats;
    String registration;

    protected Car() {}

    Car(Long id, String maker, int seats) {
      super(id, maker);
      this.seats = seats;
    }
  }

  @Entity(name = "Truck")
  @DiscriminatorValue("T")
  public static class Truck extends Vehicle {
    Double payload;
    String registration;

    protected Truck() {}

    Truck(Long id, String maker, Double payload) {
      super(id, maker);
      this.payload = payload;
    }
  }

  // ---- SINGLE_TABLE, integer discriminator, three levels ----

  @Entity(name = "Shape")
  @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
  @DiscriminatorColumn(name = "shape_type", discriminatorType = DiscriminatorType.INTEGER)
  @DiscriminatorValue("1")
  public static class Shape {
    @Id Long id;
    String color;

    protected Shape() {}

    Shape(Long id, String color) {
      this.id = id;
      this.color = color;
    }
  }

  @Entity(name = "Polygon")
  @DiscriminatorValue("2")
  public static class Polygon extends Shape {
    int corners;

    protected Polygon() {}

    Polygon(Long id, String color, int corners) {
      super(id, color);
      this.corners = corners;
    }
  }

  @Entity(name = "Square")
  @DiscriminatorValue("3")
  public static class Square extends Polygon {
    double side;

    protected Square() {}

    Square(Long id, String color, double side) {
      super(id, color, 4);
      this.side = side;
    }
  }

  // ---- JOINED, with a mapped superclass between two entities ----

  @Entity(name = "Animal")
  @Inheritance(strategy = InheritanceType.JOINED)
  public static class Animal {
    @Id Long id;
    String name;

    protected Animal() {}

    Animal(Long id, String name) {
      this.id = id;
      this.name = name;
    }
  }

  @MappedSuperclass
  public abstract static class Pet extends Animal {
    String nickname;

    protected Pet() {}

    Pet(Long id, String name, String nickname) {
      super(id, name);
      this.nickname = nickname;
    }
  }

  @Entity(name = "Dog")
  public static class Dog extends Pet {
    boolean barks;

    protected Dog() {}

    Dog(Long id, String name, String nickname, boolean barks) {
      super(id, name, nickname);
      this.barks = barks;
    }
  }

  @Entity(name = "Cat")
  public static class Cat extends Pet {
    Integer lives;

    protected Cat() {}

    Cat(Long id, String name, String nickname, Integer lives) {
      super(id, name, nickname);
      this.lives = lives;
    }
  }

  @Entity(name = "Kennel")
  public static class Kennel {
    @Id Long id;

    @ManyToOne Animal resident;

    @ManyToOne(fetch = FetchType.LAZY) Animal visitor;

    protected Kennel() {}

    Kennel(Long id, Animal resident, Animal visitor) {
      this.id = id;
      this.resident = resident;
      this.visitor = visitor;
    }
  }

  // ---- TABLE_PER_CLASS ----

  @Entity(name = "Paper")
  @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
  public abstract static class Paper {
    @Id Long id;
    String title;

    protected Paper() {}

    Paper(Long id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  @Entity(name = "Invoice")
  public static class Invoice extends Paper {
    long cents;

    protected Invoice() {}

    Invoice(Long id, String title, long cents) {
      super(id, title);
      this.cents = cents;
    }
  }

  @Entity(name = "Receipt")
  public static class Receipt extends Paper {
    String shop;

    protected Receipt() {}

    Receipt(Long id, String title, String shop) {
      super(id, title);
      this.shop = shop;
    }
  }

  private static final Factories FACTORIES = new Factories(
      Vehicle.class, Car.class, Truck.class, Shape.class, Polygon.class, Square.class,
      Animal.class, Pet.class, Dog.class, Cat.class, Kennel.class,
      Paper.class, Invoice.class, Receipt.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static void persist(EntityManagerFactory emf, Object... entities) {
    emf.runInTransaction(em -> {
      for (Object entity : entities) {
        em.persist(entity);
      }
    });
  }

  // ---- SINGLE_TABLE ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_findRoot_returnsSubclassWithItsState(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Car(1L, "Fiat", 4), new Truck(2L, "MAN", 7.5));
    try (EntityManager em = emf.createEntityManager()) {
      Vehicle car = em.find(Vehicle.class, 1L);
      Vehicle truck = em.find(Vehicle.class, 2L);
      assertThat(car).isExactlyInstanceOf(Car.class);
      assertThat(((Car) car).seats).isEqualTo(4);
      assertThat(car.maker).isEqualTo("Fiat");
      assertThat(truck).isExactlyInstanceOf(Truck.class);
      assertThat(((Truck) truck).payload).isEqualTo(7.5);
      assertThat(em.find(Car.class, 1L)).isSameAs(car);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_siblingsDeclaringOneAttributeName_keepTheirOwnValues(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    Car car = new Car(1L, "Fiat", 4);
    car.registration = "CAR-1";
    Truck truck = new Truck(2L, "MAN", 7.5);
    truck.registration = "TRUCK-2";
    persist(emf, car, truck);
    emf.runInTransaction(em -> em.find(Truck.class, 2L).registration = "TRUCK-3");
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Car.class, 1L).registration).isEqualTo("CAR-1");
      assertThat(em.find(Truck.class, 2L).registration).isEqualTo("TRUCK-3");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_findSiblingSubclass_returnsNull(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Car(1L, "Fiat", 4));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Truck.class, 1L)).isNull();
      assertThat(em.find(Car.class, 1L)).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_findSiblingSubclassOfManagedInstance_returnsNull(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Car(1L, "Fiat", 4));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Vehicle.class, 1L)).isInstanceOf(Car.class);
      assertThat(em.find(Truck.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_updateThroughRootType_isStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Car(1L, "Fiat", 4));
    emf.runInTransaction(em -> {
      Car car = (Car) em.find(Vehicle.class, 1L);
      car.seats = 2;
      car.maker = "Ferrari";
    });
    try (EntityManager em = emf.createEntityManager()) {
      Car car = em.find(Car.class, 1L);
      assertThat(car.seats).isEqualTo(2);
      assertThat(car.maker).isEqualTo("Ferrari");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_removeThroughRootType_deletesTheSubclassRow(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Car(1L, "Fiat", 4), new Truck(2L, "MAN", 7.5));
    emf.runInTransaction(em -> em.remove(em.find(Vehicle.class, 1L)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Car.class, 1L)).isNull();
      assertThat(em.find(Vehicle.class, 1L)).isNull();
      assertThat(em.find(Vehicle.class, 2L)).isInstanceOf(Truck.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_sameIdForTwoSubclasses_isRejected(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Car(1L, "Fiat", 4));
    assertThatThrownBy(() -> persist(emf, new Truck(1L, "MAN", 7.5))).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Vehicle.class, 1L)).isInstanceOf(Car.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleTable_integerDiscriminatorThreeLevels_findReturnsMostSpecificClass(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Shape(1L, "red"), new Polygon(2L, "green", 5), new Square(3L, "blue", 2.5));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shape.class, 1L)).isExactlyInstanceOf(Shape.class);
      assertThat(em.find(Shape.class, 2L)).isExactlyInstanceOf(Polygon.class);
      Polygon square = em.find(Polygon.class, 3L);
      assertThat(square).isExactlyInstanceOf(Square.class);
      assertThat(square.corners).isEqualTo(4);
      assertThat(((Square) square).side).isEqualTo(2.5);
      assertThat(square.color).isEqualTo("blue");
      assertThat(em.find(Polygon.class, 1L)).isNull();
      assertThat(em.find(Square.class, 2L)).isNull();
    }
  }

  // ---- JOINED ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joined_findRoot_returnsSubclassWithMappedSuperclassState(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Dog(1L, "Rex", "Rexy", true), new Cat(2L, "Tom", "Tommy", 9), new Animal(3L, "Generic"));
    try (EntityManager em = emf.createEntityManager()) {
      Animal dog = em.find(Animal.class, 1L);
      assertThat(dog).isExactlyInstanceOf(Dog.class);
      assertThat(((Dog) dog).nickname).isEqualTo("Rexy");
      assertThat(((Dog) dog).barks).isTrue();
      Animal cat = em.find(Animal.class, 2L);
      assertThat(cat).isExactlyInstanceOf(Cat.class);
      assertThat(((Cat) cat).lives).isEqualTo(9);
      assertThat(em.find(Animal.class, 3L)).isExactlyInstanceOf(Animal.class);
      assertThat(em.find(Cat.class, 1L)).isNull();
      assertThat(em.find(Dog.class, 3L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joined_mappedSuperclassBelowTheRoot_isSharedBySiblings(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Dog(1L, "Rex", "Rexy", true), new Cat(2L, "Tom", "Tommy", 9));
    emf.runInTransaction(em -> em.find(Cat.class, 2L).nickname = "Thomas");
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Dog.class, 1L).nickname).isEqualTo("Rexy");
      assertThat(em.find(Cat.class, 2L).nickname).isEqualTo("Thomas");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joined_updateAndRemove_areStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Dog(1L, "Rex", "Rexy", true), new Cat(2L, "Tom", "Tommy", 9));
    emf.runInTransaction(em -> {
      Dog dog = em.find(Dog.class, 1L);
      dog.nickname = "Rexxie";
      dog.barks = false;
      em.remove(em.find(Animal.class, 2L));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Dog dog = em.find(Dog.class, 1L);
      assertThat(dog.nickname).isEqualTo("Rexxie");
      assertThat(dog.barks).isFalse();
      assertThat(em.find(Animal.class, 2L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joined_eagerReferenceToRootType_loadsTheSubclass(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Dog dog = new Dog(1L, "Rex", "Rexy", true);
      Cat cat = new Cat(2L, "Tom", "Tommy", 9);
      em.persist(dog);
      em.persist(cat);
      em.persist(new Kennel(10L, dog, cat));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Kennel kennel = em.find(Kennel.class, 10L);
      assertThat(kennel.resident).isExactlyInstanceOf(Dog.class);
      assertThat(kennel.resident.name).isEqualTo("Rex");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joined_lazyReferenceToRootType_isAProxyOfTheRootThatKnowsTheSubclass(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Dog dog = new Dog(1L, "Rex", "Rexy", true);
      Cat cat = new Cat(2L, "Tom", "Tommy", 9);
      em.persist(dog);
      em.persist(cat);
      em.persist(new Kennel(10L, dog, cat));
    });
    try (EntityManager em = emf.createEntityManager()) {
      Kennel kennel = em.find(Kennel.class, 10L);
      var util = emf.getPersistenceUnitUtil();
      assertThat(util.isLoaded(kennel, "visitor")).isFalse();
      assertThat(kennel.visitor).isInstanceOf(Animal.class).isNotInstanceOf(Cat.class);
      assertThat(util.isInstance(kennel.visitor, Cat.class)).isTrue();
      assertThat(util.getClass(kennel.visitor)).isEqualTo(Cat.class);
      assertThat(util.isLoaded(kennel, "visitor")).isTrue();
      assertThat(em.find(Cat.class, 2L).lives).isEqualTo(9);
    }
  }

  // ---- TABLE_PER_CLASS ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void tablePerClass_findAbstractRoot_returnsSubclass(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Invoice(1L, "March", 12_50L), new Receipt(2L, "Groceries", "Corner shop"));
    try (EntityManager em = emf.createEntityManager()) {
      Paper invoice = em.find(Paper.class, 1L);
      assertThat(invoice).isExactlyInstanceOf(Invoice.class);
      assertThat(((Invoice) invoice).cents).isEqualTo(12_50L);
      assertThat(invoice.title).isEqualTo("March");
      Paper receipt = em.find(Paper.class, 2L);
      assertThat(receipt).isExactlyInstanceOf(Receipt.class);
      assertThat(((Receipt) receipt).shop).isEqualTo("Corner shop");
      assertThat(em.find(Receipt.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void tablePerClass_sameIdForTwoSubclassesInOneContext_isRejected(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    em.persist(new Invoice(1L, "March", 1L));
    assertThatThrownBy(() -> {
      em.persist(new Receipt(1L, "Groceries", "Corner shop"));
      em.flush();
    }).isInstanceOf(jakarta.persistence.EntityExistsException.class);
    em.getTransaction().rollback();
    em.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void tablePerClass_updateAndRemoveThroughRoot_areStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persist(emf, new Invoice(1L, "March", 12_50L), new Receipt(2L, "Groceries", "Corner shop"));
    emf.runInTransaction(em -> {
      ((Invoice) em.find(Paper.class, 1L)).cents = 99L;
      em.remove(em.find(Paper.class, 2L));
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Invoice.class, 1L).cents).isEqualTo(99L);
      assertThat(em.find(Paper.class, 2L)).isNull();
      assertThat(em.find(Receipt.class, 2L)).isNull();
    }
  }
}
