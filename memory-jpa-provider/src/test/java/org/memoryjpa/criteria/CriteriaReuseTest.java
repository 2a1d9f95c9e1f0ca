package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.memoryjpa.criteria.model.CriteriaModel;
import org.memoryjpa.criteria.model.Customer;
import org.memoryjpa.criteria.model.CustomerStatus;
import org.memoryjpa.criteria.model.PurchaseOrder;
import org.memoryjpa.internal.metadata.MetadataReader;
import org.memoryjpa.internal.metadata.metamodel.MemoryMetamodel;
import org.memoryjpa.internal.query.criteria.CriteriaTranslation;
import org.memoryjpa.internal.query.criteria.MemoryCriteriaBuilder;

/**
 * A Criteria query is built once and run many times, from several EntityManagers and threads:
 * translation only reads it, and each translation is an immutable value.
 */
class CriteriaReuseTest extends CriteriaFixture {

  private CriteriaQuery<Tuple> richQuery() {
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Customer> c = q.from(Customer.class);
    Join<Customer, PurchaseOrder> o = c.join("orders", JoinType.LEFT);
    c.fetch("referrer", JoinType.LEFT);
    Subquery<Long> sq = q.subquery(Long.class);
    Root<PurchaseOrder> p = sq.from(PurchaseOrder.class);
    sq.select(cb.count(p)).where(cb.equal(p.get("customer"), c));
    ParameterExpression<String> name = cb.parameter(String.class, "name");
    q.multiselect(c.get("name").alias("name"), cb.count(o).alias("orders"), sq.alias("all"))
        .where(cb.like(c.get("name"), name), cb.equal(c.get("status"), CustomerStatus.GOLD), cb.gt(sq, 0L))
        .groupBy(c.get("name"), sq)
        .orderBy(cb.desc(cb.count(o)));
    return q;
  }

  @Test
  void translate_twice_givesEqualTranslationsAndLeavesTheQueryAsItWas() {
    CriteriaQuery<Tuple> q = richQuery();
    Selection<Tuple> selection = q.getSelection();
    Predicate restriction = q.getRestriction();
    List<String> aliases = q.getSelection().getCompoundSelectionItems().stream().map(Selection::getAlias).toList();

    CriteriaTranslation first = cb.translate(q);
    CriteriaTranslation second = cb.translate(q);

    assertThat(second.statement().toString()).isEqualTo(first.statement().toString());
    assertThat(second.literalValues()).isEqualTo(first.literalValues());
    assertThat(second.parameterNames()).isEqualTo(first.parameterNames());
    assertThat(q.getSelection()).isSameAs(selection);
    assertThat(q.getRestriction()).isSameAs(restriction);
    assertThat(q.getSelection().getCompoundSelectionItems().stream().map(Selection::getAlias).toList())
        .isEqualTo(aliases);
    assertThat(q.getRoots().iterator().next().getAlias()).isNull();
  }

  @Test
  void translation_isAValue_laterChangesToTheQueryDoNotReachIt() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    q.where(cb.equal(c.get("status"), CustomerStatus.NEW));
    CriteriaTranslation before = cb.translate(q);

    q.where(cb.equal(c.get("status"), CustomerStatus.GOLD), cb.isNull(c.get("email")));
    CriteriaTranslation after = cb.translate(q);

    assertThat(roundTrip(before)).isEqualTo("SELECT c0 FROM Customer c0 WHERE c0.status = :__criteria_literal_0");
    assertThat(before.literalValues()).containsEntry("__criteria_literal_0", CustomerStatus.NEW);
    assertThat(roundTrip(after)).isEqualTo(
        "SELECT c0 FROM Customer c0 WHERE (c0.status = :__criteria_literal_0 AND c0.email IS NULL)");
    assertThat(after.literalValues()).containsEntry("__criteria_literal_0", CustomerStatus.GOLD);
  }

  @Test
  void translate_fromManyThreadsAtOnce_isDeterministic() throws Exception {
    CriteriaQuery<Tuple> q = richQuery();
    String expected = cb.translate(q).statement().toString();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> cb.translate(q).statement().toString()));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void translate_byTheBuilderOfAnotherFactoryOfTheSameUnit_isTheSameStatement() {
    MemoryCriteriaBuilder other = new MemoryCriteriaBuilder(new MemoryMetamodel(MetadataReader.read(CriteriaModel.CLASSES)));
    CriteriaQuery<Tuple> q = richQuery();

    assertThat(other.translate(q).statement().toString()).isEqualTo(cb.translate(q).statement().toString());
  }

  @Test
  void richQuery_golden() {
    CriteriaTranslation translation = cb.translate(richQuery());
    assertThat(roundTrip(translation)).isEqualTo("SELECT c0.name AS name, COUNT(o1) AS orders, (SELECT COUNT(p2) FROM"
        + " PurchaseOrder p2 WHERE p2.customer = c0) AS all FROM Customer c0 LEFT JOIN c0.orders o1 LEFT JOIN FETCH"
        + " c0.referrer WHERE (c0.name LIKE :name AND c0.status = :__criteria_literal_0 AND (SELECT COUNT(p2) FROM"
        + " PurchaseOrder p2 WHERE p2.customer = c0) > 0L) GROUP BY c0.name, (SELECT COUNT(p2) FROM PurchaseOrder p2"
        + " WHERE p2.customer = c0) ORDER BY COUNT(o1) DESC");
  }

  @Test
  void literalsOfOnConditions_areNumberedInFromOrder() {
    CriteriaQuery<Customer> q = cb.createQuery(Customer.class);
    Root<Customer> c = q.from(Customer.class);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Join<Customer, PurchaseOrder> o = c.join("orders", JoinType.LEFT);
      o.on(cb.equal(o.get("placedOn"), java.time.LocalDate.of(2024, 1, 1 + i)));
      expected.add("LEFT JOIN c0.orders o" + (i + 1) + " ON o" + (i + 1) + ".placedOn = :__criteria_literal_" + i);
    }

    assertThat(roundTrip(cb.translate(q))).isEqualTo("SELECT c0 FROM Customer c0 " + String.join(" ", expected));
  }
}
