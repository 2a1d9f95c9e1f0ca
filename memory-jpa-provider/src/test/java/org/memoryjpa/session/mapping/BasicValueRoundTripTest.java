package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Round trips of basic values: LOBs, temporal types old and new, column constraints (length,
 * insertable, updatable, optional), primitives, and property or mixed access. Each runs on memory-jpa
 * and on Hibernate + H2.
 */
class BasicValueRoundTripTest {

  @Entity(name = "Blob")
  public static class Attachment {
    @Id Long id;

    @Lob byte[] content;

    @Lob String body;

    byte[] small;

    @Column(length = 5)
    String code;

    String plain;

    protected Attachment() {}

    Attachment(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Moment")
  @SuppressWarnings("deprecation") // @Temporal is deprecated in JPA 3.2, yet applications still use it
  public static class Moment {
    @Id Long id;

    @Temporal(TemporalType.DATE)
    Date onDay;

    @Temporal(TemporalType.TIME)
    Date atClock;

    @Temporal(TemporalType.TIMESTAMP)
    Date atStamp;

    @Temporal(TemporalType.DATE)
    Calendar calendarDay;

    @Temporal(TemporalType.TIMESTAMP)
    Calendar calendarStamp;

    LocalDate localDate;
    LocalTime wallTime;
    LocalDateTime localDateTime;
    Instant instantValue;
    OffsetDateTime offsetDateTime;
    Duration lasting;

    protected Moment() {}

    Moment(Long id) {
      this.id = id;
    }
  }

  @Entity(name = "Ledger")
  public static class Ledger {
    @Id Long id;

    @Column(updatable = false)
    String createdBy;

    @Column(insertable = false)
    String approvedBy;

    @Basic(optional = false)
    String title;

    @Column(nullable = false)
    String owner;

    int count;

    @Column(insertable = false)
    Integer maybe;

    @Column(updatable = false)
    int frozen;

    @Column(name = "columned")
    int columned;

    BigDecimal amount;
    BigInteger big;
    UUID ref;
    Character initial;
    boolean flag;

    protected Ledger() {}

    Ledger(Long id, String title, String owner) {
      this.id = id;
      this.title = title;
      this.owner = owner;
    }
  }

  @Entity(name = "Tally")
  public static class Tally {
    @Id Long id;

    @Column(insertable = false)
    int points;
  }

  @Entity(name = "Gadget")
  @Access(AccessType.PROPERTY)
  public static class Gadget {
    static int setterCalls;
    private Long id;
    private String label;

    protected Gadget() {}

    Gadget(Long id, String label) {
      this.id = id;
      this.label = label;
    }

    @Id
    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getLabel() {
      return label;
    }

    /** Trims what it is given: a load through the setter shows. */
    public void setLabel(String label) {
      setterCalls++;
      this.label = label == null ? null : label.trim();
    }
  }

  @Entity(name = "Writer")
  @Access(AccessType.FIELD)
  public static class Writer {
    @Id Long id;

    @Transient String first;
    @Transient String last;

    protected Writer() {}

    Writer(Long id, String first, String last) {
      this.id = id;
      this.first = first;
      this.last = last;
    }

    @Access(AccessType.PROPERTY)
    @Column(name = "full_name")
    public String getFullName() {
      return first + " " + last;
    }

    public void setFullName(String fullName) {
      int space = fullName.indexOf(' ');
      this.first = fullName.substring(0, space);
      this.last = fullName.substring(space + 1);
    }
  }

  private static final Factories FACTORIES = new Factories(
      Attachment.class, Moment.class, Ledger.class, Tally.class, Gadget.class, Writer.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  // ---- LOBs and lengths ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void lob_largeBytesAndText_roundTripAsCopies(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    byte[] bytes = new byte[100_000];
    Arrays.fill(bytes, (byte) 7);
    bytes[99_999] = 9;
    String text = "x".repeat(50_000);
    emf.runInTransaction(em -> {
      Attachment attachment = new Attachment(1L);
      attachment.content = bytes;
      attachment.body = text;
      em.persist(attachment);
    });
    bytes[0] = 1; // the stored value is a copy
    try (EntityManager em = emf.createEntityManager()) {
      Attachment attachment = em.find(Attachment.class, 1L);
      assertThat(attachment.content).hasSize(100_000);
      assertThat(attachment.content[0]).isEqualTo((byte) 7);
      assertThat(attachment.content[99_999]).isEqualTo((byte) 9);
      assertThat(attachment.body).isEqualTo(text);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void byteArray_changedInPlace_isStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Attachment attachment = new Attachment(1L);
      attachment.small = new byte[] {1, 2, 3};
      em.persist(attachment);
    });
    emf.runInTransaction(em -> em.find(Attachment.class, 1L).small[1] = 42);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Attachment.class, 1L).small).containsExactly(1, 42, 3);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void columnLength_stringTooLong_failsAtFlush(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Attachment attachment = new Attachment(1L);
      attachment.code = "123456";
      em.persist(attachment);
      em.flush();
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Attachment.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void columnLength_updateToStringTooLong_failsAndKeepsTheStoredValue(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Attachment attachment = new Attachment(1L);
      attachment.code = "12345";
      attachment.body = "y".repeat(10_000); // a LOB has no length to check
      em.persist(attachment);
    });
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.find(Attachment.class, 1L).code = "123456"))
        .isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Attachment.class, 1L).code).isEqualTo("12345");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void columnLength_defaultIs255_longerFailsAtFlush(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Attachment attachment = new Attachment(1L);
      attachment.plain = "y".repeat(255);
      attachment.code = "12345";
      em.persist(attachment);
    });
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.find(Attachment.class, 1L).plain = "y".repeat(256)))
        .isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Attachment.class, 1L).plain).hasSize(255);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void byteArrayWithoutLob_longerThan255_failsAtFlush(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      Attachment attachment = new Attachment(1L);
      attachment.small = new byte[256];
      em.persist(attachment);
      em.flush();
    })).isInstanceOf(PersistenceException.class);
  }

  // ---- temporal values ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void temporalDateAndTime_keepOnlyTheirPart_timestampKeepsAll(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    Date instant = new GregorianCalendar(2024, Calendar.MARCH, 5, 13, 45, 30).getTime();
    instant.setTime(instant.getTime() + 700);
    emf.runInTransaction(em -> {
      Moment moment = new Moment(1L);
      moment.onDay = instant;
      moment.atClock = instant;
      moment.atStamp = instant;
      em.persist(moment);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Moment moment = em.find(Moment.class, 1L);
      assertThat(moment.onDay.getTime()).isEqualTo(new GregorianCalendar(2024, Calendar.MARCH, 5).getTimeInMillis());
      // time(0) rounds to the second
      assertThat(moment.atClock.getTime()).isEqualTo(new GregorianCalendar(1970, Calendar.JANUARY, 1, 13, 45, 31).getTimeInMillis());
      assertThat(moment.atStamp.getTime()).isEqualTo(instant.getTime());
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void temporalTimestamp_loadedType_differsFromHibernate_becauseWeReturnTheDeclaredDateNotSqlTimestamp(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    Date instant = new Date(1_700_000_000_123L);
    emf.runInTransaction(em -> {
      Moment moment = new Moment(1L);
      moment.atStamp = instant;
      em.persist(moment);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Date loaded = em.find(Moment.class, 1L).atStamp;
      assertThat(loaded.getTime()).isEqualTo(instant.getTime());
      assertThat(loaded).isInstanceOf(provider == Provider.HIBERNATE ? java.sql.Timestamp.class : Date.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void temporalCalendar_dateAndTimestamp_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    Calendar when = new GregorianCalendar(2024, Calendar.MARCH, 5, 13, 45, 30);
    emf.runInTransaction(em -> {
      Moment moment = new Moment(1L);
      moment.calendarDay = (Calendar) when.clone();
      moment.calendarStamp = (Calendar) when.clone();
      em.persist(moment);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Moment moment = em.find(Moment.class, 1L);
      assertThat(moment.calendarDay.getTimeInMillis())
          .isEqualTo(new GregorianCalendar(2024, Calendar.MARCH, 5).getTimeInMillis());
      assertThat(moment.calendarStamp.getTimeInMillis()).isEqualTo(when.getTimeInMillis());
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void javaTime_valuesRoundTripToTheMicrosecond(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Moment moment = new Moment(1L);
      moment.localDate = LocalDate.of(2024, 2, 29);
      moment.wallTime = LocalTime.of(23, 59, 58);
      moment.localDateTime = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000);
      moment.instantValue = Instant.parse("2024-02-29T23:59:58.123456Z");
      moment.offsetDateTime = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 0, ZoneOffset.ofHours(2));
      moment.lasting = Duration.ofMinutes(90).plusMillis(5);
      em.persist(moment);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Moment moment = em.find(Moment.class, 1L);
      assertThat(moment.localDate).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(moment.wallTime).isEqualTo(LocalTime.of(23, 59, 58));
      assertThat(moment.localDateTime).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000));
      assertThat(moment.instantValue).isEqualTo(Instant.parse("2024-02-29T23:59:58.123456Z"));
      assertThat(moment.offsetDateTime.toInstant()).isEqualTo(Instant.parse("2024-02-29T21:59:58Z"));
      assertThat(moment.lasting).isEqualTo(Duration.ofMinutes(90).plusMillis(5));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void javaTime_fractionsBeyondTheColumnPrecision_areRoundedHalfUp(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Moment moment = new Moment(1L);
      moment.localDateTime = LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_789);
      moment.instantValue = Instant.parse("2024-02-29T23:59:58.123456789Z");
      moment.wallTime = LocalTime.of(10, 0, 0, 500_000_000);
      moment.offsetDateTime = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 999_999_500, ZoneOffset.UTC);
      em.persist(moment);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Moment moment = em.find(Moment.class, 1L);
      assertThat(moment.localDateTime).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_457_000));
      assertThat(em.find(Moment.class, 1L)).isSameAs(moment);
      assertThat(moment.instantValue).isEqualTo(Instant.parse("2024-02-29T23:59:58.123457Z"));
      assertThat(moment.wallTime).isEqualTo(LocalTime.of(10, 0, 1)); // time(0) rounds to the second
      assertThat(moment.offsetDateTime.toInstant()).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    }
  }

  // ---- column constraints ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void updatableFalse_changeIsNotStored(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Ledger ledger = new Ledger(1L, "t", "o");
      ledger.createdBy = "ada";
      em.persist(ledger);
    });
    emf.runInTransaction(em -> {
      Ledger ledger = em.find(Ledger.class, 1L);
      ledger.createdBy = "bob";
      ledger.title = "t2";
    });
    try (EntityManager em = emf.createEntityManager()) {
      Ledger ledger = em.find(Ledger.class, 1L);
      assertThat(ledger.createdBy).isEqualTo("ada");
      assertThat(ledger.title).isEqualTo("t2");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void insertableFalse_valueIsNotInsertedButIsUpdated(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Ledger ledger = new Ledger(1L, "t", "o");
      ledger.approvedBy = "ada";
      em.persist(ledger);
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Ledger.class, 1L).approvedBy).isNull();
    }
    emf.runInTransaction(em -> em.find(Ledger.class, 1L).approvedBy = "bob");
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Ledger.class, 1L).approvedBy).isEqualTo("bob");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void basicOptionalFalse_nullAtFlush_throwsPersistenceException(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.persist(new Ledger(1L, null, "o"));
      em.flush();
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Ledger.class, 1L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void columnNullableFalse_nullAtFlush_throwsPersistenceException(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Ledger(1L, "t", "o")));
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.find(Ledger.class, 1L).owner = null))
        .isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Ledger.class, 1L).owner).isEqualTo("o");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void otherBasics_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    UUID ref = UUID.randomUUID();
    emf.runInTransaction(em -> {
      Ledger ledger = new Ledger(1L, "t", "o");
      ledger.count = 3;
      ledger.amount = new BigDecimal("12.345");
      ledger.big = new BigInteger("123456789012345678901234567890");
      ledger.ref = ref;
      ledger.initial = 'Z';
      ledger.flag = true;
      em.persist(ledger);
    });
    try (EntityManager em = emf.createEntityManager()) {
      Ledger ledger = em.find(Ledger.class, 1L);
      assertThat(ledger.count).isEqualTo(3);
      assertThat(ledger.amount).isEqualTo(new BigDecimal("12.35"));
      assertThat(ledger.big).isEqualTo(new BigInteger("123456789012345678901234567890"));
      assertThat(ledger.ref).isEqualTo(ref);
      assertThat(ledger.initial).isEqualTo('Z');
      assertThat(ledger.flag).isTrue();
      assertThat(ledger.maybe).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void primitive_nullColumn_failsToLoad(Provider provider) {
    // Hibernate's DDL makes a primitive NOT NULL only without @Column; this one is not inserted
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Tally tally = new Tally();
      tally.id = 1L;
      tally.points = 5;
      em.persist(tally);
    });
    try (EntityManager em = emf.createEntityManager()) {
      // Hibernate's access optimizer fails with a NullPointerException, memory-jpa with a PersistenceException
      assertThatThrownBy(() -> em.find(Tally.class, 1L)).isInstanceOf(RuntimeException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void primitives_withAndWithoutColumnAnnotation_roundTrip(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Ledger ledger = new Ledger(1L, "t", "o");
      ledger.count = 7;
      ledger.frozen = 8;
      ledger.columned = 9;
      em.persist(ledger);
    });
    emf.runInTransaction(em -> {
      Ledger ledger = em.find(Ledger.class, 1L);
      assertThat(ledger.count).isEqualTo(7);
      assertThat(ledger.frozen).isEqualTo(8);
      assertThat(ledger.columned).isEqualTo(9);
    });
  }

  // ---- access types ----

  @ParameterizedTest
  @EnumSource(Provider.class)
  void propertyAccess_loadGoesThroughTheSetter(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Gadget(1L, "  spaced  ")));
    Gadget.setterCalls = 0;
    try (EntityManager em = emf.createEntityManager()) {
      Gadget gadget = em.find(Gadget.class, 1L);
      assertThat(gadget.getLabel()).isEqualTo("spaced");
      assertThat(Gadget.setterCalls).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void mixedAccess_propertyOfAFieldAccessEntity_storesTheGetterAndLoadsThroughTheSetter(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> em.persist(new Writer(1L, "Ada", "Lovelace")));
    emf.runInTransaction(em -> em.find(Writer.class, 1L).last = "Byron");
    try (EntityManager em = emf.createEntityManager()) {
      Writer writer = em.find(Writer.class, 1L);
      assertThat(writer.first).isEqualTo("Ada");
      assertThat(writer.last).isEqualTo("Byron");
    }
  }
}
