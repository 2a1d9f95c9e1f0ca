package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.CustomerStatus;
import org.memoryjpa.criteria.model.Customer_;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;

/** Criteria bulk updates and deletes. */
class CriteriaUpdateDeleteTest extends CriteriaFixture {

  @Test
  void update_everySetForm() {
    ParameterExpression<String> email = cb.parameter(String.class, "email");
    CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
    Root<Customer> c = u.from(Customer.class);
    Expression<Integer> points = c.get(Customer_.loyaltyPoints);
    u.set(Customer_.name, "Ann")
        .set(Customer_.status, CustomerStatus.GOLD)
        .set(c.get(Customer_.loyaltyPoints), (Expression<Integer>) cb.sum(points, 10))
        .set(c.get(Customer_.active), true)
        .set(Customer_.email, email)
        .set("balance", null)
        .set(c.get("address").<String>get("city"), c.get("address").<String>get("zip"))
        .where(cb.isNull(c.get(Customer_.email)));

    CriteriaTranslation translation = cb.translate(u);
    assertThat(roundTrip(translation)).isEqualTo("UPDATE Customer c0 SET c0.name = 'Ann', c0.status ="
        + " :__criteria_literal_0, c0.loyaltyPoints = (c0.loyaltyPoints + 10), c0.active = TRUE, c0.email = :email,"
        + " c0.balance = NULL, c0.address.city = c0.address.zip WHERE c0.email IS NULL");
    assertThat(translation.literalValues()).containsExactly(Map.entry("__criteria_literal_0", CustomerStatus.GOLD));
    assertThat(translation.parameterNames()).containsExactly(Map.entry(email, "email"));
    assertThat(translation.isSelect()).isFalse();
    assertThat(translation.resultType()).isNull();
    assertThat(translation.resultItems()).isEmpty();
    assertThat(u.getRoot()).isSameAs(c);
    assertThat(u.getParameters()).containsExactly(email);
  }

  @Test
  void update_withSubqueryInWhere() {
    CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
    Root<Customer> c = u.from(Customer.class);
    Subquery<Long> sq = u.subquery(Long.class);
    Root<PurchaseOrder> o = sq.from(PurchaseOrder.class);
    sq.select(cb.count(o)).where(cb.equal(o.get("customer"), c));
    u.set(Customer_.status, CustomerStatus.REGULAR).where(cb.gt(sq, 5L), cb.isTrue(c.get(Customer_.active)));

    assertThat(jpql(u)).isEqualTo("UPDATE Customer c0 SET c0.status = :__criteria_literal_0 WHERE ((SELECT COUNT(p1)"
        + " FROM PurchaseOrder p1 WHERE p1.customer = c0) > 5L AND c0.active = TRUE)");
    assertThat(sq.getContainingQuery()).isSameAs(u);
  }

  @Test
  void update_fromReturnsTheRootMadeAtCreation() {
    CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
    u.set("name", "x");
    Root<Customer> c = u.from(METAMODEL.entity(Customer.class));
    assertThat(u.getRoot()).isSameAs(c);
    assertThat(jpql(u)).isEqualTo("UPDATE Customer c0 SET c0.name = 'x'");
  }

  @Test
  void delete_withAndWithoutWhere() {
    CriteriaDelete<Customer> d = cb.createCriteriaDelete(Customer.class);
    Root<Customer> c = d.from(Customer.class);
    assertThat(jpql(d)).isEqualTo("DELETE FROM Customer c0");

    d.where(cb.equal(c.get(Customer_.status), CustomerStatus.NEW), cb.isEmpty(c.get(Customer_.orders)));
    CriteriaTranslation translation = cb.translate(d);
    assertThat(roundTrip(translation)).isEqualTo(
        "DELETE FROM Customer c0 WHERE (c0.status = :__criteria_literal_0 AND c0.orders IS EMPTY)");
    assertThat(d.getRoot()).isSameAs(c);
    assertThat(d.getRestriction()).isNotNull();

    d.where((Expression<Boolean>) null);
    assertThat(jpql(d)).isEqualTo("DELETE FROM Customer c0");
  }

  @Test
  void delete_withCorrelatedSubquery() {
    CriteriaDelete<PurchaseOrder> d = cb.createCriteriaDelete(PurchaseOrder.class);
    Root<PurchaseOrder> o = d.from(PurchaseOrder.class);
    Subquery<Integer> sq = d.subquery(Integer.class);
    Root<PurchaseOrder> correlated = sq.correlate(o);
    sq.select(cb.literal(1)).where(cb.isNotNull(correlated.join("lines").get("product")));
    d.where(cb.not(cb.exists(sq)));

    assertThat(jpql(d)).isEqualTo(
        "DELETE FROM PurchaseOrder p0 WHERE NOT (EXISTS (SELECT 1 FROM p0.lines l1 WHERE l1.product IS NOT NULL))");
  }
}
