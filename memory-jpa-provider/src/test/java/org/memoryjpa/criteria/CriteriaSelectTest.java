package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CollectionJoin;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.SetJoin;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Address_;
import org.memoryjpa.criteria.model.CriteriaModel;
import org.memoryjpa.criteria.model.CriteriaModel.CustomerSummary;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.Customer_;
import org.memoryjpa.criteria.model.OrderLine;
import org.memoryjpa.criteria.model.OrderLine_;
import org.memoryjpa.criteria.model.Product;
import org.memoryjpa.criteria.model.Product_;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.criteria.model.PurchaseOrder_;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation.ResultForm;

/** Select clauses, roots, joins, fetches, GROUP BY, HAVING and ORDER BY, and the result forms. */
class CriteriaSelectTest extends CriteriaFixture {

  @Test
  void select_root_isTheIdentificationVariable() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.select(c);

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0");
    CriteriaTranslation translation = cb.translate(q);
    assertThat(translation.resultForm()).isEqualTo(ResultForm.SINGLE);
    assertThat(translation.resultType()).isEqualTo(Customer.class);
    assertThat(translation.resultItems()).containsExactly(c);
    assertThat(translation.literalValues()).isEmpty();
    assertThat(translation.parameterNames()).isEmpty();
  }

  @Test
  void select_none_selectsTheOnlyRoot() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0");
    assertThat(q.getSelection()).isNull();
    assertThat(cb.translate(q).resultItems()).containsExactly(c);
  }

  @Test
  void select_noneWithTwoRoots_selectsBothAsAnArray() {
    CriteriaQuery<Object> q = cb.createQuery();
    q.from(Customer.class);
    q.from(Product.class);

    assertThat(jpql(q)).isEqualTo("SELECT c0, i1 FROM Customer c0, Item i1");
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.ARRAY);
  }

  @Test
  void from_entityWithOwnName_usesTheEntityName() {
    CriteriaQuery<Product> q = cb.createQuery(Product.class);
    q.from(Product.class);

    assertThat(jpql(q)).isEqualTo("SELECT i0 FROM Item i0");
  }

  @Test
  void from_entityType_resolvesThisUnitsEntity() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    q.from(METAMODEL.entity(Customer.class));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0");
  }

  @Test
  void select_paths_byNameAndByStaticMetamodel() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    q.multiselect(c.get("name"), c.get(Customer_.address).get(Address_.city), c.get("address").get("zip"),
        c.get(Customer_.referrer).get(Customer_.name), c.get("id"));

    assertThat(jpql(q)).isEqualTo(
        "SELECT c0.name, c0.address.city, c0.address.zip, c0.referrer.name, c0.id FROM Customer c0");
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.ARRAY);
  }

  @Test
  void select_distinct() {
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    q.select(c.get(Customer_.name)).distinct(true);

    assertThat(jpql(q)).isEqualTo("SELECT DISTINCT c0.name FROM Customer c0");
    assertThat(q.isDistinct()).isTrue();
  }

  @Test
  void multiselect_tupleQuery_isATupleWithAliases() {
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Customer> c = q.from(Customer.class);
    Selection<String> name = c.get(Customer_.name).alias("name");
    Selection<Long> count = cb.count(c).alias("order");
    q.multiselect(name, count).groupBy(c.get(Customer_.name));

    assertThat(jpql(q)).isEqualTo("SELECT c0.name AS name, COUNT(c0) AS order FROM Customer c0 GROUP BY c0.name");
    CriteriaTranslation translation = cb.translate(q);
    assertThat(translation.resultForm()).isEqualTo(ResultForm.TUPLE);
    assertThat(translation.resultItems()).containsExactly(name, count);
  }

  @Test
  void tuple_aliasJpqlCannotSpell_staysOutOfTheTreeButKeysTheTuple() {
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.tuple(c.get("name").alias("full name"), c.get("email").alias("from"), c.get("id")));

    assertThat(jpql(q)).isEqualTo("SELECT c0.name, c0.email, c0.id FROM Customer c0");
    assertThat(cb.translate(q).resultItems()).extracting(Selection::getAlias)
        .containsExactly("full name", "from", null);
  }

  @Test
  void tupleQuery_singleSelection_isATupleOfOne() {
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.tuple(c));
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.TUPLE);

    CriteriaQuery<Tuple> unselected = cb.createTupleQuery();
    unselected.from(Customer.class);
    assertThat(jpql(unselected)).isEqualTo("SELECT c0 FROM Customer c0");
    assertThat(cb.translate(unselected).resultForm()).isEqualTo(ResultForm.TUPLE);
  }

  @Test
  void multiselect_userClass_isAConstructorExpressionWithTheBinaryName() {
    CriteriaQuery<CustomerSummary> q = cb.createQuery(CustomerSummary.class);
    Root<Customer> c = q.from(Customer.class);
    Join<Customer, PurchaseOrder> o = c.join(Customer_.orders, JoinType.LEFT);
    q.multiselect(c.get(Customer_.name), cb.count(o)).groupBy(c.get(Customer_.name));

    assertThat(jpql(q)).isEqualTo("SELECT NEW org.memoryjpa.criteria.model.CriteriaModel$CustomerSummary(c0.name,"
        + " COUNT(o1)) FROM Customer c0 LEFT JOIN c0.orders o1 GROUP BY c0.name");
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.SINGLE);
  }

  @Test
  void construct_insideATuple_isOneSelectItem() {
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.tuple(c.get("id").alias("id"),
        cb.construct(CustomerSummary.class, c.get("name"), cb.literal(0L)).alias("summary")));

    assertThat(jpql(q)).isEqualTo("SELECT c0.id AS id, NEW org.memoryjpa.criteria.model.CriteriaModel$CustomerSummary("
        + "c0.name, 0L) AS summary FROM Customer c0");
  }

  @Test
  void multiselect_singleItemOfTheResultType_isTheItem() {
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Customer> c = q.from(Customer.class);
    q.multiselect(cb.count(c));

    assertThat(jpql(q)).isEqualTo("SELECT COUNT(c0) FROM Customer c0");
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.SINGLE);
  }

  @Test
  void multiselect_objectQuery_oneItemIsSingleSeveralAreAnArray() {
    CriteriaQuery<Object> one = cb.createQuery();
    Root<Customer> c = one.from(Customer.class);
    one.multiselect(c.get("name"));
    assertThat(cb.translate(one).resultForm()).isEqualTo(ResultForm.SINGLE);

    CriteriaQuery<Object> two = cb.createQuery();
    Root<Customer> d = two.from(Customer.class);
    two.multiselect(d.get("name"), d.get("email"));
    assertThat(cb.translate(two).resultForm()).isEqualTo(ResultForm.ARRAY);
    assertThat(two.getSelection().getJavaType()).isEqualTo(Object[].class);
    assertThat(two.getSelection().isCompoundSelection()).isTrue();
  }

  @Test
  void array_selectsItems() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.array(c.get("name"), c.get("email")));

    assertThat(jpql(q)).isEqualTo("SELECT c0.name, c0.email FROM Customer c0");
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.ARRAY);
  }

  @Test
  void arrayQuery_singleNonArraySelection_isAnArrayOfOne() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.array(c));
    assertThat(cb.translate(q).resultForm()).isEqualTo(ResultForm.ARRAY);
  }

  // ------------------------------------------------------------------------------------------ joins

  @Test
  void join_byNameAndType_innerAndLeft() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Join<Customer, PurchaseOrder> o = c.join("orders");
    Join<PurchaseOrder, OrderLine> l = o.join("lines", JoinType.LEFT);
    Join<OrderLine, Product> p = l.join(OrderLine_.product, JoinType.LEFT);
    Join<Customer, Customer> r = c.join(Customer_.referrer, JoinType.LEFT);
    q.select(c).where(cb.equal(p.get("name"), "pen"), cb.isNull(r.get("name")));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 JOIN c0.orders o1 LEFT JOIN o1.lines l2 LEFT JOIN"
        + " l2.product p3 LEFT JOIN c0.referrer r4 WHERE (p3.name = 'pen' AND r4.name IS NULL)");
    assertThat(c.getJoins()).containsExactly(o, r);
    assertThat(o.getParent()).isSameAs(c);
    assertThat(o.getAttribute()).isSameAs(METAMODEL.entity(Customer.class).getAttribute("orders"));
    assertThat(l.getJoinType()).isEqualTo(JoinType.LEFT);
  }

  @Test
  void join_pluralKinds_listSetMapCollection() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    SetJoin<Customer, String> tag = c.joinSet("tags");
    MapJoin<Customer, String, String> attribute = c.joinMap("attributes", JoinType.LEFT);
    ListJoin<Customer, PurchaseOrder> order = c.join(Customer_.orders);
    ListJoin<PurchaseOrder, OrderLine> line = order.joinList("lines");
    q.multiselect(tag, attribute.key(), attribute.value(), attribute.entry(), order, line.index(), line);

    assertThat(jpql(q)).isEqualTo("SELECT t1, KEY(a2), VALUE(a2), ENTRY(a2), o3, INDEX(l4), l4 FROM Customer c0"
        + " JOIN c0.tags t1 LEFT JOIN c0.attributes a2 JOIN c0.orders o3 JOIN o3.lines l4");
    assertThat(attribute.getModel().getName()).isEqualTo("attributes");
    assertThat(line.getModel().getName()).isEqualTo("lines");
  }

  @Test
  void joinCollection_ofABag_byNameAndByAttribute() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Product> p = q.from(Product.class);
    CollectionJoin<Product, String> byName = p.joinCollection("aliases", JoinType.LEFT);
    CollectionJoin<Product, String> byAttribute = p.join(Product_.aliases).on(cb.like(p.get(Product_.name), "A%"));
    CollectionJoin<Product, String> plain = p.joinCollection("aliases");
    q.multiselect(byName, byAttribute, plain);

    assertThat(jpql(q)).isEqualTo("SELECT a1, a2, a3 FROM Item i0 LEFT JOIN i0.aliases a1 JOIN i0.aliases a2 ON i0.name"
        + " LIKE 'A%' JOIN i0.aliases a3");
    assertThat(byAttribute.getModel().getName()).isEqualTo("aliases");
  }

  @Test
  void joinCollection_ofABag_andPathOfAnElementCollection() {
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(Customer.class);
    Expression<java.util.Set<String>> tags = c.get(Customer_.tags);
    q.select(c.get("name")).where(cb.isNotEmpty(tags));

    assertThat(jpql(q)).isEqualTo("SELECT c0.name FROM Customer c0 WHERE c0.tags IS NOT EMPTY");
  }

  @Test
  void join_on_restrictsTheJoin() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Join<Customer, PurchaseOrder> o = c.join(Customer_.orders, JoinType.LEFT);
    o.on(cb.greaterThan(o.get(PurchaseOrder_.total), java.math.BigDecimal.TEN), cb.isNotNull(o.get("number")));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 LEFT JOIN c0.orders o1 ON (o1.total >"
        + " :__criteria_literal_0 AND o1.number IS NOT NULL)");
    assertThat(cb.translate(q).literalValues()).containsEntry("__criteria_literal_0", java.math.BigDecimal.TEN);
    assertThat(o.getOn().getExpressions()).hasSize(2);
  }

  @Test
  void join_entity_isAnEntityJoinWithOn() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    Join<Customer, Product> p = c.join(Product.class, JoinType.LEFT);
    p.on(cb.equal(p.get("name"), c.get("name")));
    q.multiselect(c, p);

    assertThat(jpql(q)).isEqualTo("SELECT c0, i1 FROM Customer c0 LEFT JOIN Item i1 ON i1.name = c0.name");
    assertThat(p.getAttribute()).isNull();
    assertThat(p.getModel()).isSameAs(METAMODEL.entity(Product.class));
  }

  @Test
  void fetch_nestedFetches_aliasOnlyWhereNeeded() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Fetch<Customer, PurchaseOrder> orders = c.fetch(Customer_.orders, JoinType.LEFT);
    orders.fetch(PurchaseOrder_.lines, JoinType.LEFT);
    c.fetch("referrer", JoinType.LEFT);

    assertThat(jpql(q)).isEqualTo(
        "SELECT c0 FROM Customer c0 LEFT JOIN FETCH c0.orders o1 LEFT JOIN FETCH o1.lines LEFT JOIN FETCH c0.referrer");
    assertThat(c.getFetches()).hasSize(2);
    assertThat(c.getJoins()).isEmpty();
  }

  @Test
  void fetch_usedAsAJoin_getsAnAlias() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    @SuppressWarnings("unchecked")
    Join<Customer, PurchaseOrder> orders = (Join<Customer, PurchaseOrder>) c.fetch(Customer_.orders);
    q.where(cb.equal(orders.get("number"), "A-1"));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 JOIN FETCH c0.orders o1 WHERE o1.number = 'A-1'");
  }

  @Test
  void treat_rootJoinAndPath() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<org.memoryjpa.criteria.model.Payment> p = q.from(org.memoryjpa.criteria.model.Payment.class);
    Root<org.memoryjpa.criteria.model.CardPayment> card =
        cb.treat(p, org.memoryjpa.criteria.model.CardPayment.class);
    Join<org.memoryjpa.criteria.model.Payment, PurchaseOrder> o = p.join("purchaseOrder");
    Path<Customer> customer = cb.treat(o.get("customer"), Customer.class);
    q.multiselect(card.get("cardNumber"), customer.get("name"), card)
        .where(cb.equal(p.type(), org.memoryjpa.criteria.model.CardPayment.class));

    assertThat(jpql(q)).isEqualTo("SELECT TREAT(p0 AS CardPayment).cardNumber, TREAT(p1.customer AS Customer).name,"
        + " TREAT(p0 AS CardPayment) FROM Payment p0 JOIN p0.purchaseOrder p1 WHERE TYPE(p0) = :__criteria_literal_0");
    assertThat(cb.translate(q).literalValues())
        .containsEntry("__criteria_literal_0", org.memoryjpa.criteria.model.CardPayment.class);
  }

  @Test
  void treat_join_isATreatedVariable() {
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<PurchaseOrder> o = q.from(PurchaseOrder.class);
    Join<PurchaseOrder, Customer> c = o.join("customer");
    q.select(cb.treat(c, Customer.class).get(Customer_.email));

    assertThat(jpql(q)).isEqualTo("SELECT TREAT(c1 AS Customer).email FROM PurchaseOrder p0 JOIN p0.customer c1");
  }

  // ------------------------------------------------------------------------- group, having, order

  @Test
  void groupByHavingOrderBy() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    Expression<Long> count = cb.count(c);
    q.multiselect(c.get("status"), count)
        .groupBy(c.get("status"), c.get("active"))
        .having(cb.gt(count, 1))
        .orderBy(cb.desc(count), cb.asc(c.get("status"), Nulls.FIRST));

    assertThat(jpql(q)).isEqualTo("SELECT c0.status, COUNT(c0) FROM Customer c0 GROUP BY c0.status, c0.active"
        + " HAVING COUNT(c0) > 1 ORDER BY COUNT(c0) DESC, c0.status NULLS FIRST");
    assertThat(q.getGroupList()).hasSize(2);
    assertThat(q.getGroupRestriction()).isNotNull();
    assertThat(q.getOrderList()).hasSize(2);
  }

  @Test
  void orderBy_nullsAndReverse() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Order byName = cb.asc(c.get("name"), Nulls.LAST);
    q.orderBy(byName, byName.reverse(), cb.desc(c.get("email"), Nulls.NONE), cb.asc(cb.lower(c.get("email"))));

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 ORDER BY c0.name NULLS LAST, c0.name DESC NULLS LAST,"
        + " c0.email DESC, LOWER(c0.email)");
    assertThat(byName.getExpression()).isSameAs(byName.reverse().getExpression());
    assertThat(byName.reverse().isAscending()).isFalse();
    assertThat(byName.reverse().getNullPrecedence()).isEqualTo(Nulls.LAST);
  }

  @Test
  void orderBy_emptyList_clearsTheOrder() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.orderBy(cb.asc(c.get("name")));
    q.orderBy(List.of());

    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0");
  }

  @Test
  void getters_reportWhatWasSet() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Root<Product> p = q.from(Product.class);
    q.select(c).where(cb.equal(c.get("name"), p.get("name")));

    assertThat(q.getRoots()).containsExactly(c, p);
    assertThat(q.getSelection()).isSameAs(c);
    assertThat(q.getResultType()).isEqualTo(Customer.class);
    assertThat(q.getRestriction()).isNotNull();
    assertThat(c.getModel()).isSameAs(METAMODEL.entity(Customer.class));
    assertThat(c.getJavaType()).isEqualTo(Customer.class);
    assertThat(c.get("name").getParentPath()).isSameAs(c);
    assertThat(c.get(Customer_.name).getModel()).isSameAs(METAMODEL.entity(Customer.class).getAttribute("name"));
    assertThat(cb.createQuery().getResultType()).isEqualTo(Object.class);
    assertThat(cb.createTupleQuery().getResultType()).isEqualTo(Tuple.class);
  }

  @Test
  void metamodelAttributes_ofAnotherFactory_resolveByDeclaringClassAndName() {
    MemoryMetamodel other = new MemoryMetamodel(MetadataReader.read(CriteriaModel.CLASSES));
    SingularAttribute<? super Customer, String> foreignName =
        other.entity(Customer.class).getSingularAttribute("name", String.class);
    SingularAttribute<? super Customer, ?> foreignId = other.entity(Customer.class).getId(Long.class);
    CriteriaQuery<String> q = cb.createQuery(String.class);
    Root<Customer> c = q.from(other.entity(Customer.class));
    q.select(c.get(foreignName)).where(cb.isNotNull(c.get(foreignId)));

    assertThat(jpql(q)).isEqualTo("SELECT c0.name FROM Customer c0 WHERE c0.id IS NOT NULL");
    assertThat(c.get(foreignName).getModel()).isSameAs(METAMODEL.entity(Customer.class).getAttribute("name"));
    assertThat(c.getModel()).isSameAs(METAMODEL.entity(Customer.class));
  }
}
