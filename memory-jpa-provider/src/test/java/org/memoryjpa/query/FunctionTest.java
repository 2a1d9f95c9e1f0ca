package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.query.Jpql.list;
import static org.memoryjpa.query.Jpql.single;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** String and numeric functions, CASE, COALESCE and NULLIF, on both providers. */
class FunctionTest {

  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf.createEntityManager();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void stringFunctions_areOneBased(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Object[] row = single(em, Object[].class, "select upper(c.name), lower(c.name), length(c.name),"
          + " concat(c.name, '-', c.email), c.name || '!', substring(c.name, 2), substring(c.name, 1, 2),"
          + " locate('d', c.name), locate('a', c.name, 2), trim(' x '), trim(leading 'x' from 'xxAxx'),"
          + " trim(trailing 'x' from 'xxAxx'), trim(both 'x' from 'xxAxx') from Customer c where c.id = 1");
      assertThat(Arrays.asList(row)).containsExactly("ADA", "ada", 3, "Ada-ada@x.org", "Ada!", "da", "Ad", 2, 3,
          "x", "Axx", "xxA", "A");
      Object[] more = single(em, Object[].class, "select left(c.name, 2), right(c.name, 2), replace(c.name, 'd', 'D'),"
          + " concat(c.name, c.email) from Customer c where c.id = 5");
      assertThat(Arrays.asList(more)).containsExactly("Ev", "0%", "Eve_100%", null);
      assertThat(list(em, String.class, "select c.name from Customer c where length(c.name) = 3 order by c.id"))
          .containsExactly("Ada", "Bob", "Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void numericFunctions_keepTheirTypes(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Object[] row = single(em, Object[].class, "select abs(-5), mod(7, 3), sqrt(16), c.age / 5, mod(c.age, 5),"
          + " abs(c.credit - 200) from Customer c where c.id = 1");
      assertThat(Arrays.asList(row).subList(0, 5)).containsExactly(5, 1, 4.0, 7, 1);
      assertThat((java.math.BigDecimal) row[5]).isEqualByComparingTo("99.50");
      Object[] rounding = single(em, Object[].class, "select ceiling(p.weight), floor(p.weight), round(p.weight, 1),"
          + " sign(p.weight - 3) from Product p where p.id = 2");
      assertThat(Arrays.asList(rounding)).containsExactly(3.0, 2.0, 2.3, -1);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void caseCoalesceNullif_chooseValues(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select case when c.age > 30 then 'old' when c.age is null then 'unknown'"
          + " else 'young' end from Customer c order by c.id")).containsExactly("old", "unknown", "young", "old", "young");
      assertThat(list(em, Integer.class, "select case c.status when org.memoryjpa.query.Status.ACTIVE then 1 else 0"
          + " end from Customer c order by c.id")).containsExactly(1, 0, 0, 1, 0);
      assertThat(list(em, String.class, "select coalesce(c.email, 'none') from Customer c order by c.id"))
          .containsExactly("ada@x.org", "bob@x.org", "cy@x.org", "dee@x.org", "none");
      assertThat(list(em, Integer.class, "select coalesce(c.age, 0) from Customer c order by c.id"))
          .containsExactly(36, 0, 25, 41, 25);
      assertThat(list(em, Integer.class, "select nullif(c.age, 25) from Customer c order by c.id"))
          .containsExactly(36, null, null, 41, null);
      assertThat(list(em, String.class, "select c.name from Customer c where case when c.tier is null then 'x'"
          + " else 'y' end = 'x'")).containsExactly("Bob");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void temporalCastAndHqlFunctions_matchHibernate(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Object[] row = single(em, Object[].class, "select extract(year from c.joined), year(c.joined), month(c.joined),"
          + " day(c.joined), str(c.age), cast(c.age as String), cast(c.credit as Integer) from Customer c"
          + " where c.id = 1");
      assertThat(Arrays.asList(row)).containsExactly(2020, 2020, 1, 15, "36", "36", 101);
      assertThat(single(em, Object.class, "select current_date from Customer c where c.id = 1"))
          .isInstanceOf(java.sql.Date.class);
      assertThat(single(em, Object.class, "select local date from Customer c where c.id = 1"))
          .isEqualTo(java.time.LocalDate.now());
      assertThat(list(em, String.class, "select c.name from Customer c where c.joined < current_date and"
          + " extract(month from c.joined) = 12")).containsExactly("Dee");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void hqlForms_commonInUsersQueries(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, String.class, "select c.name from Customer c where c.name ilike 'a%'")).containsExactly("Ada");
      assertThat(list(em, String.class, "select c.name from Customer c order by c.id limit 2 offset 1"))
          .containsExactly("Bob", "Cy");
      assertThat(single(em, Long.class, "select count(*) from Customer")).isEqualTo(5L);
      assertThat(list(em, String.class, "select c.name from Customer c where c.tier = 'GOLD' order by c.id"))
          .containsExactly("Ada", "Dee");
      assertThat(list(em, String.class, "select c.name from Customer c where 'vip' not member of c.tags order by c.id"))
          .containsExactly("Bob", "Cy", "Dee", "Eve_100%");
      assertThat(list(em, String.class, "select c.name from Customer c where c.age ^= 25 order by c.id"))
          .containsExactly("Ada", "Dee");
    }
  }
}
