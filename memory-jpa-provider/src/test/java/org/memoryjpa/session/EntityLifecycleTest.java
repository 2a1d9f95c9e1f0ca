package org.memoryjpa.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.TransactionRequiredException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.session.model.Account;
import org.memoryjpa.session.model.Address;
import org.memoryjpa.session.model.Audited;
import org.memoryjpa.session.model.AuditListener;
import org.memoryjpa.session.model.Category;
import org.memoryjpa.session.model.Customer;
import org.memoryjpa.session.model.Product;
import org.memoryjpa.session.model.PurchaseOrder;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Entity lifecycle operations, each run on memory-jpa and on Hibernate + H2 with the same assertions. */
class EntityLifecycleTest {

  private static final Factories FACTORIES = new Factories(
      Customer.class, PurchaseOrder.class, Address.class, Product.class, Category.class, Account.class,
      Audited.class, AuditListener.class);

  @AfterAll
  static void closeFactories() {
    FACTORIES.close();
  }

  private static long persistCustomer(EntityManagerFactory emf, String email) {
    return emf.callInTransaction(em -> {
      Customer customer = new Customer(email, "Ada");
      customer.setAddress(new Address("1 Loop Rd", "London"));
      customer.addOrder("book", 2);
      customer.getTags().add("vip");
      em.persist(customer);
      return customer.getId();
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void persist_generatedId_isAssignedBeforeFlush(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      Customer customer = new Customer("a@x.org", "Ada");
      em.persist(customer);
      assertThat(customer.getId()).isNotNull();
      assertThat(em.contains(customer)).isTrue();
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void find_inNewEntityManager_returnsStoredStateWithCascadedChildren(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    try (EntityManager em = emf.createEntityManager()) {
      Customer found = em.find(Customer.class, id);
      assertThat(found.getEmail()).isEqualTo("a@x.org");
      assertThat(found.getAddress().getCity()).isEqualTo("London");
      assertThat(found.getTags()).containsExactly("vip");
      assertThat(found.getOrders()).extracting(PurchaseOrder::getItem).containsExactly("book");
      assertThat(found.getOrders().get(0).getCustomer()).isSameAs(found);
      assertThat(found.getVersion()).isZero();
      assertThat(em.find(Customer.class, id)).isSameAs(found);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void context_ofOneEntityThenMore_keepsOneInstancePerId(Provider provider) {
    // the first entity of a context is held apart from the maps the later ones go into
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long first = persistCustomer(emf, "a@x.org");
    long second = persistCustomer(emf, "b@x.org");
    try (EntityManager em = emf.createEntityManager()) {
      Customer a = em.find(Customer.class, first);
      assertThat(em.contains(a)).isTrue();
      assertThat(em.find(Customer.class, second)).isNotSameAs(a);
      Customer b = em.find(Customer.class, second);
      assertThat(em.find(Customer.class, first)).isSameAs(a);
      assertThat(em.contains(a)).isTrue();
      assertThat(em.contains(b)).isTrue();
      em.detach(a);
      assertThat(em.contains(a)).isFalse();
      assertThat(em.find(Customer.class, first)).isNotSameAs(a);
      assertThat(em.find(Customer.class, second)).isSameAs(b);
    }
    try (EntityManager em = emf.createEntityManager()) {
      Customer a = em.find(Customer.class, first);
      em.detach(a);
      assertThat(em.contains(a)).isFalse();
      Customer again = em.find(Customer.class, first);
      assertThat(again).isNotSameAs(a);
      assertThat(em.find(Customer.class, first)).isSameAs(again);
    }
    emf.runInTransaction(em -> {
      Customer a = em.find(Customer.class, first);
      a.setName("Grace");
      em.remove(em.find(Customer.class, second));
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Customer.class, first).getName()).isEqualTo("Grace");
      assertThat(em.find(Customer.class, second)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void find_missingId_returnsNull(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Customer.class, 404L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void find_idOfWrongType_throwsIllegalArgument(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      assertThatThrownBy(() -> em.find(Customer.class, "one")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void find_notAnEntity_throwsIllegalArgument(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      assertThatThrownBy(() -> em.find(String.class, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void flush_withoutTransaction_throwsTransactionRequired(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      assertThatThrownBy(em::flush).isInstanceOf(TransactionRequiredException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void update_managedEntity_isWrittenAtCommitAndIncrementsVersion(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    emf.runInTransaction(em -> em.find(Customer.class, id).setName("Ada Lovelace"));
    emf.runInTransaction(em -> {
      Customer customer = em.find(Customer.class, id);
      assertThat(customer.getName()).isEqualTo("Ada Lovelace");
      assertThat(customer.getVersion()).isEqualTo(1);
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void update_unchangedEntity_keepsVersion(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    emf.runInTransaction(em -> em.find(Customer.class, id).setName("Ada"));
    emf.runInTransaction(em -> assertThat(em.find(Customer.class, id).getVersion()).isZero());
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_detachedInstance_throwsIllegalArgument(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    Customer detached = emf.callInTransaction(em -> em.find(Customer.class, id));
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    assertThatThrownBy(() -> em.remove(detached)).isInstanceOf(IllegalArgumentException.class);
    em.getTransaction().rollback();
    em.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void persist_detachedInstanceWithGeneratedId_throwsEntityExists(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    Customer detached = emf.callInTransaction(em -> em.find(Customer.class, id));
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    assertThatThrownBy(() -> {
      em.persist(detached);
      em.flush();
    }).isInstanceOf(EntityExistsException.class);
    em.getTransaction().rollback();
    em.close();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_detachedInstance_copiesStateOntoManagedInstance(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    Customer detached = emf.callInTransaction(em -> em.find(Customer.class, id));
    detached.setName("Merged");
    Customer merged = emf.callInTransaction(em -> {
      Customer managed = em.merge(detached);
      assertThat(managed).isNotSameAs(detached);
      assertThat(em.contains(managed)).isTrue();
      assertThat(em.contains(detached)).isFalse();
      return managed;
    });
    assertThat(merged.getName()).isEqualTo("Merged");
    emf.runInTransaction(em -> assertThat(em.find(Customer.class, id).getName()).isEqualTo("Merged"));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_newInstance_persistsACopy(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    Product product = new Product("P-1", "Pen");
    Product managed = emf.callInTransaction(em -> em.merge(product));
    assertThat(managed).isNotSameAs(product);
    assertThat(managed.getVersion()).isZero();
    emf.runInTransaction(em -> assertThat(em.find(Product.class, "P-1").getName()).isEqualTo("Pen"));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void merge_staleVersion_throwsOptimisticLock(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    Customer stale = emf.callInTransaction(em -> em.find(Customer.class, id));
    emf.runInTransaction(em -> em.find(Customer.class, id).setName("Newer"));
    stale.setName("Older");
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.merge(stale)))
        .isInstanceOf(OptimisticLockException.class);
    emf.runInTransaction(em -> assertThat(em.find(Customer.class, id).getName()).isEqualTo("Newer"));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_concurrentUpdateOfVersionedEntity_failsWithOptimisticLockInsideRollback(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    EntityManager first = emf.createEntityManager();
    EntityManager second = emf.createEntityManager();
    first.getTransaction().begin();
    second.getTransaction().begin();
    first.find(Customer.class, id).setName("First");
    second.find(Customer.class, id).setName("Second");
    first.getTransaction().commit();
    assertThatThrownBy(() -> second.getTransaction().commit())
        .isInstanceOf(RollbackException.class)
        .hasCauseInstanceOf(OptimisticLockException.class);
    assertThat(second.getTransaction().isActive()).isFalse();
    first.close();
    second.close();
    emf.runInTransaction(em -> assertThat(em.find(Customer.class, id).getName()).isEqualTo("First"));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_duplicateUniqueValue_rollsBackAndKeepsStore(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    persistCustomer(emf, "a@x.org");
    assertThatThrownBy(() -> emf.runInTransaction(em -> {
      em.persist(new Customer("b@x.org", "B"));
      em.persist(new Customer("a@x.org", "Impostor"));
    })).isInstanceOf(PersistenceException.class);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Customer.class, 2L)).isNull();
      assertThat(em.find(Customer.class, 3L)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_nullInNotNullColumn_failsAsPersistenceException(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.find(Customer.class, id).getOrders().get(0).setItem(null)))
        .isInstanceOf(PersistenceException.class);
    emf.runInTransaction(em -> assertThat(em.find(Customer.class, id).getOrders().get(0).getItem()).isEqualTo("book"));
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void rollback_detachesEveryEntityAndDiscardsChanges(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      Customer customer = em.find(Customer.class, id);
      customer.setName("Rolled back");
      em.flush();
      em.getTransaction().rollback();
      assertThat(em.contains(customer)).isFalse();
      assertThat(em.find(Customer.class, id).getName()).isEqualTo("Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orphanRemoval_childRemovedFromCollection_isDeleted(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    long orderId = emf.callInTransaction(em -> em.find(Customer.class, id).getOrders().get(0).getId());
    emf.runInTransaction(em -> em.find(Customer.class, id).getOrders().clear());
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(PurchaseOrder.class, orderId)).isNull();
      assertThat(em.find(Customer.class, id).getOrders()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_parentWithCascade_removesChildren(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    long orderId = emf.callInTransaction(em -> em.find(Customer.class, id).getOrders().get(0).getId());
    emf.runInTransaction(em -> em.remove(em.find(Customer.class, id)));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Customer.class, id)).isNull();
      assertThat(em.find(PurchaseOrder.class, orderId)).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_entityStillReferenced_failsAtCommitAndKeepsIt(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long categoryId = emf.callInTransaction(em -> {
      Category pens = new Category("pens");
      em.persist(pens);
      Product product = new Product("P-1", "Pen");
      product.getCategories().add(pens);
      em.persist(product);
      return pens.getId();
    });
    assertThatThrownBy(() -> emf.runInTransaction(em -> em.remove(em.find(Category.class, categoryId))))
        .isInstanceOf(PersistenceException.class);
    emf.runInTransaction(em -> assertThat(em.find(Category.class, categoryId)).isNotNull());
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getReference_lazyManyToOne_isNotLoadedUntilUsed(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    long orderId = emf.callInTransaction(em -> em.find(Customer.class, id).getOrders().get(0).getId());
    try (EntityManager em = emf.createEntityManager()) {
      PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
      Customer customer = order.getCustomer();
      var util = emf.getPersistenceUnitUtil();
      assertThat(util.isLoaded(customer)).isFalse();
      assertThat(util.getIdentifier(customer)).isEqualTo(id);
      assertThat(customer.getEmail()).isEqualTo("a@x.org");
      assertThat(util.isLoaded(customer)).isTrue();
      assertThat(em.find(Customer.class, id)).isSameAs(customer);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getReference_missingEntity_throwsEntityNotFoundOnAccess(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    try (EntityManager em = emf.createEntityManager()) {
      Customer reference = em.getReference(Customer.class, 99L);
      assertThat(reference).isNotNull();
      assertThatThrownBy(reference::getEmail).isInstanceOf(EntityNotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getReference_manyIdsOfOneType_areDistinctProxiesEachLoadingItsOwnRow(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long first = persistCustomer(emf, "a@x.org");
    long second = persistCustomer(emf, "b@x.org");
    try (EntityManager em = emf.createEntityManager()) {
      Customer a = em.getReference(Customer.class, first);
      Customer b = em.getReference(Customer.class, second);
      Customer missing = em.getReference(Customer.class, 99L);
      var util = emf.getPersistenceUnitUtil();
      assertThat(b.getClass()).isSameAs(a.getClass());
      assertThat(a).isNotEqualTo(b).isSameAs(em.getReference(Customer.class, first));
      assertThat(a.getId()).isEqualTo(first);
      assertThat(util.isLoaded(a)).isFalse();
      assertThat(b.getEmail()).isEqualTo("b@x.org");
      assertThat(util.isLoaded(b)).isTrue();
      assertThat(util.isLoaded(a)).isFalse();
      assertThat(a.getEmail()).isEqualTo("a@x.org");
      assertThat(em.find(Customer.class, first)).isSameAs(a);
      assertThatThrownBy(missing::getEmail).isInstanceOf(EntityNotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getReference_afterTheLoadedReferenceIsDetached_returnsANewReference(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    try (EntityManager em = emf.createEntityManager()) {
      Customer reference = em.getReference(Customer.class, id);
      assertThat(reference.getEmail()).isEqualTo("a@x.org");
      assertThat(em.find(Customer.class, id)).isSameAs(reference);
      em.detach(reference);
      assertThat(em.contains(reference)).isFalse();
      Customer again = em.getReference(Customer.class, id);
      assertThat(again).isNotSameAs(reference);
      assertThat(again.getEmail()).isEqualTo("a@x.org");
      assertThat(em.find(Customer.class, id)).isSameAs(again);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_newEntitiesBesideAModifiedLoadedOne_writesBoth(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    long added = emf.callInTransaction(em -> {
      em.find(Customer.class, id).setName("Changed");
      Customer customer = new Customer("b@x.org", "Bea");
      em.persist(customer);
      return customer.getId();
    });
    assertThat(storedName(emf, id)).isEqualTo("Changed");
    assertThat(storedName(emf, added)).isEqualTo("Bea");
  }

  private static String storedName(EntityManagerFactory emf, long id) {
    try (EntityManager em = emf.createEntityManager()) {
      return em.find(Customer.class, id).getName();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_newEntityChangedAfterAFlush_writesTheChange(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = emf.callInTransaction(em -> {
      Customer customer = new Customer("a@x.org", "Ada");
      em.persist(customer);
      em.flush();
      customer.setName("Changed");
      return customer.getId();
    });
    assertThat(storedName(emf, id)).isEqualTo("Changed");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void remove_ofANewEntityBeforeTheFlush_insertsNothing(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long kept = emf.callInTransaction(em -> {
      Customer removed = new Customer("a@x.org", "Ada");
      Customer customer = new Customer("b@x.org", "Bea");
      em.persist(removed);
      em.persist(customer);
      em.remove(removed);
      return customer.getId();
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.createQuery("select c.id from Customer c", Long.class).getResultList()).containsExactly(kept);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void getReference_ofAManagedEntity_returnsTheManagedInstance(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    try (EntityManager em = emf.createEntityManager()) {
      Customer found = em.find(Customer.class, id);
      assertThat(em.getReference(Customer.class, id)).isSameAs(found);
      assertThat(emf.getPersistenceUnitUtil().isLoaded(found)).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void lazyCollection_touchedAfterClose_throwsPersistenceException(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    Customer customer;
    try (EntityManager em = emf.createEntityManager()) {
      customer = em.find(Customer.class, id);
      assertThat(emf.getPersistenceUnitUtil().isLoaded(customer, "orders")).isFalse();
    }
    assertThatThrownBy(() -> customer.getOrders().size()).isInstanceOf(PersistenceException.class);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void manyToMany_ownerSideStores_inverseSideReflectsAfterReload(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long categoryId = emf.callInTransaction(em -> {
      Category pens = new Category("pens");
      em.persist(pens);
      Product product = new Product("P-1", "Pen");
      product.getCategories().add(pens);
      em.persist(product);
      assertThat(pens.getProducts()).isEmpty(); // the inverse side is not maintained in memory
      return pens.getId();
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Category.class, categoryId).getProducts()).extracting(Product::getSku).containsExactly("P-1");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void refresh_discardsUnflushedChanges(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    emf.runInTransaction(em -> {
      Customer customer = em.find(Customer.class, id);
      customer.setName("Changed");
      em.refresh(customer);
      assertThat(customer.getName()).isEqualTo("Ada");
    });
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void detach_entity_changesAreNotWritten(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    emf.runInTransaction(em -> {
      Customer customer = em.find(Customer.class, id);
      customer.setName("Detached change");
      em.detach(customer);
      assertThat(em.contains(customer)).isFalse();
    });
    emf.runInTransaction(em -> assertThat(em.find(Customer.class, id).getName()).isEqualTo("Ada"));
  }

  /**
   * Contexts of a few hundred entities, one after the other in a factory: the second sizes its maps
   * for what the first held, and its flush walks entries among which some were detached or removed.
   */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void commit_largeContextAfterLargeContext_detachedAndRemovedAmongManyAreLeftOut(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long[] firstIds = new long[100];
    emf.runInTransaction(em -> {
      for (int i = 0; i < firstIds.length; i++) {
        Customer customer = new Customer("a" + i + "@x.org", "Ada");
        customer.addOrder("book", i + 1);
        em.persist(customer);
        firstIds[i] = customer.getId();
      }
    });
    emf.runInTransaction(em -> {
      for (int i = 0; i < 100; i++) {
        Customer customer = new Customer("b" + i + "@x.org", "Bea");
        customer.addOrder("pen", i + 1);
        em.persist(customer);
        em.getReference(Customer.class, firstIds[i]);
      }
      Customer detached = em.find(Customer.class, firstIds[10]);
      em.detach(detached);
      detached.setName("Detached change");
      em.remove(em.find(Customer.class, firstIds[20]));
      em.flush();
      em.find(Customer.class, firstIds[30]).setName("Changed");
      assertThat(em.contains(detached)).isFalse();
    });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.createQuery("select count(c) from Customer c", Long.class).getSingleResult()).isEqualTo(199);
      assertThat(em.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult())
          .isEqualTo(199);
      assertThat(em.find(Customer.class, firstIds[10]).getName()).isEqualTo("Ada");
      assertThat(em.find(Customer.class, firstIds[20])).isNull();
      assertThat(em.find(Customer.class, firstIds[30]).getName()).isEqualTo("Changed");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void decimal_isStoredWithColumnScale(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    long id = persistCustomer(emf, "a@x.org");
    emf.runInTransaction(em -> em.find(Customer.class, id).getOrders().get(0).setAmount(new BigDecimal("10.005")));
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(em.find(Customer.class, id).getOrders().get(0).getAmount()).isEqualTo(new BigDecimal("10.01"));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void callbacks_runInSpecOrderAtSpecMoments(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    Audited.LOG.clear();
    long id = emf.callInTransaction(em -> {
      Audited audited = new Audited("one");
      em.persist(audited);
      Audited.LOG.add("persisted");
      return audited.getId();
    });
    emf.runInTransaction(em -> em.find(Audited.class, id).setLabel("two"));
    emf.runInTransaction(em -> em.remove(em.find(Audited.class, id)));
    assertThat(Audited.LOG).containsExactly(
        "Listener.PrePersist", "PrePersist id=set", "persisted", "PostPersist id=set",
        "PostLoad", "Listener.PreUpdate", "PreUpdate", "PostUpdate",
        "PostLoad", "PreRemove", "PostRemove");
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void beanValidation_invalidEntity_isRejectedWhenFlushed(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    em.persist(new Audited("far too long a label"));
    assertThatThrownBy(em::flush).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    em.getTransaction().rollback();
    em.close();
  }
}
