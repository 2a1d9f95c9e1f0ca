package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Predicate.BooleanOperator;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.CustomerStatus;
import org.memoryjpa.criteria.model.Customer_;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;

/** Every predicate of the builder and of {@link Expression}, and the predicate objects' own API. */
class CriteriaPredicateTest extends CriteriaFixture {

  /** The WHERE clause of {@code SELECT c0 FROM Customer c0 WHERE ...} for a predicate over the root. */
  private String where(Function<Root<Customer>, Expression<Boolean>> restriction) {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.where(restriction.apply(c));
    String jpql = jpql(q);
    String prefix = "SELECT c0 FROM Customer c0 WHERE ";
    assertThat(jpql).startsWith(prefix);
    return jpql.substring(prefix.length());
  }

  private CriteriaTranslation translation(Function<Root<Customer>, Expression<Boolean>> restriction) {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    q.where(restriction.apply(q.from(Customer.class)));
    return cb.translate(q);
  }

  @Test
  void andOrNot_overPredicatesAndBooleanPaths() {
    assertThat(where(c -> cb.and(cb.isNull(c.get("name")), cb.isNull(c.get("email")))))
        .isEqualTo("(c0.name IS NULL AND c0.email IS NULL)");
    assertThat(where(c -> cb.and(c.get(Customer_.active), cb.isNull(c.get("email")))))
        .isEqualTo("(c0.active AND c0.email IS NULL)");
    assertThat(where(c -> cb.or(cb.isNull(c.get("name")), cb.isNull(c.get("email")), cb.isNull(c.get("status")))))
        .isEqualTo("(c0.name IS NULL OR c0.email IS NULL OR c0.status IS NULL)");
    assertThat(where(c -> cb.or(List.of(cb.isNull(c.get("name")), cb.and(List.of(cb.isNull(c.get("email"))))))))
        .isEqualTo("(c0.name IS NULL OR c0.email IS NULL)");
    assertThat(where(c -> cb.or(c.get(Customer_.active), cb.not(c.get(Customer_.active)))))
        .isEqualTo("(c0.active OR NOT (c0.active))");
    assertThat(where(c -> cb.not(cb.and(cb.isNull(c.get("name")), cb.isNull(c.get("email"))))))
        .isEqualTo("NOT (c0.name IS NULL AND c0.email IS NULL)");
    assertThat(where(c -> cb.and(cb.and(cb.isNull(c.get("name")), cb.isNull(c.get("email"))),
        cb.equal(c.get("active"), true))))
        .isEqualTo("((c0.name IS NULL AND c0.email IS NULL) AND c0.active = TRUE)");
  }

  @Test
  void conjunctionAndDisjunction_areOneEqualsOneAndOneNotEqualsOne() {
    assertThat(where(c -> cb.conjunction())).isEqualTo("1 = 1");
    assertThat(where(c -> cb.disjunction())).isEqualTo("1 <> 1");
    assertThat(where(c -> cb.and())).isEqualTo("1 = 1");
    assertThat(where(c -> cb.or())).isEqualTo("1 <> 1");
    assertThat(where(c -> cb.not(cb.disjunction()))).isEqualTo("NOT (1 <> 1)");
  }

  @Test
  void isTrueIsFalse() {
    assertThat(where(c -> cb.isTrue(c.get(Customer_.active)))).isEqualTo("c0.active = TRUE");
    assertThat(where(c -> cb.isFalse(c.get(Customer_.active)))).isEqualTo("c0.active = FALSE");
    assertThat(where(c -> cb.isTrue(cb.isNull(c.get("name"))))).isEqualTo("c0.name IS NULL");
    assertThat(where(c -> cb.isFalse(cb.isNull(c.get("name"))))).isEqualTo("c0.name IS NOT NULL");
  }

  @Test
  void nullTests_builderAndExpressionMethods() {
    assertThat(where(c -> cb.isNull(c.get("name")))).isEqualTo("c0.name IS NULL");
    assertThat(where(c -> cb.isNotNull(c.get("name")))).isEqualTo("c0.name IS NOT NULL");
    assertThat(where(c -> c.get("email").isNull())).isEqualTo("c0.email IS NULL");
    assertThat(where(c -> c.get("email").isNotNull())).isEqualTo("c0.email IS NOT NULL");
    assertThat(where(c -> cb.isNull(c.get("referrer")))).isEqualTo("c0.referrer IS NULL");
  }

