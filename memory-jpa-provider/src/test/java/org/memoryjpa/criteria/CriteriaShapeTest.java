package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.CardPayment;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.CustomerStatus;
import org.memoryjpa.criteria.model.Payment;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.internal.query.criteria.CriteriaShape;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;

/**
 * The shape of a Criteria query, under which a translation is reused for another query: two queries
 * of equal shape must translate to the same statement, and queries whose translations differ (in an
 * operator, attribute, order, literal kind, ...) must not share a shape. Queries the shape does not
 * understand have none.
 */
class CriteriaShapeTest extends CriteriaFixture {

  /** Builds one query anew on each call, as an application does. */
  private interface Build extends Function<CriteriaShapeTest, CriteriaQuery<?>> {}

  private static CriteriaQuery<?> customers(CriteriaShapeTest t,
      BiFunction<CriteriaQuery<Customer>, Root<Customer>, CriteriaQuery<?>> body) {
    CriteriaQuery<Customer> q = t.cb.createQuery(Customer.class);
    return body.apply(q, q.from(Customer.class));
  }

  private static CriteriaQuery<?> objects(CriteriaShapeTest t,
      BiFunction<CriteriaQuery<Object>, Root<Customer>, CriteriaQuery<?>> body) {
    CriteriaQuery<Object> q = t.cb.createQuery(Object.class);
    return body.apply(q, q.from(Customer.class));
  }

