package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Address;
import org.memoryjpa.criteria.model.CriteriaModel;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.Payment;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.testing.Provider;

/**
 * The same Criteria code on memory-jpa's builder and on Hibernate 7's (the reference): the same
 * outcome — value, or exception type where the Javadoc names one. Differences that are deliberate
 * are asserted as such at the end, with the reason.
 */
class CriteriaHibernateParityTest extends CriteriaFixture {

  private static EntityManagerFactory hibernate;

  @BeforeAll
  static void startHibernate() {
    hibernate = Provider.HIBERNATE.create(CriteriaModel.CLASSES.toArray(Class<?>[]::new));
  }

  @AfterAll
  static void stopHibernate() {
    hibernate.close();
  }

  /** The outcome of a scenario: its value, or the kind of exception it threw. */
  private static Object outcome(CriteriaBuilder builder, Function<CriteriaBuilder, Object> scenario) {
    try {
      return scenario.apply(builder);
    } catch (IllegalStateException e) {
      return "IllegalStateException";
    } catch (IllegalArgumentException e) {
      return "IllegalArgumentException";
    }
  }

  private void same(Function<CriteriaBuilder, Object> scenario) {
    Object reference = outcome(hibernate.getCriteriaBuilder(), scenario);
    assertThat(outcome(cb, scenario)).as("memory-jpa vs Hibernate").isEqualTo(reference);
  }

  private static Root<Customer> customer(CriteriaBuilder cb) {
    return cb.createQuery(Customer.class).from(Customer.class);
  }

  @Test
  void exceptions_whereTheJavadocNamesThem() {
    same(cb -> customer(cb).get("nmae"));
    same(cb -> customer(cb).join("nmae"));
    same(cb -> customer(cb).get("name").get("length"));
    same(cb -> cb.createQuery(Payment.class).from(Payment.class).get("cardNumber"));
    same(cb -> cb.createQuery().from(Address.class));
    same(cb -> cb.createQuery().from(String.class));
    same(cb -> customer(cb).get("name").getCompoundSelectionItems());
    same(cb -> customer(cb).getCorrelationParent());
    same(cb -> cb.tuple(cb.tuple(cb.literal(1))));
    same(cb -> cb.construct(String.class, cb.tuple(cb.literal(1))));
    same(cb -> {
      CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
      Root<Customer> c = q.from(Customer.class);
      return q.multiselect(c.get("name").alias("a"), c.get("email").alias("a"));
    });
    same(cb -> cb.createQuery(Object[].class).multiselect(cb.tuple(cb.literal(1)), cb.literal(2)));
  }

  @Test
  void queryState_selectionRestrictionRootsAndParameters() {
    same(cb -> {
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      q.from(Customer.class);
      return q.getSelection() == null;
    });
    same(cb -> {
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      Predicate p = cb.equal(c.get("name"), "a");
      q.where(p);
      return q.getRestriction() == p;
    });
    same(cb -> {
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      q.where(cb.isNull(c.get("name")), cb.isNull(c.get("email")));
      return q.getRestriction().getOperator() + " " + q.getRestriction().getExpressions().size();
    });
    same(cb -> {
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      q.where(cb.isNull(c.get("name"))).where();
      return q.getRestriction() == null;
    });
    same(cb -> {
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      Subquery<Long> sq = q.subquery(Long.class);
      sq.correlate(c);
      return sq.getRoots().size() + " " + sq.getCorrelatedJoins().size();
    });
    same(cb -> {
      CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
      Root<Customer> c = q.from(Customer.class);
      Subquery<Long> sq = q.subquery(Long.class);
      Root<PurchaseOrder> o = sq.from(PurchaseOrder.class);
      sq.select(cb.count(o)).where(cb.equal(o.get("number"), cb.parameter(String.class, "x")));
      q.where(cb.exists(sq), cb.equal(c.get("name"), "literal"), cb.equal(c.get("email"), cb.parameter(String.class)));
      return q.getParameters().size();
    });
    same(cb -> cb.createQuery().getResultType().getName() + " " + cb.createTupleQuery().getResultType().getName());
    same(cb -> {
      CriteriaQuery<Object> q = cb.createQuery();
      Root<Customer> c = q.from(Customer.class);
      q.multiselect(c, c.get("name"));
      return q.getSelection().getJavaType().getName() + " " + q.getSelection().isCompoundSelection();
    });
  }

