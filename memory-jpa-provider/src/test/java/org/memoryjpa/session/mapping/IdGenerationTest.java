package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Provider;

/**
 * Generated ids of every strategy, as one factory hands them out. The factories are never reset
 * (Hibernate keeps allocated blocks in memory across a truncate), so each test uses entities no
 * other test touches. Each runs on memory-jpa and on Hibernate + H2.
 */
class IdGenerationTest {

  @Entity(name = "UuidItem")
  public static class UuidItem {
    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
    String label;
  }

  @Entity(name = "AutoUuidItem")
  public static class AutoUuidItem {
    @Id @GeneratedValue UUID id;
    String label;
  }

  @Entity(name = "UuidTextItem")
  public static class UuidTextItem {
    @Id @GeneratedValue(strategy = GenerationType.UUID) String id;
    String label;
  }

  @Entity(name = "IdentityItem")
  public static class IdentityItem {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
    String label;
  }

  @Entity(name = "SequenceItem")
  public static class SequenceItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "item_numbers", initialValue = 100, allocationSize = 10)
    Long id;

    String label;
  }

  @Entity(name = "AutoItem")
  public static class AutoItem {
    @Id @GeneratedValue Integer id;
    String label;
  }

  @Entity(name = "TableItem")
  public static class TableItem {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "item_table")
    @TableGenerator(name = "item_table", table = "id_blocks", pkColumnValue = "items", initialValue = 1000,
        allocationSize = 5)
    Long id;

    String label;
  }

  private static final Map<Provider, EntityManagerFactory> FACTORIES = new EnumMap<>(Provider.class);

  private static EntityManagerFactory factory(Provider provider) {
    return FACTORIES.computeIfAbsent(provider, p -> p.create(
        UuidItem.class, AutoUuidItem.class, UuidTextItem.class, IdentityItem.class, SequenceItem.class,
        AutoItem.class, TableItem.class));
  }

  @AfterAll
  static void closeFactories() {
    FACTORIES.values().forEach(EntityManagerFactory::close);
  }

  /** Persists {@code count} new instances in one transaction and returns their ids in order. */
  private static <T> List<Object> persistSome(EntityManagerFactory emf, Class<T> type, int count, Function<T, Object> id) {
    return emf.callInTransaction(em -> {
      List<Object> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        T entity;
        try {
          entity = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        em.persist(entity);
        ids.add(id.apply(entity));
      }
      return ids;
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void uuidStrategy_persist_assignsDistinctUuidsThatFindAccepts(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> ids = persistSome(emf, UuidItem.class, 2, e -> e.id);
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(UuidItem.class, ids.get(1)).id).isEqualTo(ids.get(1));
      assertThat(em.find(UuidItem.class, UUID.randomUUID())).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void autoStrategyOnUuid_persist_assignsUuids(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> ids = persistSome(emf, AutoUuidItem.class, 2, e -> e.id);
    assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasOnlyElementsOfType(UUID.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(AutoUuidItem.class, ids.get(0))).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void uuidStrategyOnString_persist_assignsUuidText(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> ids = persistSome(emf, UuidTextItem.class, 1, e -> e.id);
    assertThat(UUID.fromString((String) ids.get(0)).toString()).isEqualTo(ids.get(0));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(UuidTextItem.class, ids.get(0))).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void identity_persist_assignsConsecutiveIdsAtOnce(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> ids = persistSome(emf, IdentityItem.class, 3, e -> e.id);
    assertThat(ids).containsExactly(1L, 2L, 3L);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void sequenceGenerator_initialValueAndAllocationSize_handOutConsecutiveIdsFromTheInitialValue(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> first = persistSome(emf, SequenceItem.class, 3, e -> e.id);
    List<Object> second = persistSome(emf, SequenceItem.class, 9, e -> e.id);
    assertThat(first).containsExactly(100L, 101L, 102L);
    assertThat(second).first().isEqualTo(103L);
    assertThat(second).last().isEqualTo(111L);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void autoStrategyOnInteger_persist_usesASequenceFromOne(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> ids = persistSome(emf, AutoItem.class, 2, e -> e.id);
    assertThat(ids).containsExactly(1, 2);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void tableGenerator_initialValue_firstIdFollowsIt(Provider provider) {
    EntityManagerFactory emf = factory(provider);
    List<Object> ids = persistSome(emf, TableItem.class, 7, e -> e.id);
    assertThat(ids).containsExactly(1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1007L);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(TableItem.class, 1007L)).isNotNull();
    }
  }
}
