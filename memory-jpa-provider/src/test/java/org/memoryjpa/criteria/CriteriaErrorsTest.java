package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Address;
import org.memoryjpa.criteria.model.CardPayment;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.Customer_;
import org.memoryjpa.criteria.model.Payment;
import org.memoryjpa.criteria.model.Product;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.criteria.model.PurchaseOrder_;

/**
 * Wrong use of the Criteria API: the exception the Javadoc names, thrown where the mistake is made
 * (or, for an incomplete query, when it is translated), with a message that names the attribute or
 * expression and says what to do.
 */
class CriteriaErrorsTest extends CriteriaFixture {

  private Root<Customer> customer() {
    return cb.createQuery(Customer.class).from(Customer.class);
  }

  @Test
  void get_unknownAttribute_namesTypeAndSuggests() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().get("nmae"))
        .withMessage("Unknown attribute 'nmae' of entity 'Customer'; did you mean 'name'?");
  }

  @Test
  void get_unknownAttributeOfAnEmbeddable_namesThePath() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().get("address").get("cty"))
        .withMessage("Unknown attribute 'cty' of embeddable 'Address' (path 'Customer.address'); did you mean 'city'?");
  }

  @Test
  void get_attributeOfASubtype_advisesTreat() {
    Root<Payment> payment = cb.createQuery(Payment.class).from(Payment.class);
    assertThatIllegalArgumentException().isThrownBy(() -> payment.get("cardNumber"))
        .withMessage("Unknown attribute 'cardNumber' of entity 'Payment'; it is an attribute of the subtype"
            + " 'CardPayment': treat the path first, cb.treat(path, CardPayment.class).get(\"cardNumber\")");
  }

  @Test
  void get_ofABasicPath_isIllegalState() {
    assertThatIllegalStateException().isThrownBy(() -> customer().get("name").get("length"))
        .withMessage("Cannot get attribute 'length' of basic path 'Customer.name' of type 'String'; only entity and"
            + " embeddable paths have attributes");
  }

  @Test
  void get_throughACollection_advisesAJoin() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().get("orders").get("number"))
        .withMessage("Cannot get attribute 'number' of collection-valued path 'Customer.orders'; join the collection"
            + " and get the attribute of the join: join(\"orders\").get(\"number\")");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void get_staticMetamodelAttributeOfAnotherEntity() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> customer().get((SingularAttribute) PurchaseOrder_.number))
        .withMessage("Attribute 'number' of entity 'PurchaseOrder' is not an attribute of entity 'Customer'");
  }

  @Test
  void get_nullAttribute_explainsTheStaticMetamodel() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().get((SingularAttribute<Customer, String>) null))
        .withMessageStartingWith("The attribute is null; a static metamodel field (Customer_.name) stays null");
  }

  @Test
  void join_unknownBasicWrongKindAndRight() {
    assertThatIllegalArgumentException().isThrownBy(() -> customer().join("ordrs"))
        .withMessage("Unknown attribute 'ordrs' of entity 'Customer'; did you mean 'orders'?");
    assertThatIllegalArgumentException().isThrownBy(() -> customer().join("name"))
        .withMessage("Attribute 'name' of entity 'Customer' is basic and cannot be joined; only associations,"
            + " embeddables and collections can: use get(\"name\")");
    assertThatIllegalArgumentException().isThrownBy(() -> customer().joinSet("orders"))
        .withMessage("Attribute 'orders' of entity 'Customer' is not a SetAttribute; join it with joinList(\"orders\")");
    assertThatIllegalArgumentException().isThrownBy(() -> customer().join(Customer_.orders, JoinType.RIGHT))
        .withMessage("RIGHT join of 'orders' is not supported: JPQL has no RIGHT JOIN; start the query from the other"
            + " side and use JoinType.LEFT");
    assertThatIllegalArgumentException().isThrownBy(() -> customer().fetch("name"))
        .withMessageStartingWith("Attribute 'name' of entity 'Customer' is basic and cannot be fetched");
  }

  @Test
  void from_notAnEntity_usesTheMetamodelsMessage() {
    assertThatIllegalArgumentException().isThrownBy(() -> cb.createQuery().from(Address.class))
        .withMessage("Not an entity: '" + Address.class.getName() + "' is embeddable 'Address'; use"
            + " embeddable(Address.class)");
    assertThatIllegalArgumentException().isThrownBy(() -> cb.createCriteriaDelete(String.class))
        .withMessageStartingWith("Not an entity: 'java.lang.String' is not a managed class of this persistence unit");
  }

  @Test
  void treat_notASubtype() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Root<Object> root = (Root) customer();
    assertThatIllegalArgumentException().isThrownBy(() -> cb.treat(root, Product.class))
        .withMessage("Cannot treat 'Customer' as entity 'Item': it is not a subtype of 'Customer'");
  }

  @Test
  void literal_null_asTheJavadocSays() {
    assertThatIllegalArgumentException().isThrownBy(() -> cb.literal(null))
        .withMessage("The literal value is null; use nullLiteral(type) for a null literal");
  }

  @Test
  void compoundSelections_cannotNestTuplesOrArrays() {
    Root<Customer> c = customer();
    assertThatIllegalArgumentException().isThrownBy(() -> cb.tuple(cb.tuple(c), c.get("name")))
        .withMessage("An item of tuple(...) is a tuple selection; tuple and array selections cannot be nested: pass"
            + " their items instead");
    assertThatIllegalArgumentException().isThrownBy(() -> cb.construct(String.class, cb.array(c)))
        .withMessageStartingWith("An item of construct(...) is a array selection");
    assertThatIllegalArgumentException().isThrownBy(() -> cb.createQuery(Object[].class).multiselect(cb.tuple(c)))
        .withMessageStartingWith("multiselect item 1 is a tuple selection");
  }

  @Test
  void aliases_mustBeDistinct_whenSelectedAndWhenTranslated() {
    CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
    Root<Customer> c = q.from(Customer.class);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> q.multiselect(c.get("name").alias("a"), c.get("email").alias("a")))
        .withMessage("Two selection items have the alias 'a'; give each item its own alias");

    Selection<String> name = c.get("name");
    Selection<String> email = c.get("email");
    q.select(cb.array(name, email));
    email.alias("x");
    name.alias("x");
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("Two selection items have the alias 'x'; give each item its own alias");
  }

  @Test
  void compoundItems_ofASimpleSelection_isIllegalState() {
    assertThatIllegalStateException().isThrownBy(() -> customer().get("name").getCompoundSelectionItems())
        .withMessage("Not a compound selection: 'Customer.name' has no selection items; only construct, tuple and"
            + " array selections have");
  }

  @Test
  void correlationParent_ofAnUncorrelatedFrom_isIllegalState() {
    assertThatIllegalStateException().isThrownBy(() -> customer().getCorrelationParent())
        .withMessageStartingWith("Not correlated: 'Customer' was not obtained through Subquery.correlate");
  }

  @Test
  void translate_queryWithoutRoot() {
    CriteriaQuery<Integer> q = cb.createQuery(Integer.class);
    q.select(cb.literal(1));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The Criteria query has no root; call from(Entity.class) before creating the query");
  }

  @Test
  void translate_pathOfAnotherQuery_namesIt() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    q.from(Customer.class);
    Root<PurchaseOrder> foreign = cb.createQuery(PurchaseOrder.class).from(PurchaseOrder.class);
    q.where(cb.isNull(foreign.get("number")));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The root 'PurchaseOrder' is not part of this query; use the roots and joins that this query's"
            + " from(...) and join(...) returned, or Subquery.correlate(...) in a subquery");
  }

  @Test
  void translate_updateWithoutSet() {
    CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
    u.from(Customer.class);
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(u))
        .withMessage("The CriteriaUpdate of entity 'Customer' sets nothing; call set(...) before creating the query");
  }

  @Test
  void update_fromAnotherEntity() {
    CriteriaUpdate<Customer> u = cb.createCriteriaUpdate(Customer.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Customer> other = (Class) Product.class;
    assertThatIllegalArgumentException().isThrownBy(() -> u.from(other))
        .withMessage("The CriteriaUpdate was created for entity 'Customer'; from(...) cannot range over entity 'Item'");
  }

  @Test
  void translate_subqueryWithoutSelectionAndTwoRoots() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    q.from(Customer.class);
    Subquery<Long> sq = q.subquery(Long.class);
    sq.from(PurchaseOrder.class);
    sq.from(Product.class);
    q.where(cb.exists(sq));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The subquery over 'PurchaseOrder', 'Item' has no selection; call select(...) on it");
  }

  @Test
  void translate_incompleteCaseAndCoalesce() {
    CriteriaQuery<Object> q = cb.createQuery();
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.selectCase());
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The selectCase() expression has no when(condition, result); add one");
    q.select(cb.selectCase(c.get("status")));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The selectCase('Customer.status') expression has no when(value, result); add one");
    q.select(cb.coalesce());
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The coalesce() expression has no value; add at least one with value(...)");
    assertThatIllegalArgumentException().isThrownBy(() -> cb.concat(List.of()))
        .withMessage("concat(List) needs at least one expression; the list is empty");
  }

  @Test
  void translate_fetchWithOn() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Fetch<Customer, PurchaseOrder> orders = c.fetch(Customer_.orders);
    @SuppressWarnings("unchecked")
    jakarta.persistence.criteria.Join<Customer, PurchaseOrder> join =
        (jakarta.persistence.criteria.Join<Customer, PurchaseOrder>) orders;
    join.on(cb.isNotNull(join.get("number")));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessageStartingWith("The fetch join 'Customer.orders' has an ON condition; JPQL fetch joins cannot have one");
  }

  @Test
  void translate_leftJoinFromACorrelatedRoot() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Subquery<Long> sq = q.subquery(Long.class);
    sq.select(cb.count(sq.correlate(c).join("orders", JoinType.LEFT)));
    q.where(cb.gt(sq, 0L));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessageStartingWith("The join 'Customer.orders' from a correlated root or join of a subquery must be an"
            + " inner join of an attribute");
  }

  @Test
  void trimCharacter_mustBeALiteralOrParameter() {
    CriteriaQuery<Object> q = cb.createQuery();
    Root<Customer> c = q.from(Customer.class);
    Expression<Character> first = c.get("email").as(Character.class);
    q.select(cb.trim(first, c.get("name")));
    assertThatIllegalArgumentException().isThrownBy(() -> cb.translate(q))
        .withMessage("The trim character 'Customer.email' must be a literal or a parameter; JPQL takes no other"
            + " expression there");
  }

  @Test
  void isMember_ofANonCollectionPath() {
    Root<Customer> c = customer();
    assertThatIllegalArgumentException().isThrownBy(() -> cb.isMember("x", c.get("name").as(List.class)))
        .withMessage("isMember(...) needs a collection-valued path such as root.get(\"tags\"), not 'Customer.name'");
  }

  @Test
  void subqueryOfAnUpdate_hasNoParentQuery() {
    Subquery<Long> sq = cb.createCriteriaUpdate(Customer.class).subquery(Long.class);
    assertThatIllegalStateException().isThrownBy(sq::getParent)
        .withMessageStartingWith("This subquery belongs to a CriteriaUpdate or CriteriaDelete");
  }

  @Test
  void cardPayment_isASubtype_treatIsAccepted() {
    Root<Payment> p = cb.createQuery(Payment.class).from(Payment.class);
    org.assertj.core.api.Assertions.assertThat(cb.treat(p, CardPayment.class).get("cardNumber")).isNotNull();
  }
}
