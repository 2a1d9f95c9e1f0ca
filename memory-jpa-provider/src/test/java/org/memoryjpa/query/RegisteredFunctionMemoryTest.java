package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memoryjpa.query.Jpql.list;
import static org.memoryjpa.query.Jpql.single;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memoryjpa.ConfigurationKeys;
import org.memoryjpa.QueryFunction;
import org.memoryjpa.testing.Provider;

/**
 * {@code FUNCTION('name', ...)} over functions the application registers. Memory only: Hibernate
 * registers functions through its own {@code FunctionContributor}, which this reference setup lacks.
 */
class RegisteredFunctionMemoryTest {

  /** Registered by class name; reverses a string. */
  public static final class Reverse implements QueryFunction {
    @Override
    public Object apply(Object... arguments) {
      return new StringBuilder((String) arguments[0]).reverse().toString();
    }

    @Override
    public Class<?> resultType() {
      return String.class;
    }
  }

  /** Sees nulls: tells whether its two arguments are equal, null-safe. */
  static final QueryFunction SAME = new QueryFunction() {
    @Override
    public Object apply(Object... arguments) {
      return Objects.equals(arguments[0], arguments[1]);
    }

    @Override
    public Class<?> resultType() {
      return Boolean.class;
    }

    @Override
    public boolean acceptsNulls() {
      return true;
    }
  };

  private EntityManagerFactory emf;

  @AfterEach
  void close() {
    if (emf != null) {
      emf.close();
    }
  }

  private EntityManager filled(Object functions) {
    emf = Provider.MEMORY.create(Map.of(ConfigurationKeys.QUERY_FUNCTIONS, functions), QueryData.CLASSES);
    QueryData.fill(emf);
    return emf.createEntityManager();
  }

  private static Map<String, Object> standard() {
    return Map.of(
        "reverse", Reverse.class.getName(),
        "twice", QueryFunction.of(Integer.class, arguments -> ((Integer) arguments[0]) * 2),
        "tierName", QueryFunction.of(String.class, arguments -> ((Tier) arguments[0]).name().toLowerCase()),
        "same", SAME);
  }

  @Test
  void function_registeredByClassName_isCalledPerRow() {
    try (EntityManager em = filled(standard())) {
      assertThat(list(em, String.class, "select function('reverse', c.name) from Customer c where c.id <= 3"
          + " order by c.id")).containsExactly("adA", "boB", "yC");
    }
  }

  @Test
  void function_resultType_typesComparisonsAndArithmetic() {
    try (EntityManager em = filled(standard())) {
      assertThat(list(em, Long.class, "select c.id from Customer c where function('twice', c.age) > 60 order by c.id"))
          .containsExactly(1L, 4L);
      assertThat(single(em, Integer.class, "select function('TWICE', c.age) + 1 from Customer c where c.id = 3"))
          .isEqualTo(51);
    }
  }

  @Test
  void function_nullArgument_yieldsNullUnlessTheFunctionAcceptsNulls() {
    try (EntityManager em = filled(standard())) {
      assertThat(list(em, Integer.class, "select function('twice', c.age) from Customer c order by c.id"))
          .containsExactly(72, null, 50, 82, 50);
      assertThat(list(em, Boolean.class, "select function('same', c.email, null) from Customer c order by c.id"))
          .containsExactly(false, false, false, false, true);
    }
  }

  @Test
  void function_enumArgument_receivesTheJavaValue() {
    try (EntityManager em = filled(standard())) {
      assertThat(list(em, String.class, "select function('tierName', c.tier) from Customer c order by c.id"))
          .containsExactly("gold", null, "silver", "gold", "bronze");
    }
  }

  @Test
  void function_calledByNameAsInHql_isTheRegisteredOne() {
    try (EntityManager em = filled(standard())) {
      assertThat(single(em, String.class, "select reverse(c.name) from Customer c where c.id = 2")).isEqualTo("boB");
    }
  }

  @Test
  void function_builtInNameInFunction_stillWorks() {
    try (EntityManager em = filled(standard())) {
      assertThat(single(em, String.class, "select function('upper', c.name) from Customer c where c.id = 2"))
          .isEqualTo("BOB");
    }
  }

  @Test
  void function_registeredAsString_inPersistenceXmlForm() {
    try (EntityManager em = filled("reverse=" + Reverse.class.getName())) {
      assertThat(single(em, String.class, "select function('reverse', 'abc') from Customer c where c.id = 1"))
          .isEqualTo("cba");
    }
  }

  @Test
  void function_ofServiceLoaderContributor_isRegistered() {
    try (EntityManager em = filled(Map.of())) {
      assertThat(single(em, String.class, "select function('greeting', c.name) from Customer c where c.id = 2"))
          .isEqualTo("Hello, Bob");
    }
  }

  @Test
  void createQuery_unknownFunction_namesItAndListsRegistered() {
    try (EntityManager em = filled(standard())) {
      assertThatThrownBy(() -> em.createQuery("select function('revrse', c.name) from Customer c"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Unknown function 'revrse' at 1:8; did you mean 'reverse'?;"
              + " registered functions: greeting, reverse, same, tierName, twice;"
              + " register it with memoryjpa.query.functions or a QueryFunctionContributor")
          .hasMessageContaining("^");
    }
  }

  @Test
  void createFactory_classNotAFunction_isPersistenceException() {
    assertThatThrownBy(() -> filled(Map.of("bad", String.class.getName())))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Class 'java.lang.String' of function 'bad' in memoryjpa.query.functions does not implement"
            + " org.memoryjpa.QueryFunction");
  }

  @Test
  void function_inWhereAndSelect_printsInArrays() {
    try (EntityManager em = filled(standard())) {
      Object[] row = single(em, Object[].class, "select function('reverse', c.name), function('twice', 3)"
          + " from Customer c where c.id = 1");
      assertThat(Arrays.asList(row)).containsExactly("adA", 6);
    }
  }

  @Test
  void criteriaFunction_registeredName_isTheRegisteredOne() {
    try (EntityManager em = filled(standard())) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<String> query = cb.createQuery(String.class);
      Root<Customer> c = query.from(Customer.class);
      query.select(cb.function("reverse", String.class, c.get("name"))).where(cb.equal(c.get("id"), 2L));
      assertThat(em.createQuery(query).getResultList()).containsExactly("boB");
    }
  }

  @Test
  void createQuery_entityArgument_isRejectedWithItsPosition() {
    try (EntityManager em = filled(standard())) {
      assertThatThrownBy(() -> em.createQuery("select c from Customer c where function('same', c, c.referrer) = true"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Entity-valued argument 'c' of function 'same' is not supported at 1:49;"
              + " pass one of its attributes, such as its id");
      assertThatThrownBy(() -> em.createQuery("select reverse(p.customer) from Purchase p"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Entity-valued argument 'p.customer' of function 'reverse' is not supported");
      assertThat(list(em, Boolean.class, "select same(c.id, c.referrer.id) from Customer c where c.id = 3"))
          .containsExactly(false);
    }
  }
}
