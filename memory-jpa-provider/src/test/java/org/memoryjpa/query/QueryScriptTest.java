package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memoryjpa.internal.session.MemoryQuery;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.Provider;

/**
 * Runs the golden query scripts in {@code src/test/resources/jpql/engine} over {@link QueryData}, on
 * both providers: one file per feature, each case a query followed by its expected outcome.
 *
 * <pre>
 * -- a comment
 * select c.name, c.age from Customer c where c.id &lt; 3 order by c.id
 * =&gt; 'Ada', 36
 * =&gt; 'Bob', null
 * || Project c.name, c.age
 * ||   Sort c.id ASC
 * ||     KeyLookup ...
 *
 * select c.nmae from Customer c
 * !! Unknown attribute 'nmae' of entity 'Customer' at 1:10; did you mean 'name'?
 * </pre>
 *
 * {@code =>} lines are the result rows, values typed by their rendering (36 an Integer, 36L a Long,
 * 31.75D a Double, 2.50BD a BigDecimal, 'x' a String, Customer#1 an entity); a query without ORDER BY
 * compares its rows in any order. {@code ||} lines are memory-jpa's plan, {@code !!} lines its error
 * message (Hibernate must throw an IllegalArgumentException too). A blank line ends a case. Run with
 * {@code -Djpql.engine.update=true} to write memory-jpa's outcomes into the files (then review the diff
 * and let the Hibernate run confirm it).
 */
class QueryScriptTest {

  private static final Path SCRIPTS = Path.of("src/test/resources/jpql/engine");
  private static final boolean UPDATE = Boolean.getBoolean("jpql.engine.update");
  private static final Factories FACTORIES = QueryData.factories();

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  /** One case of a script. */
  private record Case(List<String> comments, String query, List<String> rows, List<String> plan, List<String> error) {}

  @TestFactory
  Stream<DynamicNode> scripts() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SCRIPTS)) {
      files = list.filter(file -> file.toString().endsWith(".jpql")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
        Stream.of(Provider.values()).map(provider -> DynamicTest.dynamicTest(provider.name(), () -> run(file,
            provider)))));
  }

  private static void run(Path file, Provider provider) throws IOException {
    List<Case> cases = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    List<Case> actual = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (EntityManager em = emf.createEntityManager()) {
      for (Case expected : cases) {
        Case outcome = outcome(em, expected, provider);
        actual.add(outcome);
        boolean ordered = expected.query().toLowerCase(Locale.ROOT).contains("order by");
        boolean same = expected.error().isEmpty() == outcome.error().isEmpty()
            && (ordered ? expected.rows().equals(outcome.rows())
                : expected.rows().stream().sorted().toList().equals(outcome.rows().stream().sorted().toList()));
        if (provider == Provider.MEMORY) {
          same &= expected.error().equals(outcome.error())
              && (expected.plan().isEmpty() || expected.plan().equals(outcome.plan()));
        }
        if (!same) {
          failures.add(expected.query() + "\n  expected " + expected.rows() + expected.error() + expected.plan()
              + "\n  actual   " + outcome.rows() + outcome.error() + (expected.plan().isEmpty() ? "" : outcome.plan()));
        }
      }
    }
    if (UPDATE && provider == Provider.MEMORY) {
      Files.write(file, render(actual), StandardCharsets.UTF_8);
      return;
    }
    assertThat(failures).as(file.getFileName() + " on " + provider).isEmpty();
  }

  private static Case outcome(EntityManager em, Case expected, Provider provider) {
    List<String> rows = new ArrayList<>();
    List<String> plan = new ArrayList<>();
    List<String> error = new ArrayList<>();
    try {
      var query = em.createQuery(expected.query());
      if (provider == Provider.MEMORY && (!expected.plan().isEmpty() || UPDATE && expected.error().isEmpty()
          && !expected.plan().isEmpty())) {
        plan.addAll(query.unwrap(MemoryQuery.class).plan().lines().toList());
      }
      for (Object row : query.getResultList()) {
        rows.add(row instanceof Object[] items ? String.join(", ", Stream.of(items).map(v -> value(em, v)).toList())
            : value(em, row));
      }
    } catch (IllegalArgumentException e) {
      if (provider == Provider.MEMORY) {
        error.addAll(e.getMessage().lines().limit(1).toList());
      } else {
        error.add("IllegalArgumentException");
      }
    }
    if (provider != Provider.MEMORY && !error.isEmpty()) {
      return new Case(expected.comments(), expected.query(), rows, plan, expected.error());
    }
    return new Case(expected.comments(), expected.query(), rows, plan, error);
  }

  /** A value as the scripts write it, its Java type visible. */
  static String value(EntityManager em, Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    if (value instanceof Long || value instanceof Double || value instanceof Float || value instanceof Short) {
      return value + value.getClass().getSimpleName().substring(0, 1);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString() + "BD";
    }
    if (value instanceof BigInteger integer) {
      return integer + "BI";
    }
    if (value instanceof Enum<?> constant) {
      return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
    if (value instanceof Temporal || value instanceof java.util.Date) {
      return "{" + value.getClass().getSimpleName() + " " + value + "}";
    }
    if (value instanceof Class<?> type) {
      return type.getSimpleName() + ".class";
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return String.valueOf(value);
    }
    Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
    Class<?> type = value.getClass();
    while (type.getSuperclass() != null && !type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
      type = type.getSuperclass();
    }
    return type.getSimpleName() + "#" + id;
  }

  private static List<Case> parse(List<String> lines) {
    List<Case> cases = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    StringBuilder query = new StringBuilder();
    List<String> rows = new ArrayList<>();
    List<String> plan = new ArrayList<>();
    List<String> error = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (query.length() > 0) {
          cases.add(new Case(List.copyOf(comments), query.toString(), List.copyOf(rows), List.copyOf(plan),
              List.copyOf(error)));
          comments.clear();
        }
        query.setLength(0);
        rows.clear();
        plan.clear();
        error.clear();
      } else if (line.startsWith("--")) {
        comments.add(line);
      } else if (line.startsWith("=> ") || line.equals("=>")) {
        rows.add(line.length() > 3 ? line.substring(3) : "");
      } else if (line.startsWith("||")) {
        plan.add(line.length() > 3 ? line.substring(3) : "");
      } else if (line.startsWith("!! ")) {
        error.add(line.substring(3));
      } else {
        query.append(query.length() > 0 ? "\n" : "").append(line);
      }
    }
    if (query.length() > 0) {
      cases.add(new Case(List.copyOf(comments), query.toString(), List.copyOf(rows), List.copyOf(plan),
          List.copyOf(error)));
    }
    return cases;
  }

  private static List<String> render(List<Case> cases) {
    List<String> lines = new ArrayList<>();
    for (Case c : cases) {
      lines.addAll(c.comments());
      lines.addAll(c.query().lines().toList());
      if (!c.error().isEmpty()) {
        c.error().forEach(line -> lines.add("!! " + line));
      } else {
        c.rows().forEach(row -> lines.add("=> " + row));
        c.plan().forEach(line -> lines.add("|| " + line));
      }
      lines.add("");
    }
    return lines;
  }
}
