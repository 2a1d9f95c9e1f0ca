package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * The Java types of Criteria aggregates and arithmetic, on both providers: the Criteria signatures
 * keep the operand's type ({@code sum} of a Short is a Short), where JPQL's SUM of an integral is a Long.
 */
class CriteriaNumericTypeRunTest {

  private static final Factories FACTORIES = new Factories(Measure.class);

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    emf.runInTransaction(em -> {
      em.persist(new Measure(1, 3));
      em.persist(new Measure(2, 5));
    });
    return emf.createEntityManager();
  }

  /** The single value of {@code SELECT value FROM Measure m}, built on the provider's own builder. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object single(EntityManager em,
      BiFunction<CriteriaBuilder, Expression, Expression<?>> value, String attribute) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object> q = cb.createQuery(Object.class);
    Root<Measure> m = q.from(Measure.class);
    Expression<?> selection = value.apply(cb, m.get(attribute));
    q.select((Expression) selection);
    Object result = em.createQuery(q).getSingleResult();
    assertThat(result).isInstanceOf(selection.getJavaType());
    return result;
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void sum_ofEachNumericType_hasTheOperandType(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(single(em, CriteriaBuilder::sum, "small")).isEqualTo((short) 8);
      assertThat(single(em, CriteriaBuilder::sum, "tiny")).isEqualTo((byte) 8);
      assertThat(single(em, CriteriaBuilder::sum, "count")).isEqualTo(8);
      assertThat(single(em, CriteriaBuilder::sum, "big")).isEqualTo(8L);
      assertThat(single(em, CriteriaBuilder::sum, "ratio")).isEqualTo(4.0f);
      assertThat(single(em, CriteriaBuilder::sum, "weight")).isEqualTo(2.0);
      assertThat(single(em, CriteriaBuilder::sum, "amount")).isEqualTo(new BigDecimal("0.80"));
      assertThat(single(em, CriteriaBuilder::sum, "huge")).isEqualTo(BigInteger.valueOf(8));
      assertThat(single(em, (cb, x) -> cb.sumAsLong(x), "count")).isEqualTo(8L);
      assertThat(single(em, (cb, x) -> cb.sumAsDouble(x), "ratio")).isEqualTo(4.0);
      assertThat(single(em, (cb, x) -> cb.sum(cb.abs(x)), "small")).isEqualTo((short) 8);
      assertThat(single(em, (cb, x) -> cb.avg(x), "tiny")).isEqualTo(4.0);
      assertThat(single(em, (cb, x) -> cb.max(x), "tiny")).isEqualTo((byte) 5);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void arithmetic_ofShortsAndBytes_staysShortOrByte(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(single(em, (cb, x) -> cb.max(cb.prod(x, x)), "small")).isEqualTo((short) 25);
      assertThat(single(em, (cb, x) -> cb.max(cb.diff(x, x)), "small")).isEqualTo((short) 0);
      assertThat(single(em, (cb, x) -> cb.max(cb.quot(x, x)), "tiny")).isEqualTo((byte) 1);
      assertThat(single(em, (cb, x) -> cb.min(cb.sum(x, x)), "tiny")).isEqualTo((byte) 6);
      assertThat(single(em, (cb, x) -> cb.min(cb.neg(x)), "small")).isEqualTo((short) -5);
      assertThat(single(em, (cb, x) -> cb.max(cb.prod(x, x)), "count")).isEqualTo(25);
      assertThat(single(em, (cb, x) -> cb.max(cb.quot(x, x)), "big")).isEqualTo(1L);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void jpqlSum_ofIntegralTypes_isLong(Provider provider) {
    try (EntityManager em = filled(provider)) {
      for (String attribute : new String[] {"small", "tiny", "count", "big"}) {
        assertThat(em.createQuery("SELECT SUM(m." + attribute + ") FROM Measure m").getSingleResult())
            .as(attribute).isEqualTo(8L);
      }
      assertThat(em.createQuery("SELECT SUM(m.ratio) FROM Measure m").getSingleResult()).isEqualTo(4.0);
    }
  }
}
