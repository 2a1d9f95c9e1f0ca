package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.query.Jpql.list;
import static org.memoryjpa.query.Jpql.single;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/** What results look like: converted scalars, embeddables, Object[], Tuple, NEW, result-class checks. */
class ResultShapeTest {

  private static final Factories FACTORIES = QueryData.factories();

  /** A nested DTO, named with '$' as Spring Data writes it. */
  public static final class Pair {
    private final String name;
    private final long count;

    public Pair(String name, long count) {
      this.name = name;
      this.count = count;
    }

    public String name() {
      return name;
    }

    public long count() {
      return count;
    }
  }

  /** A result class whose constructor fails. */
  public static final class Refusing {
    public Refusing(String name, Long id) {
      throw new IllegalStateException("refused " + name + " " + id);
    }
  }

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
  void scalars_comeBackInTheirJavaForm(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Object[] row = single(em, Object[].class, "select c.status, c.tier, c.joined, c.address.city, c.active, c.id"
          + " from Customer c where c.id = 1");
      assertThat(row).containsExactly(Status.ACTIVE, Tier.GOLD, LocalDate.of(2020, 1, 15), "London", true, 1L);
      Address address = single(em, Address.class, "select c.address from Customer c where c.id = 4");
      assertThat(address.getCity()).isEqualTo("London");
      assertThat(list(em, Address.class, "select c.address from Customer c where c.id = 3")).containsExactly((Address) null);
      assertThat(em.createQuery("select c.name from Customer c where c.id = 2").getSingleResult()).isEqualTo("Bob");
      assertThat(em.createQuery("select c.name, c.age from Customer c where c.id = 2").getSingleResult())
          .isInstanceOf(Object[].class);
      assertThat(single(em, Object[].class, "select c.name from Customer c where c.id = 2")).containsExactly("Bob");
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void tuple_exposesAliasesAndTypes(Provider provider) {
    try (EntityManager em = filled(provider)) {
      Tuple tuple = single(em, Tuple.class, "select c.name as name, c.age as age from Customer c where c.id = 1");
      assertThat(tuple.get("name")).isEqualTo("Ada");
      assertThat(tuple.get("age", Integer.class)).isEqualTo(36);
      assertThat(tuple.get(1)).isEqualTo(36);
      assertThat(tuple.toArray()).containsExactly("Ada", 36);
      assertThat(tuple.getElements()).extracting(TupleElement::getAlias).containsExactly("name", "age");
      assertThatThrownBy(() -> tuple.get("missing")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> tuple.get("name", Integer.class)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> tuple.get(5)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void constructorExpressions_buildDtos(Provider provider) {
    try (EntityManager em = filled(provider)) {
      assertThat(list(em, NameAge.class, "select new org.memoryjpa.query.NameAge(c.name, c.age) from Customer c"
          + " where c.id < 3 order by c.id")).containsExactly(new NameAge("Ada", 36), new NameAge("Bob", null));
      List<Pair> pairs = list(em, Pair.class, "select new org.memoryjpa.query.ResultShapeTest$Pair(c.name, count(p))"
          + " from Customer c join c.purchases p group by c.name order by c.name");
      assertThat(pairs).extracting(Pair::name, Pair::count).containsExactly(
          org.assertj.core.api.Assertions.tuple("Ada", 2L), org.assertj.core.api.Assertions.tuple("Cy", 1L),
          org.assertj.core.api.Assertions.tuple("Dee", 2L));
      assertThat(list(em, NameAge.class, "select c.name, c.age from Customer c where c.id = 1"))
          .containsExactly(new NameAge("Ada", 36));
    }
  }

  /**
   * A disagreement the spec decides: {@code createQuery(String, Class)} names IllegalArgumentException for
   * a result that is not assignable to the class, which memory-jpa throws; Hibernate 7 throws its
   * QueryTypeMismatchException, a PersistenceException.
   */
  @ParameterizedTest
  @EnumSource(Provider.class)
  void createQuery_incompatibleResultClass_throwsAtCreation(Provider provider) {
    Class<? extends RuntimeException> expected = provider == Provider.MEMORY
        ? IllegalArgumentException.class : jakarta.persistence.PersistenceException.class;
    try (EntityManager em = filled(provider)) {
      assertThatThrownBy(() -> em.createQuery("select c.age from Customer c", Long.class)).isInstanceOf(expected);
      assertThatThrownBy(() -> em.createQuery("select count(c) from Customer c", Integer.class)).isInstanceOf(expected);
      assertThatThrownBy(() -> em.createQuery("select c from Customer c", Product.class)).isInstanceOf(expected);
      assertThat(em.createQuery("select c from Customer c where c.id = 4", Customer.class).getSingleResult())
          .isInstanceOf(VipCustomer.class);
      assertThat(em.createQuery("select c.age from Customer c where c.id = 1", Object.class).getSingleResult())
          .isEqualTo(36);
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  void failingResultClassConstructor_singleResultInATransaction_throwsAndMarksRollback(Provider provider) {
    try (EntityManager em = filled(provider)) {
      em.getTransaction().begin();
      assertThatThrownBy(() -> single(em, Refusing.class,
          "select c.name, c.id from Customer c where c.id = 1"))
          .isInstanceOf(jakarta.persistence.PersistenceException.class);
      assertThat(em.getTransaction().getRollbackOnly()).isTrue();
      em.getTransaction().rollback();
    }
  }
}
