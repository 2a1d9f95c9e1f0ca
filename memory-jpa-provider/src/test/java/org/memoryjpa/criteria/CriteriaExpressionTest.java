package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.CriteriaBuilder.Trimspec;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.LocalDateTimeField;
import jakarta.persistence.criteria.LocalTimeField;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.CustomerStatus;
import org.memoryjpa.criteria.model.Customer_;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;

/** Every scalar expression of the builder: arithmetic, functions, conversions, literals, CASE. */
class CriteriaExpressionTest extends CriteriaFixture {

  /** The select item of {@code SELECT ... FROM Customer c0} for an expression over the root. */
  private String select(Function<Root<Customer>, Selection<?>> selection) {
    String jpql = jpql(query(selection));
    String suffix = " FROM Customer c0";
    assertThat(jpql).startsWith("SELECT ").endsWith(suffix);
    return jpql.substring("SELECT ".length(), jpql.length() - suffix.length());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private CriteriaQuery<Object> query(Function<Root<Customer>, Selection<?>> selection) {
    CriteriaQuery<Object> q = cb.createQuery();
    Root<Customer> c = q.from(Customer.class);
    q.select((Selection) selection.apply(c));
    return q;
  }

  private Expression<Integer> points(Root<Customer> c) {
    return c.get(Customer_.loyaltyPoints);
  }

  private Expression<String> name(Root<Customer> c) {
    return c.get(Customer_.name);
  }

  @Test
  void aggregates() {
    assertThat(select(c -> cb.avg(points(c)))).isEqualTo("AVG(c0.loyaltyPoints)");
    assertThat(select(c -> cb.sum(points(c)))).isEqualTo("CAST(SUM(c0.loyaltyPoints) AS Integer)");
    assertThat(select(c -> cb.sumAsLong(points(c)))).isEqualTo("SUM(c0.loyaltyPoints)");
    assertThat(select(c -> cb.sumAsDouble(cb.toFloat(points(c))))).isEqualTo("SUM(CAST(c0.loyaltyPoints AS Float))");
    assertThat(select(c -> cb.max(points(c)))).isEqualTo("MAX(c0.loyaltyPoints)");
    assertThat(select(c -> cb.min(points(c)))).isEqualTo("MIN(c0.loyaltyPoints)");
    assertThat(select(c -> cb.greatest(name(c)))).isEqualTo("MAX(c0.name)");
    assertThat(select(c -> cb.least(name(c)))).isEqualTo("MIN(c0.name)");
    assertThat(select(c -> cb.count(c))).isEqualTo("COUNT(c0)");
    assertThat(select(c -> cb.countDistinct(name(c)))).isEqualTo("COUNT(DISTINCT c0.name)");
    assertThat(cb.avg(cb.literal(1)).getJavaType()).isEqualTo(Double.class);
    assertThat(cb.sumAsLong(cb.literal(1)).getJavaType()).isEqualTo(Long.class);
    assertThat(cb.count(cb.literal(1)).getJavaType()).isEqualTo(Long.class);
  }

  @Test
  void arithmetic_binaryOperatorsWithValuesOnEitherSide() {
    assertThat(select(c -> cb.sum(points(c), points(c)))).isEqualTo("(c0.loyaltyPoints + c0.loyaltyPoints)");
    assertThat(select(c -> cb.sum(points(c), 1))).isEqualTo("(c0.loyaltyPoints + 1)");
    assertThat(select(c -> cb.sum(1L, points(c)))).isEqualTo("(1L + c0.loyaltyPoints)");
    assertThat(select(c -> cb.prod(points(c), points(c)))).isEqualTo("(c0.loyaltyPoints * c0.loyaltyPoints)");
    assertThat(select(c -> cb.prod(points(c), 2))).isEqualTo("(c0.loyaltyPoints * 2)");
    assertThat(select(c -> cb.prod(2, points(c)))).isEqualTo("(2 * c0.loyaltyPoints)");
    assertThat(select(c -> cb.diff(points(c), points(c)))).isEqualTo("(c0.loyaltyPoints - c0.loyaltyPoints)");
    assertThat(select(c -> cb.diff(points(c), -1))).isEqualTo("(c0.loyaltyPoints - -1)");
    assertThat(select(c -> cb.diff(10, points(c)))).isEqualTo("(10 - c0.loyaltyPoints)");
    assertThat(select(c -> cb.quot(points(c), points(c)))).isEqualTo("(c0.loyaltyPoints / c0.loyaltyPoints)");
    assertThat(select(c -> cb.quot(points(c), 2.0))).isEqualTo("(c0.loyaltyPoints / 2.0D)");
    assertThat(select(c -> cb.quot(7, points(c)))).isEqualTo("(7 / c0.loyaltyPoints)");
    assertThat(select(c -> cb.mod(points(c), points(c)))).isEqualTo("MOD(c0.loyaltyPoints, c0.loyaltyPoints)");
    assertThat(select(c -> cb.mod(points(c), 3))).isEqualTo("MOD(c0.loyaltyPoints, 3)");
    assertThat(select(c -> cb.mod(3, points(c)))).isEqualTo("MOD(3, c0.loyaltyPoints)");
    assertThat(select(c -> cb.sum(cb.prod(points(c), 2), cb.quot(points(c), 3))))
        .isEqualTo("((c0.loyaltyPoints * 2) + (c0.loyaltyPoints / 3))");
    assertThat(cb.sum(cb.literal(1), cb.literal(2L)).getJavaType()).isEqualTo(Long.class);
    assertThat(cb.prod(cb.literal(1), cb.literal(BigDecimal.ONE)).getJavaType()).isEqualTo(BigDecimal.class);
  }

  @Test
  void numericFunctions() {
    assertThat(select(c -> cb.neg(points(c)))).isEqualTo("-c0.loyaltyPoints");
    assertThat(select(c -> cb.neg(cb.literal(5)))).isEqualTo("-5");
    assertThat(select(c -> cb.neg(cb.neg(points(c))))).isEqualTo("-(-c0.loyaltyPoints)");
    assertThat(select(c -> cb.abs(points(c)))).isEqualTo("ABS(c0.loyaltyPoints)");
    assertThat(select(c -> cb.ceiling(c.get(Customer_.balance)))).isEqualTo("CEILING(c0.balance)");
    assertThat(select(c -> cb.floor(c.get(Customer_.balance)))).isEqualTo("FLOOR(c0.balance)");
    assertThat(select(c -> cb.sign(c.get(Customer_.balance)))).isEqualTo("SIGN(c0.balance)");
    assertThat(select(c -> cb.sqrt(points(c)))).isEqualTo("SQRT(c0.loyaltyPoints)");
    assertThat(select(c -> cb.exp(points(c)))).isEqualTo("EXP(c0.loyaltyPoints)");
    assertThat(select(c -> cb.ln(points(c)))).isEqualTo("LN(c0.loyaltyPoints)");
    assertThat(select(c -> cb.power(points(c), 2))).isEqualTo("POWER(c0.loyaltyPoints, 2)");
    assertThat(select(c -> cb.power(points(c), points(c)))).isEqualTo("POWER(c0.loyaltyPoints, c0.loyaltyPoints)");
    assertThat(select(c -> cb.round(c.get(Customer_.balance), 2))).isEqualTo("ROUND(c0.balance, 2)");
    assertThat(cb.round(cb.literal(BigDecimal.ONE), 1).getJavaType()).isEqualTo(BigDecimal.class);
  }

  @Test
  void conversions_areCasts() {
    assertThat(select(c -> cb.toLong(points(c)))).isEqualTo("CAST(c0.loyaltyPoints AS Long)");
    assertThat(select(c -> cb.toInteger(c.get(Customer_.balance)))).isEqualTo("CAST(c0.balance AS Integer)");
    assertThat(select(c -> cb.toFloat(points(c)))).isEqualTo("CAST(c0.loyaltyPoints AS Float)");
    assertThat(select(c -> cb.toDouble(points(c)))).isEqualTo("CAST(c0.loyaltyPoints AS Double)");
    assertThat(select(c -> cb.toBigDecimal(points(c)))).isEqualTo("CAST(c0.loyaltyPoints AS BigDecimal)");
    assertThat(select(c -> cb.toBigInteger(points(c)))).isEqualTo("CAST(c0.loyaltyPoints AS BigInteger)");
    assertThat(select(c -> cb.toString(cb.literal('x')))).isEqualTo("CAST(:__criteria_literal_0 AS String)");
    assertThat(select(c -> points(c).cast(String.class))).isEqualTo("CAST(c0.loyaltyPoints AS String)");
    assertThat(select(c -> name(c).cast(int.class))).isEqualTo("CAST(c0.name AS Integer)");
    assertThat(select(c -> points(c).as(Long.class))).isEqualTo("c0.loyaltyPoints");
    assertThat(points(cb.createQuery().from(Customer.class)).as(Long.class).getJavaType()).isEqualTo(Long.class);
  }

  @Test
  void stringFunctions() {
    assertThat(select(c -> cb.concat(name(c), c.get(Customer_.email)))).isEqualTo("CONCAT(c0.name, c0.email)");
    assertThat(select(c -> cb.concat(name(c), "!"))).isEqualTo("CONCAT(c0.name, '!')");
    assertThat(select(c -> cb.concat("Dear ", name(c)))).isEqualTo("CONCAT('Dear ', c0.name)");
    assertThat(select(c -> cb.concat(List.of(name(c), cb.literal(" <"), c.get(Customer_.email), cb.literal(">")))))
        .isEqualTo("CONCAT(c0.name, ' <', c0.email, '>')");
    assertThat(select(c -> cb.concat(List.of(name(c))))).isEqualTo("c0.name");
    assertThat(select(c -> cb.substring(name(c), 2))).isEqualTo("SUBSTRING(c0.name, 2)");
    assertThat(select(c -> cb.substring(name(c), 2, 3))).isEqualTo("SUBSTRING(c0.name, 2, 3)");
    assertThat(select(c -> cb.substring(name(c), points(c)))).isEqualTo("SUBSTRING(c0.name, c0.loyaltyPoints)");
    assertThat(select(c -> cb.substring(name(c), points(c), cb.literal(2))))
        .isEqualTo("SUBSTRING(c0.name, c0.loyaltyPoints, 2)");
    assertThat(select(c -> cb.trim(name(c)))).isEqualTo("TRIM(c0.name)");
    assertThat(select(c -> cb.trim(Trimspec.LEADING, name(c)))).isEqualTo("TRIM(LEADING FROM c0.name)");
    assertThat(select(c -> cb.trim(cb.literal('x'), name(c)))).isEqualTo("TRIM('x' FROM c0.name)");
    assertThat(select(c -> cb.trim(Trimspec.TRAILING, cb.literal('x'), name(c))))
        .isEqualTo("TRIM(TRAILING 'x' FROM c0.name)");
    assertThat(select(c -> cb.trim('\'', name(c)))).isEqualTo("TRIM('''' FROM c0.name)");
    assertThat(select(c -> cb.trim(Trimspec.BOTH, '-', name(c)))).isEqualTo("TRIM(BOTH '-' FROM c0.name)");
    assertThat(select(c -> cb.lower(name(c)))).isEqualTo("LOWER(c0.name)");
    assertThat(select(c -> cb.upper(name(c)))).isEqualTo("UPPER(c0.name)");
    assertThat(select(c -> cb.length(name(c)))).isEqualTo("LENGTH(c0.name)");
    assertThat(select(c -> cb.left(name(c), 2))).isEqualTo("LEFT(c0.name, 2)");
    assertThat(select(c -> cb.right(name(c), 2))).isEqualTo("RIGHT(c0.name, 2)");
    assertThat(select(c -> cb.left(name(c), points(c)))).isEqualTo("LEFT(c0.name, c0.loyaltyPoints)");
    assertThat(select(c -> cb.right(name(c), points(c)))).isEqualTo("RIGHT(c0.name, c0.loyaltyPoints)");
    assertThat(select(c -> cb.replace(name(c), "a", "b"))).isEqualTo("REPLACE(c0.name, 'a', 'b')");
    assertThat(select(c -> cb.replace(name(c), c.get(Customer_.email), "b"))).isEqualTo("REPLACE(c0.name, c0.email, 'b')");
    assertThat(select(c -> cb.replace(name(c), "a", c.get(Customer_.email)))).isEqualTo("REPLACE(c0.name, 'a', c0.email)");
    assertThat(select(c -> cb.replace(name(c), c.get(Customer_.email), name(c))))
        .isEqualTo("REPLACE(c0.name, c0.email, c0.name)");
    assertThat(select(c -> cb.locate(name(c), "a"))).isEqualTo("LOCATE('a', c0.name)");
    assertThat(select(c -> cb.locate(name(c), "a", 2))).isEqualTo("LOCATE('a', c0.name, 2)");
    assertThat(select(c -> cb.locate(name(c), c.get(Customer_.email)))).isEqualTo("LOCATE(c0.email, c0.name)");
    assertThat(select(c -> cb.locate(name(c), c.get(Customer_.email), points(c))))
        .isEqualTo("LOCATE(c0.email, c0.name, c0.loyaltyPoints)");
  }

  @Test
  void dateAndTime() {
    assertThat(select(c -> cb.currentDate())).isEqualTo("CURRENT_DATE");
    assertThat(select(c -> cb.currentTime())).isEqualTo("CURRENT_TIME");
    assertThat(select(c -> cb.currentTimestamp())).isEqualTo("CURRENT_TIMESTAMP");
    assertThat(select(c -> cb.localDate())).isEqualTo("LOCAL DATE");
    assertThat(select(c -> cb.localTime())).isEqualTo("LOCAL TIME");
    assertThat(select(c -> cb.localDateTime())).isEqualTo("LOCAL DATETIME");
    assertThat(select(c -> cb.extract(LocalDateField.YEAR, c.get(Customer_.birthDate))))
        .isEqualTo("EXTRACT(YEAR FROM c0.birthDate)");
    assertThat(select(c -> cb.extract(LocalDateField.QUARTER, c.get(Customer_.birthDate))))
        .isEqualTo("EXTRACT(QUARTER FROM c0.birthDate)");
    assertThat(select(c -> cb.extract(LocalDateTimeField.DATE, c.get(Customer_.createdAt))))
        .isEqualTo("EXTRACT(DATE FROM c0.createdAt)");
    assertThat(select(c -> cb.extract(LocalTimeField.SECOND, cb.localTime()))).isEqualTo("EXTRACT(SECOND FROM LOCAL TIME)");
    assertThat(cb.extract(LocalDateTimeField.SECOND, cb.localDateTime()).getJavaType()).isEqualTo(Double.class);
    assertThat(cb.extract(LocalDateTimeField.TIME, cb.localDateTime()).getJavaType()).isEqualTo(LocalTime.class);
    assertThat(cb.extract(LocalDateField.WEEK, cb.localDate()).getJavaType()).isEqualTo(Integer.class);
    assertThat(cb.currentDate().getJavaType()).isEqualTo(java.sql.Date.class);
  }

  @Test
  void caseCoalesceNullif() {
    assertThat(select(c -> cb.selectCase().when(cb.isNull(name(c)), "none").when(cb.equal(name(c), ""), name(c))
        .otherwise(name(c))))
        .isEqualTo("CASE WHEN c0.name IS NULL THEN 'none' WHEN c0.name = '' THEN c0.name ELSE c0.name END");
    assertThat(select(c -> cb.<String>selectCase().when(cb.isNull(name(c)), "none").otherwise("some")))
        .isEqualTo("CASE WHEN c0.name IS NULL THEN 'none' ELSE 'some' END");
    assertThat(select(c -> cb.<String>selectCase().when(cb.isNull(name(c)), "none")))
        .isEqualTo("CASE WHEN c0.name IS NULL THEN 'none' END");
    assertThat(select(c -> cb.<CustomerStatus, Integer>selectCase(c.get(Customer_.status))
        .when(CustomerStatus.GOLD, 3).when(CustomerStatus.REGULAR, points(c)).when(cb.literal(CustomerStatus.NEW), 1)
        .when(cb.nullLiteral(CustomerStatus.class), points(c)).otherwise(0)))
        .isEqualTo("CASE c0.status WHEN :__criteria_literal_0 THEN 3 WHEN :__criteria_literal_1 THEN c0.loyaltyPoints"
            + " WHEN :__criteria_literal_2 THEN 1 WHEN NULL THEN c0.loyaltyPoints ELSE 0 END");
    assertThat(select(c -> cb.<CustomerStatus, Integer>selectCase(c.get(Customer_.status))
        .when(CustomerStatus.GOLD, 3).otherwise(points(c))))
        .isEqualTo("CASE c0.status WHEN :__criteria_literal_0 THEN 3 ELSE c0.loyaltyPoints END");
    assertThat(select(c -> cb.coalesce(name(c), c.get(Customer_.email)))).isEqualTo("COALESCE(c0.name, c0.email)");
    assertThat(select(c -> cb.coalesce(name(c), "?"))).isEqualTo("COALESCE(c0.name, '?')");
    assertThat(select(c -> cb.<String>coalesce().value(name(c)).value(c.get(Customer_.email)).value("?")))
        .isEqualTo("COALESCE(c0.name, c0.email, '?')");
    assertThat(select(c -> cb.<String>coalesce().value(name(c)))).isEqualTo("c0.name");
    assertThat(select(c -> cb.nullif(name(c), ""))).isEqualTo("NULLIF(c0.name, '')");
    assertThat(select(c -> cb.nullif(name(c), c.get(Customer_.email)))).isEqualTo("NULLIF(c0.name, c0.email)");
    assertThat(cb.selectCase().when(cb.conjunction(), "x").getJavaType()).isEqualTo(String.class);
    Root<Customer> root = cb.createQuery().from(Customer.class);
    assertThat(cb.selectCase(root.get(Customer_.status)).getExpression().getJavaType()).isEqualTo(CustomerStatus.class);
  }

  @Test
  void function_isAFunctionInvocation() {
    assertThat(select(c -> cb.function("soundex", String.class, name(c)))).isEqualTo("FUNCTION('soundex', c0.name)");
    assertThat(select(c -> cb.function("it's", Integer.class))).isEqualTo("FUNCTION('it''s')");
    assertThat(select(c -> cb.function("greatest", Integer.class, points(c), cb.literal(5))))
        .isEqualTo("FUNCTION('greatest', c0.loyaltyPoints, 5)");
  }

  @Test
  void sizeOfPathAndOfCollectionValue() {
    assertThat(select(c -> cb.size(c.get(Customer_.orders)))).isEqualTo("SIZE(c0.orders)");
    assertThat(select(c -> cb.size(List.of(1, 2, 3)))).isEqualTo("3");
  }

  @Test
  void literals_inlineWhereJpqlHasTheTypeElseParameters() {
    LocalDateTime noon = LocalDateTime.of(2024, 1, 2, 12, 0);
    CriteriaQuery<Object> q = cb.createQuery();
    q.from(Customer.class);
    q.multiselect(cb.literal("it's"), cb.literal(1), cb.literal(2L), cb.literal(1.5), cb.literal(2.5f), cb.literal(true),
        cb.literal(false), cb.literal(Integer.MIN_VALUE), cb.literal(Double.NaN), cb.literal(new BigDecimal("1.50")),
        cb.literal(BigInteger.TEN), cb.literal('c'), cb.literal(noon), cb.literal((byte) 7),
        cb.literal(CustomerStatus.NEW), cb.nullLiteral(String.class));

    CriteriaTranslation translation = cb.translate(q);
    assertThat(roundTrip(translation)).isEqualTo("SELECT 'it''s', 1, 2L, 1.5D, 2.5F, TRUE, FALSE, :__criteria_literal_0,"
        + " :__criteria_literal_1, :__criteria_literal_2, :__criteria_literal_3, :__criteria_literal_4,"
        + " :__criteria_literal_5, :__criteria_literal_6, :__criteria_literal_7, NULL FROM Customer c0");
    assertThat(translation.literalValues()).containsExactly(
        Map.entry("__criteria_literal_0", Integer.MIN_VALUE), Map.entry("__criteria_literal_1", Double.NaN),
        Map.entry("__criteria_literal_2", new BigDecimal("1.50")), Map.entry("__criteria_literal_3", BigInteger.TEN),
        Map.entry("__criteria_literal_4", 'c'), Map.entry("__criteria_literal_5", noon),
        Map.entry("__criteria_literal_6", (byte) 7), Map.entry("__criteria_literal_7", CustomerStatus.NEW));
    assertThat(cb.literal(CustomerStatus.NEW).getJavaType()).isEqualTo(CustomerStatus.class);
    assertThat(cb.nullLiteral(String.class).getJavaType()).isEqualTo(String.class);
  }

  @Test
  void parameters_namedKeepTheirNameUnnamedGetGeneratedOnes() {
    ParameterExpression<String> name = cb.parameter(String.class, "name");
    ParameterExpression<String> sameName = cb.parameter(String.class, "name");
    ParameterExpression<Integer> unnamed = cb.parameter(Integer.class);
    ParameterExpression<String> spaced = cb.parameter(String.class, "first name");
    ParameterExpression<String> clashing = cb.parameter(String.class, "__criteria_param_0");
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.where(cb.equal(c.get("name"), name), cb.equal(c.get("email"), sameName), cb.gt(c.get("loyaltyPoints"), unnamed),
        cb.equal(c.get("name"), spaced), cb.equal(c.get("email"), clashing));

    CriteriaTranslation translation = cb.translate(q);
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0 FROM Customer c0 WHERE (c0.name = :name AND c0.email = :name"
        + " AND c0.loyaltyPoints > :__criteria_param_1 AND c0.name = :__criteria_param_2 AND c0.email ="
        + " :__criteria_param_0)");
    assertThat(translation.parameterNames()).containsExactly(Map.entry(name, "name"), Map.entry(sameName, "name"),
        Map.entry(unnamed, "__criteria_param_1"), Map.entry(spaced, "__criteria_param_2"),
        Map.entry(clashing, "__criteria_param_0"));
    assertThat(translation.requireParameterName(unnamed)).isEqualTo("__criteria_param_1");
    assertThat(q.getParameters()).containsExactlyInAnyOrder(name, sameName, unnamed, spaced, clashing);
    assertThat(unnamed.getName()).isNull();
    assertThat(unnamed.getPosition()).isNull();
    assertThat(unnamed.getParameterType()).isEqualTo(Integer.class);
    assertThat(unnamed.getJavaType()).isEqualTo(Integer.class);
  }

  @Test
  void selection_aliasAndCompoundItems() {
    Root<Customer> c = cb.createQuery().from(Customer.class);
    Selection<String> name = name(c).alias("a");
    name.alias("b");
    assertThat(name.getAlias()).isEqualTo("b");
    assertThat(name.isCompoundSelection()).isFalse();
    Selection<?> tuple = cb.tuple(name, points(c));
    assertThat(tuple.isCompoundSelection()).isTrue();
    assertThat(tuple.getCompoundSelectionItems()).hasSize(2);
    assertThat(cb.construct(LocalDate.class, points(c)).getJavaType()).isEqualTo(LocalDate.class);
  }
}
