package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Round trips of embeddables (nested, overridden, records, all-null) and of converted and enum
 * values, where what is stored is the database form. Each runs on memory-jpa and on Hibernate + H2.
 */
class EmbeddableAndConverterRoundTripTest {

  @Embeddable
  public static class Geo {
    Double lat;
    Double lon;

    protected Geo() {}

    Geo(Double lat, Double lon) {
      this.lat = lat;
      this.lon = lon;
    }
  }

  @Embeddable
  public static class Place {
    String street;
    String town;

    @Embedded Geo geo;

    protected Place() {}

    Place(String street, String town, Geo geo) {
      this.street = street;
      this.town = town;
      this.geo = geo;
    }
  }

  @Embeddable
  public record Span(Integer low, Integer high) {}

  @Embeddable
  public static class Counters {
    int hits;
    Integer misses;
  }

  public record Money(long cents) {}

  @Converter(autoApply = true)
  public static class MoneyConverter implements AttributeConverter<Money, Long> {
    @Override
    public Long convertToDatabaseColumn(Money money) {
      return money == null ? null : money.cents();
    }

    @Override
    public Money convertToEntityAttribute(Long cents) {
      return cents == null ? null : new Money(cents);
    }
  }

  /** Stores lower case and reads back what is stored: the stored form shows through. */
  @Converter
  public static class LowerCase implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String value) {
      return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
      return stored;
    }
  }

  /** A boolean stored as 'Y'/'N', never null in the database. */
  @Converter
  public static class YesNo implements AttributeConverter<Boolean, String> {
    @Override
    public String convertToDatabaseColumn(Boolean value) {
      return Boolean.TRUE.equals(value) ? "Y" : "N";
    }

    @Override
    public Boolean convertToEntityAttribute(String stored) {
      return "Y".equals(stored);
    }
  }

  /** Repeats a value three times when storing it: the database form is longer than the Java one. */
  @Converter
  public static class Tripled implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String value) {
      return value == null ? null : value + value + value;
    }

    @Override
    public String convertToEntityAttribute(String stored) {
      return stored == null ? null : stored.substring(0, stored.length() / 3);
    }
  }

  public enum Tier {
    GOLD,
    SILVER,
    BRONZE,
    PLATINUM
  }

  @Entity(name = "Venue")
  public static class Venue {
    @Id Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "main_street")),
        @AttributeOverride(name = "geo.lat", column = @Column(name = "main_lat"))
    })
    Place main;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "back_street")),
        @AttributeOverride(name = "town", column = @Column(name = "back_town")),
        @AttributeOverride(name = "geo.lat", column = @Column(name = "back_lat")),
        @AttributeOverride(name = "geo.lon", column = @Column(name = "back_lon"))
    })
    Place back;

    @Embedded Span span;

    @Embedded Counters counters;

    protected Venue() {}

    Venue(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Shopper")
  public static class Shopper {
    @Id Long id;

    Money balance;

    @Convert(converter = LowerCase.class)
    @Column(unique = true)
    String email;

    @Convert(converter = YesNo.class)
    Boolean active;

    @Convert(converter = Tripled.class)
    @Column(length = 9)
    String code;

    @Enumerated(EnumType.ORDINAL)
    Tier ordinalTier;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    Tier namedTier;

    Tier defaultTier;

    protected Shopper() {}

    Shopper(Long id, String email) {
      this.id = id;
      this.email = email;
    }
  }

  private static final Factories FACTORIES = new Factories(
      Geo.class, Place.class, Span.class, Counters.class, MoneyConverter.class, LowerCase.class,
      YesNo.class, Tripled.class, Venue.class, Shopper.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  // ---- embeddables ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void nestedEmbeddablesWithOverrides_twoOfOneType_keepTheirOwnValues(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Venue venue = new Venue(1L);
      venue.main = new Place("1 High St", "Leeds", new Geo(53.8, -1.5));
      venue.back = new Place("2 Back Ln", "York", new Geo(53.9, -1.1));
      em.persist(venue);
    });
    emf.runInTransaction(em -> em.find(Venue.class, 1L).back.geo.lon = -1.2);
    try (EntityManager em = emf.createEntityManager()) {
      Venue venue = em.find(Venue.class, 1L);
      assertThat(venue.main.street).isEqualTo("1 High St");
      assertThat(venue.main.geo.lat).isEqualTo(53.8);
      assertThat(venue.main.geo.lon).isEqualTo(-1.5);
      assertThat(venue.back.town).isEqualTo("York");
      assertThat(venue.back.geo.lat).isEqualTo(53.9);
      assertThat(venue.back.geo.lon).isEqualTo(-1.2);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void recordEmbeddable_roundTripsAndReplacementIsStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Venue venue = new Venue(1L);
      venue.span = new Span(10, 20);
      em.persist(venue);
    });
    emf.runInTransaction(em -> em.find(Venue.class, 1L).span = new Span(10, 30));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Venue.class, 1L).span).isEqualTo(new Span(10, 30));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedWithAllAttributesNull_loadsAsNull(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Venue venue = new Venue(1L);
      venue.main = new Place(null, null, null);
      venue.back = new Place(null, null, new Geo(null, null));
      venue.span = new Span(null, null);
      em.persist(venue);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Venue venue = em.find(Venue.class, 1L);
      assertThat(venue.main).isNull();
      assertThat(venue.back).isNull();
      assertThat(venue.span).isNull();
      assertThat(venue.counters).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedWithOneNestedValue_loadsWithTheOthersNull(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Venue venue = new Venue(1L);
      venue.main = new Place(null, null, new Geo(null, 2.0));
      venue.span = new Span(null, 5);
      em.persist(venue);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Venue venue = em.find(Venue.class, 1L);
      assertThat(venue.main.street).isNull();
      assertThat(venue.main.geo.lon).isEqualTo(2.0);
      assertThat(venue.main.geo.lat).isNull();
      assertThat(venue.span).isEqualTo(new Span(null, 5));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedWithPrimitive_zeroIsNotNull_loadsAsAnInstance(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Venue venue = new Venue(1L);
      venue.counters = new Counters();
      em.persist(venue);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Venue venue = em.find(Venue.class, 1L);
      assertThat(venue.counters).isNotNull();
      assertThat(venue.counters.hits).isZero();
      assertThat(venue.counters.misses).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedSetToNull_isStoredAsNull(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Venue venue = new Venue(1L);
      venue.main = new Place("1 High St", "Leeds", new Geo(53.8, -1.5));
      em.persist(venue);
    });
    emf.runInTransaction(em -> em.find(Venue.class, 1L).main = null);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Venue.class, 1L).main).isNull();
    }
  }

  // ---- converters ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void autoAppliedConverter_roundTripsTheValueType(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shopper shopper = new Shopper(1L, "a@x.org");
      shopper.balance = new Money(1234);
      em.persist(shopper);
    });
    emf.runInTransaction(em -> em.find(Shopper.class, 1L).balance = new Money(99));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shopper.class, 1L).balance).isEqualTo(new Money(99));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void convert_storesTheDatabaseForm_whichIsWhatLoads(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Shopper(1L, "Ada@X.org")));
    try (EntityManager em = emf.createEntityManager()) {
      Shopper shopper = em.find(Shopper.class, 1L);
      assertThat(shopper.email).isEqualTo("ada@x.org");
      assertThat(shopper.active).isFalse(); // null was stored as 'N'
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void convert_uniqueColumn_comparesTheDatabaseForm(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Shopper(1L, "ada@x.org")));
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.persist(new Shopper(2L, "ADA@x.org"))))
        .isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shopper.class, 2L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void convert_columnLength_isCheckedOnTheDatabaseForm(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shopper shopper = new Shopper(1L, "a@x.org");
      shopper.code = "abc"; // stored as 'abcabcabc', 9 characters: fits
      em.persist(shopper);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shopper.class, 1L).code).isEqualTo("abc");
    }
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Shopper shopper = new Shopper(2L, "b@x.org");
      shopper.code = "abcd"; // 12 characters stored
      em.persist(shopper);
      em.flush();
    })).isInstanceOf(PersistenceException.class);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void convert_changeThatConvertsToTheSameStoredForm_isNotAnUpdate(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Shopper(1L, "ada@x.org")));
    emf.runInTransaction(em -> em.find(Shopper.class, 1L).email = "ADA@X.ORG");
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shopper.class, 1L).email).isEqualTo("ada@x.org");
    }
  }

  // ---- enums ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void enumerated_ordinalStringAndDefault_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shopper shopper = new Shopper(1L, "a@x.org");
      shopper.ordinalTier = Tier.BRONZE;
      shopper.namedTier = Tier.SILVER;
      shopper.defaultTier = Tier.GOLD;
      em.persist(shopper);
    });
    emf.runInTransaction(em -> em.find(Shopper.class, 1L).namedTier = Tier.GOLD);
    try (EntityManager em = emf.createEntityManager()) {
      Shopper shopper = em.find(Shopper.class, 1L);
      assertThat(shopper.ordinalTier).isEqualTo(Tier.BRONZE);
      assertThat(shopper.namedTier).isEqualTo(Tier.GOLD);
      assertThat(shopper.defaultTier).isEqualTo(Tier.GOLD);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void enumeratedString_nameLongerThanColumnLength_isStoredAsInAnH2EnumColumn(Provider provider) {
    // Hibernate maps a STRING enum to H2's ENUM type, which ignores @Column(length)
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Shopper shopper = new Shopper(1L, "a@x.org");
      shopper.namedTier = Tier.PLATINUM; // eight characters, the column says six
      em.persist(shopper);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Shopper.class, 1L).namedTier).isEqualTo(Tier.PLATINUM);
    }
  }
}
