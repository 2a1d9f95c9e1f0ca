package org.memoryjpa.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.Store;
import org.memoryjpa.factory.model.Author;
import org.memoryjpa.factory.model.Book;
import org.memoryjpa.internal.session.MemoryEntityManagerFactory;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** The EntityManagerFactory methods of an open factory, on memory-jpa and Hibernate + H2 alike. */
class FactorySurfaceTest {

  private static final Factories FACTORIES =
      new Factories(Map.of("factory.test.greeting", "hello"), Author.class, Book.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getMetamodel_unitClasses_describesEachEntity(Provider provider) {
    Metamodel metamodel = FACTORIES.fresh(provider).getMetamodel();

    assertThat(metamodel.getEntities()).extracting(EntityType::getName).containsExactlyInAnyOrder("Author", "Book");
    EntityType<Author> author = metamodel.entity(Author.class);
    assertThat(author.getId(Long.class).getName()).isEqualTo("id");
    assertThat(author.getVersion(long.class).getName()).isEqualTo("version");
    assertThat(metamodel.entity("Book").getJavaType()).isEqualTo(Book.class);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getProperties_unitProperty_isIncluded(Provider provider) {
    Map<String, Object> properties = FACTORIES.fresh(provider).getProperties();

    assertThat(properties).containsEntry("factory.test.greeting", "hello");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getTransactionType_unitWithoutOne_isResourceLocal(Provider provider) {
    assertThat(FACTORIES.fresh(provider).getTransactionType()).isEqualTo(PersistenceUnitTransactionType.RESOURCE_LOCAL);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManager_map_returnsOpenEntityManagerOfThisFactory(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    try (EntityManager em = factory.createEntityManager(Map.of("factory.test.greeting", "bye"))) {
      assertThat(em.isOpen()).isTrue();
      assertThat(em.getEntityManagerFactory()).isSameAs(factory);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void createEntityManager_synchronizationTypeOnResourceLocalUnit_throwsIllegalState(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    for (SynchronizationType type : SynchronizationType.values()) {
      assertThatThrownBy(() -> factory.createEntityManager(type)).as(type.name())
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> factory.createEntityManager(type, Map.of())).as(type.name())
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void unwrap_entityManagerFactory_returnsSameFactory(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    assertThat(factory.unwrap(EntityManagerFactory.class)).isSameAs(factory);
    assertThat(factory.unwrap(factory.getClass())).isSameAs(factory);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void unwrap_foreignType_throwsPersistenceException(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);

    assertThatThrownBy(() -> factory.unwrap(String.class))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void unwrap_memoryTypes_returnsFactoryAndItsStore() {
    EntityManagerFactory factory = FACTORIES.fresh(Provider.MEMORY);

    assertThat(factory.unwrap(MemoryEntityManagerFactory.class)).isSameAs(factory);
    Store store = factory.unwrap(Store.class);
    factory.runInTransaction(em -> em.persist(new Author(1, "Ann")));
    assertThat(store.count(Author.class)).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getCache_storedEntity_isNotContained(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    factory.runInTransaction(em -> em.persist(new Author(1, "Ann")));

    assertThat(factory.getCache().contains(Author.class, 1L)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getCache_evict_leavesStoredDataAlone(Provider provider) {
    EntityManagerFactory factory = FACTORIES.fresh(provider);
    factory.runInTransaction(em -> em.persist(new Author(1, "Ann")));
    Cache cache = factory.getCache();

    cache.evict(Author.class, 1L);
    cache.evict(Author.class);
    cache.evictAll();

    String name = factory.callInTransaction(em -> em.find(Author.class, 1L).getName());
    assertThat(name).isEqualTo("Ann");
    assertThat(cache.contains(Author.class, 1L)).isFalse();
  }
}
