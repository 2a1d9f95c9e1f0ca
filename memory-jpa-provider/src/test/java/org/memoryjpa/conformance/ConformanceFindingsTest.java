package org.memoryjpa.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.conformance.model.ConformanceData;
import org.memoryjpa.conformance.model.Milestone;
import org.memoryjpa.conformance.model.PersonSummary;
import org.memoryjpa.conformance.model.StockKey;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * The disagreements with Hibernate that the conformance suite found in memory-jpa, pinned through the
 * typed query API on both providers: DISTINCT over NEW with a null argument, ID() of an embedded id,
 * selecting the embeddable elements of a joined collection, TREAT in a JOIN, TYPE() compared with an
 * entity of another hierarchy, HQL's implicit alias named {@code this}, and NEW with a
 * number of another type than the constructor's parameter.
 */
class ConformanceFindingsTest {

  private static final Factories FACTORIES = new Factories(ConformanceData.CLASSES.toArray(Class<?>[]::new));

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    ConformanceData.fill(emf);
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void distinctConstructor_nullArgument_keepsOneDtoPerValue(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<PersonSummary> summaries = em.createQuery("select distinct new org.memoryjpa.conformance.model"
          + ".PersonSummary(p.address.city, p.age) from Person p where p.age = 25", PersonSummary.class)
          .getResultList();
      assertThat(summaries).containsExactlyInAnyOrder(new PersonSummary(null, 25), new PersonSummary("Berlin", 25),
          new PersonSummary("london", 25));
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void id_ofEmbeddedId_returnsTheKeys(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<StockKey> keys = em.createQuery("select id(s) from Stock s where s.quantity = 10", StockKey.class)
          .getResultList();
      assertThat(keys).extracting(StockKey::toString).containsExactlyInAnyOrder("north/2", "south/1", "East/1");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void joinedEmbeddableElements_selected_areEmbeddables(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<Milestone> milestones = em.createQuery(
          "select m from Project pj join pj.milestones m where pj.id = 1", Milestone.class).getResultList();
      assertThat(milestones).extracting(Milestone::getTitle).containsExactlyInAnyOrder("Kickoff", "Beta", "GA");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void treatJoin_innerAndLeft_restrictJoinedEntitiesToTheSubtype(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<Object[]> inner = em.createQuery("select o.code, e.salary from PurchaseOrder o"
          + " join treat(o.buyer as Employee) e where o.id < 7 order by o.id", Object[].class).getResultList();
      assertThat(inner).extracting(row -> row[0]).containsExactly("O-100", "O-101", "O-102", "O-104");
      assertThat(inner.get(0)[1]).isEqualTo(new BigDecimal("5000.00"));
      List<Object[]> left = em.createQuery("select o.code, c.rate from PurchaseOrder o"
          + " left join treat(o.buyer as Contractor) c where o.id between 5 and 7 order by o.id", Object[].class)
          .getResultList();
      assertThat(left).extracting(row -> row[0], row -> row[1]).containsExactly(
          org.assertj.core.api.Assertions.tuple("O-104", null), org.assertj.core.api.Assertions.tuple("O-105", 92.5),
          org.assertj.core.api.Assertions.tuple("O-106", null));
      assertThat(em.createQuery("select count(i) from PurchaseOrder o join treat(o.attachments as Invoice) i",
          Long.class).getSingleResult()).isEqualTo(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void typeComparison_entityOfAnotherHierarchy_throwsIllegalArgumentException_siblingMatchesNothing(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThatThrownBy(() -> em.createQuery("select p.name from Person p where type(p) = Vehicle").getResultList())
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(em.createQuery("select c from Contractor c where type(c) = Employee").getResultList()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void implicitAlias_namedThis_resolves(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(em.createQuery("select this.name from Person where this.id = 1", String.class).getResultList())
          .containsExactly("Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void newConstructor_argumentOfAnotherNumberType_throwsIllegalArgumentException(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThatThrownBy(() -> em.createQuery("select new org.memoryjpa.conformance.model.PersonSummary(e.name,"
          + " e.badge) from Employee e")).isInstanceOf(IllegalArgumentException.class);
      assertThat(em.createQuery("select new org.memoryjpa.conformance.model.PersonSummary(p.name, p.age) from Person p"
          + " where p.id = 1", PersonSummary.class).getResultList()).containsExactly(new PersonSummary("Ada", 36));
    }
  }
}
