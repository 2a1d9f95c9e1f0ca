package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.query.Jpql.list;
import static org.memoryjpa.query.Jpql.single;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** Restrictions, parameters, SQL null logic, ordering and paging over one root, on both providers. */
class SelectWhereTest {

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

  private static List<String> names(EntityManager em, String where, Object... arguments) {
    return list(em, String.class, "select c.name from Customer c " + where, arguments);
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_comparisonsWithNull_areUnknownAndFilterOut(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.age = 25 order by c.id")).containsExactly("Cy", "Eve_100%");
      assertThat(names(em, "where c.age <> 25 order by c.id")).containsExactly("Ada", "Dee");
      assertThat(names(em, "where not (c.age = 25) order by c.id")).containsExactly("Ada", "Dee");
      assertThat(names(em, "where c.age is null")).containsExactly("Bob");
      assertThat(names(em, "where c.age is not null order by c.id")).containsExactly("Ada", "Cy", "Dee", "Eve_100%");
      assertThat(names(em, "where c.age > 30 or c.age is null order by c.id")).containsExactly("Ada", "Bob", "Dee");
      assertThat(names(em, "where not (c.age > 30 and c.age is null) order by c.id"))
          .containsExactly("Ada", "Cy", "Dee", "Eve_100%");
      assertThat(names(em, "where c.email <> 'x' order by c.id")).containsExactly("Ada", "Bob", "Cy", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_namedAndPositionalParameters_bindByContext(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.age >= :min and c.age < :max order by c.id", "min", 25, "max", 40))
          .containsExactly("Ada", "Cy", "Eve_100%");
      assertThat(names(em, "where c.age >= ?1 and c.status = ?2", 1, 25, 2, Status.NEW)).containsExactly("Eve_100%");
      assertThat(names(em, "where c.name = :name or c.email = :name", "name", "Bob")).containsExactly("Bob");
      assertThat(names(em, "where c.tier = :tier order by c.id", "tier", Tier.GOLD)).containsExactly("Ada", "Dee");
      assertThat(names(em, "where c.joined < :day order by c.id", "day", java.time.LocalDate.of(2020, 1, 1)))
          .containsExactly("Cy", "Dee");
      assertThat(names(em, "where c.credit > :limit order by c.id", "limit", new BigDecimal("50")))
          .containsExactly("Ada", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_like_matchesWildcardsAndEscapes(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.name like 'A%'")).containsExactly("Ada");
      assertThat(names(em, "where c.name like '_e_'")).containsExactly("Dee");
      assertThat(names(em, "where c.name like '%!_1%' escape '!'")).containsExactly("Eve_100%");
      assertThat(names(em, "where c.name like :p escape '\\' order by c.id", "p", "%\\%")).containsExactly("Eve_100%");
      assertThat(names(em, "where c.name not like '%e%' order by c.id")).containsExactly("Ada", "Bob", "Cy");
      assertThat(names(em, "where c.email not like '%@x.org'")).isEmpty();
      assertThat(names(em, "where upper(c.name) like upper(:p) order by c.id", "p", "%d%")).containsExactly("Ada", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_inAndBetween_followSqlRules(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.name in ('Ada', 'Cy') order by c.id")).containsExactly("Ada", "Cy");
      assertThat(names(em, "where c.id in :ids order by c.id", "ids", List.of(1L, 3L, 99L))).containsExactly("Ada", "Cy");
      assertThat(names(em, "where c.id in (:ids) order by c.id", "ids", List.of(2L))).containsExactly("Bob");
      assertThat(names(em, "where c.age not in (25, 36)")).containsExactly("Dee");
      assertThat(names(em, "where c.age between 25 and 36 order by c.id")).containsExactly("Ada", "Cy", "Eve_100%");
      assertThat(names(em, "where c.age not between 25 and 36")).containsExactly("Dee");
      assertThat(names(em, "where c.joined between {d '2019-01-01'} and {d '2020-12-31'} order by c.id"))
          .containsExactly("Ada", "Cy");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void where_enumsAndBooleans_compareStoredForms(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.status = org.memoryjpa.query.Status.ACTIVE order by c.id")).containsExactly("Ada", "Dee");
      assertThat(names(em, "where c.status in (org.memoryjpa.query.Status.NEW, org.memoryjpa.query.Status.SUSPENDED)"
          + " order by c.id")).containsExactly("Bob", "Cy", "Eve_100%");
      assertThat(names(em, "where c.tier = org.memoryjpa.query.Tier.SILVER")).containsExactly("Cy");
      assertThat(names(em, "where c.status > :s order by c.id", "s", Status.NEW)).containsExactly("Ada", "Cy", "Dee");
      assertThat(names(em, "where c.active = true order by c.id")).containsExactly("Ada", "Cy", "Dee");
      assertThat(names(em, "where c.active = false order by c.id")).containsExactly("Bob", "Eve_100%");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderBy_directionsAndNulls_followH2(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "order by c.age, c.id")).containsExactly("Bob", "Cy", "Eve_100%", "Ada", "Dee");
      assertThat(names(em, "order by c.age desc, c.id")).containsExactly("Dee", "Ada", "Cy", "Eve_100%", "Bob");
      assertThat(names(em, "order by c.age asc nulls last, c.id")).containsExactly("Cy", "Eve_100%", "Ada", "Dee", "Bob");
      assertThat(names(em, "order by c.age desc nulls first, c.id")).containsExactly("Bob", "Dee", "Ada", "Cy", "Eve_100%");
      assertThat(names(em, "order by c.status, c.id")).containsExactly("Bob", "Eve_100%", "Ada", "Dee", "Cy");
      assertThat(names(em, "order by c.tier, c.id")).containsExactly("Bob", "Eve_100%", "Ada", "Dee", "Cy");
      assertThat(names(em, "order by c.address.city desc, c.id")).containsExactly("Bob", "Ada", "Dee", "Eve_100%", "Cy");
      assertThat(list(em, String.class, "select c.name as n from Customer c where c.id < 4 order by n desc"))
          .containsExactly("Cy", "Bob", "Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void orderBy_integerLiteral_ordersBySelectItemAtThatPosition(Provider provider) {
    try (EntityManager em = filled(provider)) {
      List<Object[]> rows = em.createQuery("select c.id, c.age from Customer c order by 2 desc nulls last, 1",
          Object[].class).getResultList();
      assertThat(rows).extracting(row -> row[0]).containsExactly(4L, 1L, 3L, 5L, 2L);
      // Hibernate writes a Criteria literal into the SQL, where it is a position as well
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Customer> c = q.from(Customer.class);
      q.multiselect(c.get("name"), c.get("id")).orderBy(cb.desc(cb.literal(1)), cb.asc(c.get("id")));
      assertThat(em.createQuery(q).getResultList()).extracting(row -> row[1]).containsExactly(5L, 4L, 3L, 2L, 1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void paging_firstAndMaxResults_slicesTheOrderedRows(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(em.createQuery("select c.name from Customer c order by c.id", String.class)
          .setFirstResult(1).setMaxResults(2).getResultList()).containsExactly("Bob", "Cy");
      assertThat(em.createQuery("select c.name from Customer c order by c.name desc", String.class)
          .setMaxResults(2).getResultList()).containsExactly("Eve_100%", "Dee");
      assertThat(em.createQuery("select c.name from Customer c order by c.id", String.class)
          .setFirstResult(4).setMaxResults(10).getResultList()).containsExactly("Eve_100%");
      assertThat(em.createQuery("select c.name from Customer c order by c.id", String.class)
          .setFirstResult(9).getResultList()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void singleResult_noneOrSeveral_throwsAsTheSpecSays(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThatThrownBy(() -> single(em, String.class, "select c.name from Customer c where c.id = 99"))
          .isInstanceOf(NoResultException.class);
      assertThatThrownBy(() -> single(em, String.class, "select c.name from Customer c where c.age = 25"))
          .isInstanceOf(NonUniqueResultException.class);
      assertThat(em.createQuery("select c.name from Customer c where c.id = 99", String.class)
          .getSingleResultOrNull()).isNull();
      assertThatThrownBy(() -> em.createQuery("select c from Customer c").getSingleResultOrNull())
          .isInstanceOf(NonUniqueResultException.class);
      assertThat(single(em, Long.class, "select count(c) from Customer c where c.id = :id", "id", 1L)).isEqualTo(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void paths_embeddedImplicitThisAndSubtypes_resolve(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "where c.address.city = 'London' order by c.id")).containsExactly("Ada", "Dee");
      assertThat(names(em, "where c.address is null")).containsExactly("Cy");
      assertThat(list(em, String.class, "select name from Customer where age = 41")).containsExactly("Dee");
      assertThat(list(em, Customer.class, "from Customer where name = 'Bob'")).extracting(Customer::getId)
          .containsExactly(2L);
      assertThat(list(em, VipCustomer.class, "select v from VipCustomer v")).extracting(Customer::getName)
          .containsExactly("Dee");
      assertThat(names(em, "where type(c) = VipCustomer")).containsExactly("Dee");
      assertThat(names(em, "where type(c) <> VipCustomer order by c.id")).containsExactly("Ada", "Bob", "Cy", "Eve_100%");
      assertThat(names(em, "where treat(c as VipCustomer).level = 3")).containsExactly("Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void entities_resultsAreTheManagedInstances(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Customer ada = em.find(Customer.class, 1L);
      List<Customer> customers = list(em, Customer.class, "select c from Customer c order by c.id");
      assertThat(customers.get(0)).isSameAs(ada);
      assertThat(customers.get(3)).isInstanceOf(VipCustomer.class);
      assertThat(list(em, Customer.class, "select c from Customer c where c.id = 4").get(0)).isSameAs(customers.get(3));
      List<Long> ids = list(em, Long.class, "select p.id from Purchase p where p.customer = :c order by p.id", "c", ada);
      assertThat(ids).containsExactly(1L, 2L);
      assertThat(list(em, Long.class, "select c.id from Customer c where c = ?1 or c = ?2 order by c.id", 1, ada, 2,
          customers.get(1))).containsExactly(1L, 2L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void arithmetic_promotesAndDividesIntegers(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Object[] row = single(em, Object[].class,
          "select c.age + 1, c.age / 5, c.age * 1.5, -c.age, c.credit * 2, c.age - 0.5 from Customer c where c.id = 1");
      assertThat(row[0]).isEqualTo(37);
      assertThat(row[1]).isEqualTo(7);
      assertThat(row[2]).isEqualTo(54.0);
      assertThat(row[3]).isEqualTo(-36);
      assertThat((BigDecimal) row[4]).isEqualByComparingTo("201.00");
      assertThat(row[5]).isEqualTo(35.5);
      assertThat(names(em, "where c.age * 2 > 80")).containsExactly("Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void embeddedIds_compareWholeOrByComponent(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, Integer.class, "select s.parcels from Shipment s where s.id = :key", "key",
          new ShipmentKey("north", 2))).containsExactly(7);
      assertThat(list(em, Integer.class, "select s.parcels from Shipment s where s.id.depot = 'north'"
          + " order by s.id.number desc")).containsExactly(7, 4);
      assertThat(list(em, String.class, "select s.id.depot from Shipment s where s.id.number = 1 order by s.parcels"))
          .containsExactly("south", "north");
      assertThat(list(em, ShipmentKey.class, "select s.id from Shipment s where s.parcels = 2"))
          .extracting(ShipmentKey::getDepot).containsExactly("south");
      assertThat(em.find(Shipment.class, new ShipmentKey("south", 1)).getParcels()).isEqualTo(2);
    }
  }
}
