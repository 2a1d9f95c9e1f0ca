package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.query.Jpql.list;
import static org.memoryjpa.query.Jpql.single;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * The HQL forms and the Spring Data forms issue 4 lists, each once, in one place, on both providers:
 * queries without SELECT or alias, {@code count(*)}, LIMIT/OFFSET, ILIKE, {@code str()}, {@code !=},
 * {@code IN :param}, {@code LIKE ... ESCAPE '\'}, NULLS LAST, aliases into a Tuple, a nested DTO by
 * binary name, joins over embedded attributes and entity-valued parameters.
 */
class HqlFormsTest {

  private static final Factories FACTORIES = QueryData.factories();

  /** A DTO nested in the test, named with '$' as Spring Data writes it. */
  public record NameCity(String name, String city) {}

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  private static EntityManager filled(Provider provider) {
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    return emf.createEntityManager();
  }

  private static List<String> names(EntityManager em, String jpql, Object... arguments) {
    return list(em, Customer.class, jpql, arguments).stream().map(Customer::getName).toList();
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void hqlForms_withoutSelectOrAlias_countStarLimitOffsetIlikeStr(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "from Customer c where c.age > 30 order by c.id")).containsExactly("Ada", "Dee");
      assertThat(names(em, "from Customer where age = 25 order by id")).containsExactly("Cy", "Eve_100%");
      assertThat(single(em, Long.class, "select count(*) from Customer where status = ?1", 1, Status.NEW))
          .isEqualTo(2L);
      assertThat(list(em, String.class, "select c.name from Customer c order by c.name limit 2 offset 2"))
          .containsExactly("Cy", "Dee");
      assertThat(list(em, String.class, "select c.name from Customer c order by c.id limit :n", "n", 1))
          .containsExactly("Ada");
      assertThat(names(em, "from Customer c where c.email ilike 'B%' or c.name ilike '%E'")).containsExactly("Bob", "Dee");
      assertThat(list(em, String.class, "select str(c.age) from Customer c where str(c.age) like '4%'"))
          .containsExactly("41");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void springDataForms_notEqualsInLikeEscapeNullsLast(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(names(em, "select c from Customer c where c.status != ?1 order by c.id", 1, Status.ACTIVE))
          .containsExactly("Bob", "Cy", "Eve_100%");
      assertThat(names(em, "select c from Customer c where c.id in :ids order by c.id", "ids", List.of(2L, 4L, 9L)))
          .containsExactly("Bob", "Dee");
      assertThat(names(em, "select c from Customer c where c.name like :pattern escape '\\'", "pattern",
          "%\\_100\\%")).containsExactly("Eve_100%");
      assertThat(names(em, "select c from Customer c order by c.age desc nulls last, c.id"))
          .containsExactly("Dee", "Ada", "Cy", "Eve_100%", "Bob");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void springDataForms_tupleAliasesDtoEmbeddedJoinAndEntityParameter(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Tuple tuple = em.createQuery("select c.name as name, c.address.city as city from Customer c where c.id = 4",
          Tuple.class).getSingleResult();
      assertThat(tuple.get("name")).isEqualTo("Dee");
      assertThat(tuple.get("city", String.class)).isEqualTo("London");
      assertThat(list(em, NameCity.class, "select new org.memoryjpa.query.HqlFormsTest$NameCity(c.name, a.city)"
          + " from Customer c join c.address a where a.city = 'London' order by c.id"))
          .containsExactly(new NameCity("Ada", "London"), new NameCity("Dee", "London"));
      Customer ada = em.find(Customer.class, 1L);
      assertThat(list(em, Long.class, "select p.id from Purchase p where p.customer = ?1 order by p.id", 1, ada))
          .containsExactly(1L, 2L);
      assertThat(list(em, Long.class, "select p.id from Purchase p where p.customer in :owners order by p.id",
          "owners", List.of(ada, em.find(Customer.class, 3L)))).containsExactly(1L, 2L, 3L);
    }
  }
}