  private static Map<String, Build> queries() {
    Map<String, Build> all = new LinkedHashMap<>();
    all.put("no where", t -> customers(t, (q, c) -> q));
    all.put("select root", t -> customers(t, (q, c) -> q.select(c)));
    all.put("email = a", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), "a"))));
    all.put("name = a", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("name"), "a"))));
    all.put("email <> a", t -> customers(t, (q, c) -> q.where(t.cb.notEqual(c.get("email"), "a"))));
    all.put("email > a", t -> customers(t, (q, c) -> q.where(t.cb.greaterThan(c.get("email"), "a"))));
    all.put("email >= a", t -> customers(t, (q, c) -> q.where(t.cb.greaterThanOrEqualTo(c.get("email"), "a"))));
    all.put("email < a", t -> customers(t, (q, c) -> q.where(t.cb.lessThan(c.get("email"), "a"))));
    all.put("email <= a", t -> customers(t, (q, c) -> q.where(t.cb.lessThanOrEqualTo(c.get("email"), "a"))));
    all.put("email = null", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), (Object) null))));
    all.put("email is null", t -> customers(t, (q, c) -> q.where(t.cb.isNull(c.get("email")))));
    all.put("email = literal(a)", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), t.cb.literal("a")))));
    all.put("email = name", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), c.get("name")))));
    all.put("name = email", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("name"), c.get("email")))));
    all.put("upper(email) = a", t -> customers(t, (q, c) -> q.where(t.cb.equal(t.cb.upper(c.get("email")), "a"))));
    all.put("lower(email) = a", t -> customers(t, (q, c) -> q.where(t.cb.equal(t.cb.lower(c.get("email")), "a"))));
    all.put("not email = a", t -> customers(t, (q, c) -> q.where(t.cb.not(t.cb.equal(c.get("email"), "a")))));
    all.put("email like a", t -> customers(t, (q, c) -> q.where(t.cb.like(c.get("email"), "a"))));
    all.put("points = 1", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("loyaltyPoints"), 1))));
    all.put("points = 1L", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("loyaltyPoints"), 1L))));
    all.put("points > 1", t -> customers(t, (q, c) -> q.where(t.cb.gt(c.get("loyaltyPoints"), 1))));
    all.put("balance = 1", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("balance"), BigDecimal.ONE))));
    all.put("status = GOLD", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("status"), CustomerStatus.GOLD))));
    all.put("birthDate = d", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("birthDate"), LocalDate.EPOCH))));
    all.put("active = true", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("active"), true))));
    all.put("email = :e", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), t.cb.parameter(String.class, "e")))));
    all.put("email = :f", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), t.cb.parameter(String.class, "f")))));
    all.put("email = ?", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), t.cb.parameter(String.class)))));
    all.put("email = :e or name = :e (one object)", t -> customers(t, (q, c) -> {
      ParameterExpression<String> e = t.cb.parameter(String.class, "e");
      return q.where(t.cb.or(t.cb.equal(c.get("email"), e), t.cb.equal(c.get("name"), e)));
    }));
    all.put("email = ? or name = ? (two objects)", t -> customers(t, (q, c) -> q.where(t.cb.or(
        t.cb.equal(c.get("email"), t.cb.parameter(String.class)), t.cb.equal(c.get("name"), t.cb.parameter(String.class))))));
    all.put("email = ? or name = ? (one object)", t -> customers(t, (q, c) -> {
      ParameterExpression<String> e = t.cb.parameter(String.class);
      return q.where(t.cb.or(t.cb.equal(c.get("email"), e), t.cb.equal(c.get("name"), e)));
    }));
    all.put("email = a and name = b", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("email"), "a"),
        t.cb.equal(c.get("name"), "b"))));
    all.put("email = a or name = b", t -> customers(t, (q, c) -> q.where(t.cb.or(t.cb.equal(c.get("email"), "a"),
        t.cb.equal(c.get("name"), "b")))));
    all.put("(email = a or name = b) and points = 1", t -> customers(t, (q, c) -> q.where(t.cb.or(
        t.cb.equal(c.get("email"), "a"), t.cb.equal(c.get("name"), "b")), t.cb.equal(c.get("loyaltyPoints"), 1))));
    all.put("email = a or (name = b and points = 1)", t -> customers(t, (q, c) -> q.where(t.cb.or(
        t.cb.equal(c.get("email"), "a"), t.cb.and(t.cb.equal(c.get("name"), "b"), t.cb.equal(c.get("loyaltyPoints"), 1))))));
    all.put("conjunction()", t -> customers(t, (q, c) -> q.where(t.cb.conjunction())));
    all.put("disjunction()", t -> customers(t, (q, c) -> q.where(t.cb.disjunction())));
    all.put("distinct, email = a", t -> customers(t, (q, c) -> q.distinct(true).where(t.cb.equal(c.get("email"), "a"))));
    all.put("order by email", t -> customers(t, (q, c) -> q.orderBy(t.cb.asc(c.get("email")))));
    all.put("order by email desc", t -> customers(t, (q, c) -> q.orderBy(t.cb.desc(c.get("email")))));
    all.put("order by name", t -> customers(t, (q, c) -> q.orderBy(t.cb.asc(c.get("name")))));
    all.put("order by email nulls first", t -> customers(t, (q, c) -> q.orderBy(t.cb.asc(c.get("email"), Nulls.FIRST))));
    all.put("order by email, name", t -> customers(t, (q, c) -> q.orderBy(t.cb.asc(c.get("email")), t.cb.asc(c.get("name")))));
    all.put("order by upper(email)", t -> customers(t, (q, c) -> q.orderBy(t.cb.asc(t.cb.upper(c.get("email"))))));
    all.put("join orders", t -> customers(t, (q, c) -> {
      c.join("orders");
      return q.where(t.cb.equal(c.get("email"), "a"));
    }));
    all.put("left join orders", t -> customers(t, (q, c) -> {
      c.join("orders", JoinType.LEFT);
      return q.where(t.cb.equal(c.get("email"), "a"));
    }));
    all.put("fetch referrer", t -> customers(t, (q, c) -> {
      c.fetch("referrer", JoinType.LEFT);
      return q.where(t.cb.equal(c.get("email"), "a"));
    }));
    all.put("referrer.email = a", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("referrer").get("email"), "a"))));
    all.put("address.city = a", t -> customers(t, (q, c) -> q.where(t.cb.equal(c.get("address").get("city"), "a"))));
    all.put("exists subquery", t -> customers(t, (q, c) -> {
      Subquery<Long> s = q.subquery(Long.class);
      Root<PurchaseOrder> o = s.from(PurchaseOrder.class);
      return q.where(t.cb.exists(s.select(t.cb.literal(1L)).where(t.cb.equal(o.get("customer"), c))));
    }));
    all.put("points = subquery", t -> customers(t, (q, c) -> {
      Subquery<Integer> s = q.subquery(Integer.class);
      Root<Customer> o = s.from(Customer.class);
      return q.where(t.cb.equal(c.get("loyaltyPoints"), s.select(t.cb.max(o.get("loyaltyPoints")))));
    }));
    all.put("select email", t -> objects(t, (q, c) -> q.select(c.get("email")).where(t.cb.equal(c.get("email"), "a"))));
    all.put("select email as e", t -> objects(t, (q, c) -> q.select(c.get("email").alias("e")).where(t.cb.equal(c.get("email"), "a"))));
    all.put("select name", t -> objects(t, (q, c) -> q.select(c.get("name")).where(t.cb.equal(c.get("email"), "a"))));
    all.put("select customer as Object", t -> objects(t, (q, c) -> q.where(t.cb.equal(c.get("email"), "a"))));
    all.put("tuple of customer", t -> {
      CriteriaQuery<jakarta.persistence.Tuple> q = t.cb.createTupleQuery();
      Root<Customer> c = q.from(Customer.class);
      return q.where(t.cb.equal(c.get("email"), "a"));
    });
    all.put("root alias x", t -> customers(t, (q, c) -> {
      c.alias("x");
      return q.where(t.cb.equal(c.get("email"), "a"));
    }));
    all.put("payments", t -> {
      CriteriaQuery<Payment> q = t.cb.createQuery(Payment.class);
      Root<Payment> p = q.from(Payment.class);
      return q.where(t.cb.equal(p.get("amount"), BigDecimal.ONE));
    });
    all.put("treat payment as card", t -> {
      CriteriaQuery<Payment> q = t.cb.createQuery(Payment.class);
      Root<Payment> p = q.from(Payment.class);
      return q.where(t.cb.equal(t.cb.treat(p, CardPayment.class).get("cardNumber"), "a"));
    });
    all.put("card payments", t -> {
      CriteriaQuery<CardPayment> q = t.cb.createQuery(CardPayment.class);
      Root<CardPayment> p = q.from(CardPayment.class);
      return q.where(t.cb.equal(p.get("cardNumber"), "a"));
    });
    all.put("two roots", t -> customers(t, (q, c) -> {
      q.from(PurchaseOrder.class);
      return q.where(t.cb.equal(c.get("email"), "a"));
    }));
    all.put("group by email", t -> customers(t, (q, c) -> q.groupBy(c.get("email"))));
    return all;
  }

  private CriteriaShape shape(CriteriaQuery<?> query) {
    return CriteriaShape.of(cb, query);
  }

  @Test
  void queriesOfEqualShape_translateToTheSameStatement_andAllOthersDiffer() {
    Map<String, Build> all = queries();
    Map<List<Object>, String> seen = new LinkedHashMap<>();
    Map<List<Object>, String> statements = new LinkedHashMap<>();
    List<String> shaped = new ArrayList<>();
    for (Map.Entry<String, Build> entry : all.entrySet()) {
      CriteriaQuery<?> query = entry.getValue().apply(this);
      CriteriaShape shape = shape(query);
      if (shape == null) {
        continue;
      }
      shaped.add(entry.getKey());
      String statement = cb.translate(query, true).statement().toString();
      String earlier = seen.putIfAbsent(shape.key(), entry.getKey());
      assertThat(earlier).as("'%s' shares its shape with '%s'", entry.getKey(), earlier).isNull();
      statements.put(shape.key(), statement);
      // the same query built again has the same shape, and a matching fresh translation
      CriteriaQuery<?> again = entry.getValue().apply(this);
      CriteriaShape second = shape(again);
      assertThat(second.key()).as(entry.getKey()).isEqualTo(shape.key());
      CriteriaTranslation fresh = cb.translate(again, true);
      assertThat(second.matches(fresh, again)).as(entry.getKey()).isTrue();
      CriteriaTranslation rebound = second.rebind(cb.translate(query, true), again);
      assertThat(rebound.statement()).isEqualTo(fresh.statement());
      assertThat(rebound.literalValues()).isEqualTo(fresh.literalValues());
      assertThat(rebound.parameterNames()).isEqualTo(fresh.parameterNames());
      assertThat(rebound.resultItems()).containsExactlyElementsOf(fresh.resultItems());
      assertThat(rebound.resultForm()).isEqualTo(fresh.resultForm());
      assertThat(rebound.resultType()).isEqualTo(fresh.resultType());
    }
    // the simple forms have a shape; the rest falls back to a full translation
    assertThat(shaped).contains("no where", "email = a", "email = :e", "email = ?", "email = a or (name = b and points = 1)",
        "order by email nulls first", "select email", "root alias x", "status = GOLD", "balance = 1", "payments");
    assertThat(shaped).doesNotContain("email = null", "email is null", "email = literal(a)", "upper(email) = a",
        "not email = a", "email like a", "points = 1L", "join orders", "left join orders", "fetch referrer",
        "referrer.email = a", "address.city = a", "exists subquery", "points = subquery", "treat payment as card",
        "two roots", "group by email", "order by upper(email)", "tuple of customer");
  }

  @Test
  void sameShape_withOtherValues_rebindsTheNewValuesAndParameters() {
    CriteriaQuery<Customer> first = cb.createQuery(Customer.class);
    Root<Customer> c1 = first.from(Customer.class);
    first.where(cb.equal(c1.get("email"), "a"), cb.gt(c1.get("loyaltyPoints"), 1),
        cb.equal(c1.get("name"), cb.parameter(String.class, "n")));
    CriteriaQuery<Customer> second = cb.createQuery(Customer.class);
    Root<Customer> c2 = second.from(Customer.class);
    ParameterExpression<String> n = cb.parameter(String.class, "n");
    second.where(cb.equal(c2.get("email"), "b"), cb.gt(c2.get("loyaltyPoints"), 7), cb.equal(c2.get("name"), n));

    CriteriaShape shape = shape(second);
    assertThat(shape.key()).isEqualTo(shape(first).key());
    CriteriaTranslation rebound = shape.rebind(cb.translate(first, true), second);

    assertThat(rebound.literalValues()).containsExactly(Map.entry("__criteria_literal_0", "b"),
        Map.entry("__criteria_literal_1", 7));
    assertThat(rebound.parameterNames()).containsExactly(Map.entry(n, "n"));
    assertThat(rebound.resultItems()).containsExactly(c2);
  }
}
