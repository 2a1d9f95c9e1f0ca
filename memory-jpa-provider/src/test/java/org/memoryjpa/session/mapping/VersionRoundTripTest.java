package org.memoryjpa.session.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Version;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * {@code @Version} of every supported type: seeded at persist, incremented by an update, kept by a
 * reload, checked on merge. Each runs on memory-jpa and on Hibernate + H2.
 */
class VersionRoundTripTest {

  @MappedSuperclass
  public abstract static class Labelled {
    @Id Long id;
    String label;
  }

  @Entity(name = "IntVersioned")
  public static class IntVersioned extends Labelled {
    @Version Integer version;
  }

  @Entity(name = "LongVersioned")
  public static class LongVersioned extends Labelled {
    @Version Long version;
  }

  @Entity(name = "ShortVersioned")
  public static class ShortVersioned extends Labelled {
    @Version Short version;
  }

  @Entity(name = "PrimitiveVersioned")
  public static class PrimitiveVersioned extends Labelled {
    @Version long version;
  }

  @Entity(name = "InstantVersioned")
  public static class InstantVersioned extends Labelled {
    @Version Instant version;
  }

  @Entity(name = "StampVersioned")
  public static class StampVersioned extends Labelled {
    @Version Timestamp version;
  }

  private static final List<Supplier<Labelled>> KINDS = List.of(
      IntVersioned::new, LongVersioned::new, ShortVersioned::new, PrimitiveVersioned::new,
      InstantVersioned::new, StampVersioned::new);

  private static final Factories FACTORIES = new Factories(
      Labelled.class, IntVersioned.class, LongVersioned.class, ShortVersioned.class, PrimitiveVersioned.class,
      InstantVersioned.class, StampVersioned.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static Labelled persistOne(EntityManagerFactory emf, Supplier<Labelled> kind) {
    Labelled entity = kind.get();
    entity.id = 1L;
    entity.label = "first";
    emf.runInTransaction(em -> em.persist(entity));
    return entity;
  }

  private static Object versionOf(EntityManagerFactory emf, Object entity) {
    return emf.getPersistenceUnitUtil().getVersion(entity);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void numericVersions_persistSeedsZero_updateAddsOne(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    for (Supplier<Labelled> kind : KINDS.subList(0, 4)) {
      Labelled entity = persistOne(emf, kind);
      assertThat(((Number) versionOf(emf, entity)).longValue()).as(entity.getClass().getSimpleName()).isZero();
      emf.runInTransaction(em -> em.find(entity.getClass(), 1L).label = "second");
      try (EntityManager em = emf.createEntityManager()) {
        Object version = versionOf(emf, em.find(entity.getClass(), 1L));
        assertThat(version).isInstanceOf(entity.getClass() == IntVersioned.class ? Integer.class
            : entity.getClass() == ShortVersioned.class ? Short.class : Long.class);
        assertThat(((Number) version).longValue()).as(entity.getClass().getSimpleName()).isEqualTo(1L);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void timestampVersions_persistSeedsNow_updateMovesForward_reloadKeepsTheValue(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    for (Supplier<Labelled> kind : KINDS.subList(4, 6)) {
      Instant before = Instant.now().minusSeconds(1);
      Labelled entity = persistOne(emf, kind);
      Instant seeded = instantOf(versionOf(emf, entity));
      assertThat(seeded).as(entity.getClass().getSimpleName()).isAfter(before);
      try (EntityManager em = emf.createEntityManager()) {
        assertThat(instantOf(versionOf(emf, em.find(entity.getClass(), 1L)))).isEqualTo(seeded);
      }
      Object updated = emf.callInTransaction(em -> {
        Labelled managed = em.find(entity.getClass(), 1L);
        managed.label = "second";
        em.flush();
        return versionOf(emf, managed);
      });
      assertThat(instantOf(updated)).isAfterOrEqualTo(seeded);
      try (EntityManager em = emf.createEntityManager()) {
        assertThat(instantOf(versionOf(emf, em.find(entity.getClass(), 1L)))).isEqualTo(instantOf(updated));
      }
    }
  }

  private static Instant instantOf(Object version) {
    return version instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) version;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_staleDetachedInstanceOfEveryVersionType_throwsOptimisticLock(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    for (Supplier<Labelled> kind : KINDS) {
      Labelled entity = persistOne(emf, kind);
      Labelled stale = emf.callInTransaction(em -> em.find(entity.getClass(), 1L));
      emf.runInTransaction(em -> {
        em.find(entity.getClass(), 1L).label = "newer";
      });
      stale.label = "older";
      assertThatThrownBy(() -> emf.runInTransaction(em -> em.merge(stale)))
          .as(entity.getClass().getSimpleName())
          .isInstanceOf(OptimisticLockException.class);
      try (EntityManager em = emf.createEntityManager()) {
        assertThat(em.find(entity.getClass(), 1L).label).isEqualTo("newer");
      }
    }
  }
}