  @Test
  void equalities_withExpressionsValuesAndNull() {
    assertThat(where(c -> cb.equal(c.get("name"), c.get("email")))).isEqualTo("c0.name = c0.email");
    assertThat(where(c -> cb.equal(c.get("name"), "Ann"))).isEqualTo("c0.name = 'Ann'");
    assertThat(where(c -> cb.equal(c.get("name"), (Object) null))).isEqualTo("c0.name = NULL");
    assertThat(where(c -> cb.notEqual(c.get("name"), c.get("email")))).isEqualTo("c0.name <> c0.email");
    assertThat(where(c -> cb.notEqual(c.get("loyaltyPoints"), 3))).isEqualTo("c0.loyaltyPoints <> 3");
    assertThat(where(c -> c.get("name").equalTo("Ann"))).isEqualTo("c0.name = 'Ann'");
    assertThat(where(c -> c.get("name").equalTo(c.get("email")))).isEqualTo("c0.name = c0.email");
    assertThat(where(c -> c.get("name").notEqualTo("Ann"))).isEqualTo("c0.name <> 'Ann'");
    assertThat(where(c -> c.get("name").notEqualTo(c.get("email")))).isEqualTo("c0.name <> c0.email");
    assertThat(where(c -> cb.equal(c.get("name"), (Object) cb.literal("x")))).isEqualTo("c0.name = 'x'");
  }

  @Test
  void equal_valuesJpqlCannotSpell_areLiteralParameters() {
    LocalDate birthDay = LocalDate.of(1990, 5, 17);
    CriteriaTranslation translation = translation(c -> cb.and(
        cb.equal(c.get(Customer_.status), CustomerStatus.GOLD),
        cb.equal(c.get(Customer_.birthDate), birthDay),
        cb.equal(c.get(Customer_.balance), new BigDecimal("1.50")),
        cb.equal(c.get(Customer_.loyaltyPoints), (short) 3),
        cb.equal(c.get(Customer_.name), 'x')));

    assertThat(translation.statement().toString()).endsWith("WHERE (c0.status = :__criteria_literal_0 AND c0.birthDate ="
        + " :__criteria_literal_1 AND c0.balance = :__criteria_literal_2 AND c0.loyaltyPoints = :__criteria_literal_3"
        + " AND c0.name = :__criteria_literal_4)");
    assertThat(translation.literalValues()).containsExactly(
        Map.entry("__criteria_literal_0", CustomerStatus.GOLD),
        Map.entry("__criteria_literal_1", birthDay),
        Map.entry("__criteria_literal_2", new BigDecimal("1.50")),
        Map.entry("__criteria_literal_3", (short) 3),
        Map.entry("__criteria_literal_4", 'x'));
    assertThat(translation.parameterNames()).isEmpty();
  }

  @Test
  void comparisons_comparableAndNumeric() {
    assertThat(where(c -> cb.greaterThan(c.get(Customer_.name), "M"))).isEqualTo("c0.name > 'M'");
    assertThat(where(c -> cb.greaterThan(c.get(Customer_.name), c.get(Customer_.email)))).isEqualTo("c0.name > c0.email");
    assertThat(where(c -> cb.greaterThanOrEqualTo(c.get(Customer_.loyaltyPoints), 10))).isEqualTo("c0.loyaltyPoints >= 10");
    assertThat(where(c -> cb.greaterThanOrEqualTo(c.get(Customer_.name), c.get(Customer_.email))))
        .isEqualTo("c0.name >= c0.email");
    assertThat(where(c -> cb.lessThan(c.get(Customer_.loyaltyPoints), 10))).isEqualTo("c0.loyaltyPoints < 10");
    assertThat(where(c -> cb.lessThan(c.get(Customer_.name), c.get(Customer_.email)))).isEqualTo("c0.name < c0.email");
    assertThat(where(c -> cb.lessThanOrEqualTo(c.get(Customer_.loyaltyPoints), 10))).isEqualTo("c0.loyaltyPoints <= 10");
    assertThat(where(c -> cb.lessThanOrEqualTo(c.get(Customer_.name), c.get(Customer_.email))))
        .isEqualTo("c0.name <= c0.email");
    assertThat(where(c -> cb.gt(c.get(Customer_.loyaltyPoints), 1L))).isEqualTo("c0.loyaltyPoints > 1L");
    assertThat(where(c -> cb.gt(c.get(Customer_.loyaltyPoints), c.get(Customer_.loyaltyPoints))))
        .isEqualTo("c0.loyaltyPoints > c0.loyaltyPoints");
    assertThat(where(c -> cb.ge(c.get(Customer_.loyaltyPoints), 1.5))).isEqualTo("c0.loyaltyPoints >= 1.5D");
    assertThat(where(c -> cb.ge(c.get(Customer_.loyaltyPoints), c.get(Customer_.loyaltyPoints))))
        .isEqualTo("c0.loyaltyPoints >= c0.loyaltyPoints");
    assertThat(where(c -> cb.lt(c.get(Customer_.loyaltyPoints), 2.5f))).isEqualTo("c0.loyaltyPoints < 2.5F");
    assertThat(where(c -> cb.lt(c.get(Customer_.loyaltyPoints), c.get(Customer_.loyaltyPoints))))
        .isEqualTo("c0.loyaltyPoints < c0.loyaltyPoints");
    assertThat(where(c -> cb.le(c.get(Customer_.loyaltyPoints), -4))).isEqualTo("c0.loyaltyPoints <= -4");
    assertThat(where(c -> cb.le(c.get(Customer_.loyaltyPoints), c.get(Customer_.loyaltyPoints))))
        .isEqualTo("c0.loyaltyPoints <= c0.loyaltyPoints");
  }

