package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaSelect;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.Customer_;
import org.memoryjpa.criteria.model.OrderLine;
import org.memoryjpa.criteria.model.Product;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.criteria.model.PurchaseOrder_;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation.ResultForm;

/** Subqueries (plain, correlated, quantified, in IN and EXISTS) and the set operations of 3.2. */
class CriteriaSubqueryTest extends CriteriaFixture {

  @Test
  void exists_uncorrelatedSubqueryReferringToTheOuterRoot() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<PurchaseOrder> sq = q.subquery(PurchaseOrder.class);
    Root<PurchaseOrder> o = sq.from(PurchaseOrder.class);
    sq.select(o).where(cb.equal(o.get(PurchaseOrder_.customer), c), cb.gt(o.get(PurchaseOrder_.quantity), 10));
    q.where(cb.exists(sq));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE EXISTS (SELECT p1 FROM PurchaseOrder p1 WHERE"
        + " (p1.customer = c0 AND p1.quantity > 10))");
    assertThat(sq.getParent()).isSameAs(q);
    assertThat(sq.getContainingQuery()).isSameAs(q);
    assertThat(sq.getRoots()).containsExactly(o);
  }

  @Test
  void exists_subqueryWithoutSelection_selectsItsRoot() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<PurchaseOrder> sq = q.subquery(PurchaseOrder.class);
    Root<PurchaseOrder> o = sq.from(PurchaseOrder.class);
    sq.where(cb.equal(o.get("customer"), c));
    q.where(cb.not(cb.exists(sq)));

    assertThat(jpql(q)).isEqualTo(
        "SELECT c0 FROM Customer c0 WHERE NOT (EXISTS (SELECT p1 FROM PurchaseOrder p1 WHERE p1.customer = c0))");
    assertThat(sq.getSelection()).isNull();
  }

  @Test
  void correlate_root_joinsBecomeDerivedDeclarations() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<Long> sq = q.subquery(Long.class);
    Root<Customer> correlated = sq.correlate(c);
    ListJoin<Customer, PurchaseOrder> o = correlated.join(Customer_.orders);
    Join<PurchaseOrder, OrderLine> l = o.join("lines");
    sq.select(cb.count(l)).where(cb.gt(o.get("quantity"), 1));
    q.where(cb.gt(sq, 2L));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (SELECT COUNT(l2) FROM c0.orders o1 JOIN o1.lines"
        + " l2 WHERE o1.quantity > 1) > 2L");
    assertThat(correlated.isCorrelated()).isTrue();
    assertThat(correlated.getCorrelationParent()).isSameAs(c);
    assertThat(sq.getRoots()).containsExactly(correlated);
    assertThat(sq.getCorrelatedJoins()).isEmpty();
  }

  @Test
  void correlate_join_usesTheOuterVariable() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    ListJoin<Customer, PurchaseOrder> o = c.join(Customer_.orders);
    Subquery<Integer> sq = q.subquery(Integer.class);
    ListJoin<Customer, PurchaseOrder> correlated = sq.correlate(o);
    Join<PurchaseOrder, OrderLine> l = correlated.join("lines");
    sq.select(cb.max(l.get("quantity")));
    q.where(cb.ge(o.get(PurchaseOrder_.quantity), sq));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 JOIN c0.orders o1 WHERE o1.quantity >= (SELECT"
        + " MAX(l2.quantity) FROM o1.lines l2)");
    assertThat(sq.getCorrelatedJoins()).containsExactly(correlated);
    assertThat(correlated.getCorrelationParent()).isSameAs(o);
  }

  @Test
  void correlate_only_rangesOverTheCorrelatedEntity() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<Integer> sq = q.subquery(Integer.class);
    Root<Customer> correlated = sq.correlate(c);
    sq.select(correlated.get(Customer_.loyaltyPoints));
    q.where(cb.gt(sq, 3));

    assertThat(jpql(q)).isEqualTo(
        "SELECT c0 FROM Customer c0 WHERE (SELECT c0.loyaltyPoints FROM Customer c1 WHERE c1 = c0) > 3");
  }

  @Test
  void quantified_allAnySome() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<Integer> sq = q.subquery(Integer.class);
    Root<Customer> other = sq.from(Customer.class);
    sq.select(other.get(Customer_.loyaltyPoints)).where(cb.notEqual(other, c));
    q.where(cb.ge(c.get(Customer_.loyaltyPoints), cb.all(sq)), cb.lt(c.get(Customer_.loyaltyPoints), cb.any(sq)),
        cb.equal(c.get(Customer_.loyaltyPoints), cb.some(sq)));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (c0.loyaltyPoints >= ALL (SELECT c1.loyaltyPoints"
        + " FROM Customer c1 WHERE c1 <> c0) AND c0.loyaltyPoints < ANY (SELECT c1.loyaltyPoints FROM Customer c1 WHERE"
        + " c1 <> c0) AND c0.loyaltyPoints = SOME (SELECT c1.loyaltyPoints FROM Customer c1 WHERE c1 <> c0))");
  }

  @Test
  void in_subquery_withDistinctGroupByAndHaving() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<Long> sq = q.subquery(Long.class);
    Root<PurchaseOrder> o = sq.from(PurchaseOrder.class);
    sq.select(o.get(PurchaseOrder_.customer).get("id")).distinct(true).groupBy(o.get(PurchaseOrder_.customer))
        .having(cb.gt(cb.count(o), 3L));
    q.where(c.get("id").in(sq));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.id IN (SELECT DISTINCT p1.customer.id FROM"
        + " PurchaseOrder p1 GROUP BY p1.customer HAVING COUNT(p1) > 3L)");
    assertThat(sq.isDistinct()).isTrue();
    assertThat(sq.getGroupList()).hasSize(1);
    assertThat(sq.getGroupRestriction()).isNotNull();
    assertThat(sq.getResultType()).isEqualTo(Long.class);
  }

  @Test
  void subquery_asASelectItemWithParameters() {
    ParameterExpression<BigDecimal> minimum = cb.parameter(BigDecimal.class, "minimum");
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<BigDecimal> sq = q.subquery(BigDecimal.class);
    Root<PurchaseOrder> o = sq.from(PurchaseOrder.class);
    sq.select(cb.sum(o.get(PurchaseOrder_.total)))
        .where(cb.equal(o.get(PurchaseOrder_.customer), c), cb.ge(o.get(PurchaseOrder_.total), minimum));
    q.multiselect(c.get("name"), sq);

    CriteriaTranslation translation = cb.translate(q);
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0.name, (SELECT SUM(p1.total) FROM PurchaseOrder p1 WHERE"
        + " (p1.customer = c0 AND p1.total >= :minimum)) FROM Customer c0");
    assertThat(q.getParameters()).containsExactly(minimum);
    assertThat(sq.getParameters()).containsExactly(minimum);
  }

  @Test
  void nestedSubqueries_resolveRootsOfEveryEnclosingQuery() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<PurchaseOrder> orders = q.subquery(PurchaseOrder.class);
    Root<PurchaseOrder> o = orders.from(PurchaseOrder.class);
    Subquery<OrderLine> lines = orders.subquery(OrderLine.class);
    Root<OrderLine> l = lines.from(OrderLine.class);
    lines.select(l).where(cb.equal(l.get("product").get("name"), c.get("name")), cb.isMember((jakarta.persistence.criteria.Expression<OrderLine>) l, o.get(PurchaseOrder_.lines)));
    orders.select(o).where(cb.equal(o.get("customer"), c), cb.exists(lines));
    q.where(cb.exists(orders));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE EXISTS (SELECT p1 FROM PurchaseOrder p1 WHERE"
        + " (p1.customer = c0 AND EXISTS (SELECT o2 FROM OrderLine o2 WHERE (o2.product.name = c0.name AND o2 MEMBER"
        + " OF p1.lines))))");
    assertThat(lines.getParent()).isSameAs(orders);
    assertThat(lines.getContainingQuery()).isSameAs(q);
  }

  // ----------------------------------------------------------------------------------- set operations

  private CriteriaQuery<String> names(Class<?> entity) {
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<?> root = q.from(entity);
    q.select(root.get("name"));
    return q;
  }

  @Test
  void setOperations_everyOperatorWithAndWithoutAll() {
    assertThat(jpql(cb.union(names(Customer.class), names(Product.class))))
        .isEqualTo("SELECT c0.name FROM Customer c0 UNION SELECT i1.name FROM Item i1");
    assertThat(jpql(cb.unionAll(names(Customer.class), names(Product.class))))
        .isEqualTo("SELECT c0.name FROM Customer c0 UNION ALL SELECT i1.name FROM Item i1");
    assertThat(jpql(cb.intersect(names(Customer.class), names(Product.class))))
        .isEqualTo("SELECT c0.name FROM Customer c0 INTERSECT SELECT i1.name FROM Item i1");
    assertThat(jpql(cb.intersectAll(names(Customer.class), names(Product.class))))
        .isEqualTo("SELECT c0.name FROM Customer c0 INTERSECT ALL SELECT i1.name FROM Item i1");
    assertThat(jpql(cb.except(names(Customer.class), names(Product.class))))
        .isEqualTo("SELECT c0.name FROM Customer c0 EXCEPT SELECT i1.name FROM Item i1");
    assertThat(jpql(cb.exceptAll(names(Customer.class), names(Product.class))))
        .isEqualTo("SELECT c0.name FROM Customer c0 EXCEPT ALL SELECT i1.name FROM Item i1");
  }

  @Test
  void setOperation_nestedAndOrderedOperands_resultFromTheLeftmostQuery() {
    CriteriaQuery<String> ordered = names(Customer.class);
    ordered.orderBy(cb.asc(ordered.getRoots().iterator().next().get("name")));
    CriteriaSelect<String> union = cb.union(names(Product.class), ordered);
    CriteriaSelect<String> except = cb.except(union, names(Customer.class));

    CriteriaTranslation translation = cb.translate(except);
    assertThat(roundTrip(translation)).isEqualTo("(SELECT i0.name FROM Item i0 UNION (SELECT c1.name FROM Customer c1"
        + " ORDER BY c1.name)) EXCEPT SELECT c2.name FROM Customer c2");
    assertThat(translation.resultType()).isEqualTo(String.class);
    assertThat(translation.resultForm()).isEqualTo(ResultForm.SINGLE);
    assertThat(translation.isSelect()).isTrue();
  }

  @Test
  void setOperation_translateOfASingleQuery_isTheQuery() {
    CriteriaSelect<String> select = names(Customer.class);
    assertThat(jpql(select)).isEqualTo("SELECT c0.name FROM Customer c0");
  }

  @Test
  void setOperation_literalsAndParametersShareTheSideTables() {
    ParameterExpression<String> prefix = cb.parameter(String.class, "prefix");
    CriteriaQuery<String> first = names(Customer.class);
    first.where(cb.like(first.getRoots().iterator().next().get("name"), prefix));
    CriteriaQuery<String> second = names(Product.class);
    second.where(cb.gt(second.getRoots().iterator().next().get("weight"), BigDecimal.ONE));

    CriteriaTranslation translation = cb.translate(cb.union(first, second));
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0.name FROM Customer c0 WHERE c0.name LIKE :prefix UNION"
        + " SELECT i1.name FROM Item i1 WHERE i1.weight > :__criteria_literal_0");
    assertThat(translation.parameterNames()).containsOnlyKeys(prefix);
    assertThat(translation.literalValues()).containsOnlyKeys("__criteria_literal_0");
  }
}
