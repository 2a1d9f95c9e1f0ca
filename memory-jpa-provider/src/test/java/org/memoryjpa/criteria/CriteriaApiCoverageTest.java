package org.memoryjpa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.FetchParent;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the golden tests complete: every method name of the Criteria interfaces is called somewhere in
 * the tests of this package (overloads share a name; the golden tests call each overload).
 */
class CriteriaApiCoverageTest {

  private static final List<Class<?>> API = List.of(CriteriaBuilder.class, CriteriaBuilder.In.class,
      CriteriaBuilder.Case.class, CriteriaBuilder.SimpleCase.class, CriteriaBuilder.Coalesce.class,
      CriteriaQuery.class, AbstractQuery.class, CommonAbstractCriteria.class, Subquery.class, CriteriaUpdate.class,
      CriteriaDelete.class, Selection.class, Expression.class, Predicate.class, Path.class, From.class, Root.class,
      Join.class, FetchParent.class, Fetch.class, ListJoin.class, MapJoin.class, Order.class, ParameterExpression.class);

  /** Methods of the TupleElement and Parameter supertypes every selection and parameter has. */
  private static final Set<String> INHERITED = Set.of("getJavaType", "getAlias", "getName", "getPosition",
      "getParameterType");

  @Test
  void everyApiMethod_isCalledByATest() throws IOException {
    StringBuilder sources = new StringBuilder();
    try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of("src/test/java/org/memoryjpa/criteria"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (!file.getFileName().toString().equals("CriteriaApiCoverageTest.java")) {
          sources.append(Files.readString(file));
        }
      }
    }
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : API) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()
            || INHERITED.contains(method.getName())) {
          continue;
        }
        if (!sources.toString().contains("." + method.getName() + "(")
            && !sources.toString().contains("::" + method.getName())) {
          missing.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
