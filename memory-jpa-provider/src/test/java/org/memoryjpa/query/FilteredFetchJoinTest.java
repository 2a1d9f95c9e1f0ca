package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * A fetch join of a collection restricted by WHERE on the fetched alias (HQL; JPQL gives a fetch join no
 * alias). Both providers return the same owners; Hibernate fills each collection with the matching
 * elements only, memory-jpa with all of them.
 */
class FilteredFetchJoinTest {

  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf.createEntityManager();
  }

  private static List<String> purchasesOf(List<Customer> customers) {
    return customers.stream().map(c -> c.getName() + ":"
        + c.getPurchases().stream().map(Purchase::getId).sorted().toList()).toList();
  }

  /**
   * A partly filled managed collection would be written back as the whole collection at flush
   * (deleting the elements the query left out) as soon as the application touches it; memory-jpa keeps
   * fetched collections whole, so the WHERE chooses the owners only.
   */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void fetchJoin_whereOnFetchedAlias_differsFromHibernate_becauseCollectionsAreNeverFilledPartly(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<Customer> customers = em.createQuery("select c from Customer c join fetch c.purchases p"
          + " where p.quantity > 1 order by c.id", Customer.class).getResultList();
      assertThat(customers).extracting(Customer::getName).containsExactly("Ada", "Cy", "Dee");
      assertThat(purchasesOf(customers)).containsExactlyElementsOf(provider == Provider.HIBERNATE
          ? List.of("Ada:[1]", "Cy:[3]", "Dee:[5]")
          : List.of("Ada:[1, 2]", "Cy:[3]", "Dee:[4, 5]"));
    }
  }
}