  @Test
  void between_valuesAndExpressions() {
    assertThat(where(c -> cb.between(c.get(Customer_.loyaltyPoints), 1, 9)))
        .isEqualTo("c0.loyaltyPoints BETWEEN 1 AND 9");
    assertThat(where(c -> cb.between(c.get(Customer_.name), c.get(Customer_.email), cb.literal("Z"))))
        .isEqualTo("c0.name BETWEEN c0.email AND 'Z'");
    assertThat(where(c -> cb.between(c.get(Customer_.loyaltyPoints), 1, 9).not()))
        .isEqualTo("c0.loyaltyPoints NOT BETWEEN 1 AND 9");
  }

  @Test
  void like_everyOverload() {
    Expression<String> pattern = cb.literal("A%");
    Expression<Character> bang = cb.literal('!');
    assertThat(where(c -> cb.like(c.get(Customer_.name), pattern))).isEqualTo("c0.name LIKE 'A%'");
    assertThat(where(c -> cb.like(c.get(Customer_.name), "A%"))).isEqualTo("c0.name LIKE 'A%'");
    assertThat(where(c -> cb.like(c.get(Customer_.name), pattern, bang))).isEqualTo("c0.name LIKE 'A%' ESCAPE '!'");
    assertThat(where(c -> cb.like(c.get(Customer_.name), pattern, '\\'))).isEqualTo("c0.name LIKE 'A%' ESCAPE '\\'");
    assertThat(where(c -> cb.like(c.get(Customer_.name), "A!%%", bang))).isEqualTo("c0.name LIKE 'A!%%' ESCAPE '!'");
    assertThat(where(c -> cb.like(c.get(Customer_.name), "it''s", '\\'))).isEqualTo("c0.name LIKE 'it''''s' ESCAPE '\\'");
    assertThat(where(c -> cb.notLike(c.get(Customer_.name), pattern))).isEqualTo("c0.name NOT LIKE 'A%'");
    assertThat(where(c -> cb.notLike(c.get(Customer_.name), "A%"))).isEqualTo("c0.name NOT LIKE 'A%'");
    assertThat(where(c -> cb.notLike(c.get(Customer_.name), pattern, bang))).isEqualTo("c0.name NOT LIKE 'A%' ESCAPE '!'");
    assertThat(where(c -> cb.notLike(c.get(Customer_.name), pattern, '!'))).isEqualTo("c0.name NOT LIKE 'A%' ESCAPE '!'");
    assertThat(where(c -> cb.notLike(c.get(Customer_.name), "A%", bang))).isEqualTo("c0.name NOT LIKE 'A%' ESCAPE '!'");
    assertThat(where(c -> cb.notLike(c.get(Customer_.name), "A%", '!'))).isEqualTo("c0.name NOT LIKE 'A%' ESCAPE '!'");
    assertThat(where(c -> cb.like(c.get(Customer_.name), "A%").not())).isEqualTo("c0.name NOT LIKE 'A%'");
  }