  @Test
  void joinsAndFetches() {
    same(cb -> {
      Root<Customer> c = customer(cb);
      c.fetch("orders");
      c.join("referrer", JoinType.LEFT);
      return c.getJoins().size() + " " + c.getFetches().size();
    });
    same(cb -> customer(cb).fetch("orders", JoinType.LEFT) instanceof Join);
    same(cb -> {
      Fetch<Customer, Object> fetch = customer(cb).fetch("referrer", JoinType.LEFT);
      return fetch.getJoinType() + " " + fetch.getAttribute().getName();
    });
    same(cb -> {
      Join<Customer, Object> o = customer(cb).join("orders");
      return o.getAttribute().getName() + " " + o.getJoinType() + " " + (o.getOn() == null);
    });
  }

  @Test
  void predicates_operatorsAndNegation() {
    same(cb -> {
      Predicate p = cb.isNull(customer(cb).get("name"));
      return p.getOperator() + " " + p.isNegated() + " " + p.not().isNegated() + " " + p.not().not().isNegated()
          + " " + p.getExpressions().size();
    });
    same(cb -> {
      Root<Customer> c = customer(cb);
      Predicate or = cb.or(cb.isNull(c.get("name")));
      return or.getOperator() + " " + or.getExpressions().size();
    });
    same(cb -> {
      Root<Customer> c = customer(cb);
      Predicate and = cb.and(cb.isNull(c.get("name")), cb.isNull(c.get("email")));
      return and.getOperator() + " " + and.getExpressions().size() + " " + and.not().isNegated();
    });
    same(cb -> cb.and().getOperator() + " " + cb.and().getExpressions().size());
  }

  @Test
  void selectionsAndOrders() {
    same(cb -> {
      Selection<String> name = customer(cb).get("name");
      name.alias("a");
      name.alias("b");
      return name.getAlias();
    });
    same(cb -> {
      Order order = cb.asc(customer(cb).get("name"), Nulls.LAST);
      Order reversed = order.reverse();
      return reversed.isAscending() + " " + order.getNullPrecedence();
    });
    same(cb -> cb.tuple(cb.literal(1), cb.literal("a")).getCompoundSelectionItems().size());
    same(cb -> cb.array(cb.literal(1)).getJavaType().getName());
    same(cb -> cb.literal("a").isCompoundSelection());
  }

  @Test
  void hibernatesMetamodelAttributes_resolveByDeclaringClassAndName() {
    jakarta.persistence.metamodel.EntityType<Customer> entity = hibernate.getMetamodel().entity(Customer.class);
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(entity);
    q.select(c.get(entity.getSingularAttribute("name", String.class)))
        .where(cb.isEmpty(c.get(entity.getList("orders", PurchaseOrder.class))));

    assertThat(jpql(q)).isEqualTo("SELECT c0.name FROM Customer c0 WHERE c0.orders IS EMPTY");
  }

  @Test
  void foreignCriteriaObjects_areRejected() {
    CriteriaBuilder reference = hibernate.getCriteriaBuilder();
    CriteriaQuery<Customer> foreign = reference.createQuery(Customer.class);
    Root<Customer> foreignRoot = foreign.from(Customer.class);

    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(foreign))
        .withMessageStartingWith("The CriteriaQuery was not created by memory-jpa's CriteriaBuilder (it is a 'org.hibernate");
    assertThatIllegalArgumentException().isThrownBy(() -> cb.isNull(foreignRoot.get("name")))
        .withMessageStartingWith("The Expression was not created by memory-jpa's CriteriaBuilder");
  }

  /**
   * Where memory-jpa differs on purpose: {@code literal(null)} throws as the Javadoc says (Hibernate
   * returns a null literal); a static metamodel attribute of another entity is rejected when the path is
   * made (Hibernate resolves it by name and fails later, or never); an empty IN list is FALSE
   * (Hibernate throws IndexOutOfBoundsException).
   */
  @Test
  void deliberateDifferences() {
    assertThat(outcome(hibernate.getCriteriaBuilder(), cb -> cb.literal(null))).isNotEqualTo("IllegalArgumentException");
    assertThat(outcome(cb, c -> c.literal(null))).isEqualTo("IllegalArgumentException");
    assertThat(outcome(cb, c -> customer(c).get("name").in(List.of()))).isNotNull();
  }
}
