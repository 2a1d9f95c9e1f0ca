package org.memoryjpa.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memoryjpa.internal.session.MemoryQuery;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.JpqlScript;
import org.memoryjpa.testing.JpqlScript.Case;
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
 * The format is {@link JpqlScript}'s. {@code =>} lines are the result rows, values typed by their
 * rendering ({@link JpqlScript#value}: 36 an Integer, 36L a Long, 31.75D a Double, 2.50BD a
 * BigDecimal, 'x' a String, Customer#1 an entity); a query without a top-level ORDER BY
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
    List<Case> cases = JpqlScript.read(file);
    EntityManagerFactory emf = FACTORIES.fresh(provider);
    QueryData.fill(emf);
    List<Case> actual = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (EntityManager em = emf.createEntityManager()) {
      for (Case expected : cases) {
        Case outcome = outcome(em, expected, provider);
        actual.add(outcome);
        boolean same = expected.error().isEmpty() == outcome.error().isEmpty()
            && JpqlScript.sameRows(expected.rows(), outcome.rows(), JpqlScript.ordered(expected.query()));
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
      Files.write(file, JpqlScript.render(actual), StandardCharsets.UTF_8);
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
        rows.add(JpqlScript.row(em, row));
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
}