  @Test
  void like_parameterPatternAndEscape() {
    ParameterExpression<String> pattern = cb.parameter(String.class, "pattern");
    ParameterExpression<Character> escape = cb.parameter(Character.class);
    CriteriaTranslation translation =
        translation(c -> cb.like(cb.upper(c.get(Customer_.name)), cb.upper(pattern), escape));

    assertThat(roundTrip(translation)).endsWith("WHERE UPPER(c0.name) LIKE UPPER(:pattern) ESCAPE :__criteria_param_0");
    assertThat(translation.parameterNames()).containsExactly(
        Map.entry(pattern, "pattern"), Map.entry(escape, "__criteria_param_0"));
  }

  @Test
  void in_valuesExpressionsCollectionsAndBuilder() {
    assertThat(where(c -> c.get(Customer_.name).in("a", "b"))).isEqualTo("c0.name IN ('a', 'b')");
    assertThat(where(c -> c.get(Customer_.name).in(c.get(Customer_.email), cb.literal("b"))))
        .isEqualTo("c0.name IN (c0.email, 'b')");
    assertThat(where(c -> cb.in(c.get(Customer_.name)).value("a").value(c.get(Customer_.email))))
        .isEqualTo("c0.name IN ('a', c0.email)");
    assertThat(where(c -> cb.in(c.get(Customer_.name)).value("a").not())).isEqualTo("c0.name NOT IN ('a')");
    Root<Customer> root = cb.createQuery(Customer.class).from(Customer.class);
    assertThat(cb.in(root.get(Customer_.name)).getExpression().getJavaType()).isEqualTo(String.class);
    assertThat(where(c -> c.get(Customer_.status).in(List.of(CustomerStatus.GOLD, CustomerStatus.NEW))))
        .isEqualTo("c0.status IN (:__criteria_literal_0)");
  }

  @Test
  void in_collection_isOneParameterHoldingACopy() {
    List<Long> ids = new java.util.ArrayList<>(List.of(1L, 2L));
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.where(c.get("id").in(ids));
    ids.add(3L);

    CriteriaTranslation translation = cb.translate(q);
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.id IN (:__criteria_literal_0)");
    assertThat(translation.literalValues()).containsEntry("__criteria_literal_0", List.of(1L, 2L));
  }

  @Test
  void in_empty_isFalse() {
    assertThat(where(c -> c.get(Customer_.name).in(List.of()))).isEqualTo("1 <> 1");
    assertThat(where(c -> c.get(Customer_.name).in())).isEqualTo("1 <> 1");
    assertThat(where(c -> cb.in(c.get(Customer_.name)))).isEqualTo("1 <> 1");
    assertThat(where(c -> cb.in(c.get(Customer_.name)).not())).isEqualTo("NOT (1 <> 1)");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void in_collectionParameter_asSpringDataFindAllById() {
    ParameterExpression<Collection<?>> ids = (ParameterExpression) cb.parameter(Collection.class);
    CriteriaTranslation translation = translation(c -> c.get("id").in(ids));

    assertThat(roundTrip(translation)).endsWith("WHERE c0.id IN (:__criteria_param_0)");
    assertThat(translation.parameterNames()).containsExactly(Map.entry(ids, "__criteria_param_0"));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void in_collectionValuedPath_isMemberOf() {
    assertThat(where(c -> cb.literal("vip").in((Expression) c.get(Customer_.tags)))).isEqualTo("'vip' MEMBER OF c0.tags");
  }

  @Test
  void emptinessAndMembership() {
    assertThat(where(c -> cb.isEmpty(c.get(Customer_.orders)))).isEqualTo("c0.orders IS EMPTY");
    assertThat(where(c -> cb.isNotEmpty(c.get(Customer_.orders)))).isEqualTo("c0.orders IS NOT EMPTY");
    assertThat(where(c -> cb.isMember("vip", c.get(Customer_.tags)))).isEqualTo("'vip' MEMBER OF c0.tags");
    assertThat(where(c -> cb.isNotMember("vip", c.get(Customer_.tags)))).isEqualTo("'vip' NOT MEMBER OF c0.tags");
    assertThat(where(c -> cb.isMember(c.get(Customer_.name), c.get(Customer_.tags))))
        .isEqualTo("c0.name MEMBER OF c0.tags");
    assertThat(where(c -> cb.isNotMember(c.get(Customer_.name), c.get(Customer_.tags))))
        .isEqualTo("c0.name NOT MEMBER OF c0.tags");
  }

  @Test
  void predicateApi_operatorNegationAndExpressions() {
    Root<Customer> c = cb.createQuery(Customer.class).from(Customer.class);
    Predicate simple = cb.isNull(c.get("name"));
    Predicate negated = simple.not();
    Predicate and = cb.and(simple, cb.isNull(c.get("email")));
    Predicate or = cb.or(simple);

    assertThat(simple.getOperator()).isEqualTo(BooleanOperator.AND);
    assertThat(simple.isNegated()).isFalse();
    assertThat(simple.getExpressions()).isEmpty();
    assertThat(negated.isNegated()).isTrue();
    assertThat(negated.not().isNegated()).isFalse();
    assertThat(cb.not(simple).isNegated()).isTrue();
    assertThat(and.getOperator()).isEqualTo(BooleanOperator.AND);
    assertThat(and.getExpressions()).hasSize(2);
    assertThat(and.not().isNegated()).isTrue();
    assertThat(and.not().getOperator()).isEqualTo(BooleanOperator.AND);
    assertThat(or.getOperator()).isEqualTo(BooleanOperator.OR);
    assertThat(or.getExpressions()).containsExactly(simple);
    assertThat(cb.disjunction().getOperator()).isEqualTo(BooleanOperator.OR);
    assertThat(cb.conjunction().getExpressions()).isEmpty();
    assertThat(simple.getJavaType()).isEqualTo(Boolean.class);
  }

  @Test
  void where_forms_replaceTheRestriction() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    Predicate byName = cb.equal(c.get("name"), "a");

    q.where(byName);
    assertThat(q.getRestriction()).isSameAs(byName);
    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.name = 'a'");

    q.where(byName, cb.isNull(c.get("email")));
    assertThat(q.getRestriction().getOperator()).isEqualTo(BooleanOperator.AND);
    assertThat(q.getRestriction().getExpressions()).hasSize(2);
    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (c0.name = 'a' AND c0.email IS NULL)");

    q.where(List.of(byName));
    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.name = 'a'");

    q.where(c.get(Customer_.active));
    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.active");

    q.where();
    assertThat(q.getRestriction()).isNull();
    assertThat(jpql(q)).isEqualTo("SELECT c0 FROM Customer c0");

    q.where(byName).where((Expression<Boolean>) null);
    assertThat(q.getRestriction()).isNull();
  }

  @Test
  void predicate_asASelectItem_isACaseThatKeepsUnknown() {
    CriteriaQuery<Boolean> q = cb.createQuery(Boolean.class);
    Root<Customer> c = q.from(Customer.class);
    q.select(cb.equal(c.get("name"), "a"));

    assertThat(jpql(q)).isEqualTo(
        "SELECT CASE WHEN c0.name = 'a' THEN TRUE WHEN NOT (c0.name = 'a') THEN FALSE END FROM Customer c0");
  }

  @Test
  void values_andKeys_ofAMapAreCollectionLiterals() {
    Map<String, Integer> map = new java.util.LinkedHashMap<>();
    map.put("a", 1);
    map.put("b", 2);
    Expression<Collection<Integer>> values = cb.values(map);
    Expression<Set<String>> keys = cb.keys(map);
    @SuppressWarnings({"unchecked", "rawtypes"})
    CriteriaTranslation translation = translation(c -> cb.and(
        c.get(Customer_.loyaltyPoints).in((Expression) values), c.get(Customer_.name).in((Expression) keys)));

    assertThat(roundTrip(translation)).endsWith(
        "WHERE (c0.loyaltyPoints IN (:__criteria_literal_0) AND c0.name IN (:__criteria_literal_1))");
    assertThat(translation.literalValues()).containsExactly(
        Map.entry("__criteria_literal_0", List.of(1, 2)), Map.entry("__criteria_literal_1", List.of("a", "b")));
  }

  @Test
  void sameLiteralObjectTwice_isOneParameter() {
    Expression<LocalDate> day = cb.literal(LocalDate.of(2024, 1, 1));
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.where(cb.or(cb.equal(c.get(Customer_.birthDate), day), cb.greaterThan(c.get(Customer_.birthDate), day)));

    CriteriaTranslation translation = cb.translate(q);
    assertThat(roundTrip(translation)).endsWith(
        "WHERE (c0.birthDate = :__criteria_literal_0 OR c0.birthDate > :__criteria_literal_0)");
    assertThat(translation.literalValues()).hasSize(1);
  }
}
