package org.memoryjpa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memoryjpa.conformance.model.ConformanceData;
import org.memoryjpa.testing.Factories;
import org.memoryjpa.testing.JpqlScript;
import org.memoryjpa.testing.JpqlScript.Case;
import org.memoryjpa.testing.Provider;

/**
 * The JPQL conformance suite: every {@code src/test/resources/jpql/conformance/*.jpql} script run on
 * memory-jpa and on Hibernate + H2 over {@link ConformanceData}, the expected outcomes being
 * Hibernate's. The format is {@link JpqlScript}'s, with these differences from the engine scripts:
 *
 * <ul>
 *   <li>{@code -Djpql.conformance.update=true} writes Hibernate's outcomes into the files (review the
 *       diff); a normal run compares both providers with the files, and memory-jpa with Hibernate.
 *   <li>{@code !!} names the exception's standard type ({@code IllegalArgumentException},
 *       {@code PersistenceException}, {@code NoResultException}...), found by walking up from the
 *       thrown class to the first one in {@code jakarta.persistence} or {@code java}; an exception
 *       from {@code getResultList} counts as well as one from {@code createQuery}.
 *   <li>Rows compare in order only if the statement has a top-level ORDER BY; otherwise as multisets.
 *   <li>{@code -- differs: <name>: <why>} marks a difference the specification allows: the rows are
 *       memory-jpa's, Hibernate's outcome is not compared, and the name must be listed in {@code
 *       docs/conformance.md}.
 *   <li>{@code -- params name=value, ?1=value} binds parameters, values written as in {@link
 *       ScriptValues}.
 *   <li>{@code -- page first=2, max=3} sets {@code setFirstResult} and {@code setMaxResults} (either may be
 *       left out) before the query runs.
 *   <li>{@code -- mutates} runs the statement with {@code executeUpdate} in a transaction on freshly
 *       refilled data; the first {@code =>} row is the update count, the others the rows of the
 *       query of the case's {@code -- then <select>} line, run afterwards in a new EntityManager.
 * </ul>
 *
 * Every case runs in its own EntityManager. {@code 90-pending-features.jpql} holds statements that
 * need engine features still being built and runs only with {@code -Djpql.conformance.pending=true}.
 */
class ConformanceScriptTest {

  private static final Path SCRIPTS = Path.of("src/test/resources/jpql/conformance");
  private static final Path DOC = Path.of("../docs/conformance.md");
  private static final String PENDING_FILE = "90-pending-features.jpql";
  private static final boolean UPDATE = Boolean.getBoolean("jpql.conformance.update");
  private static final boolean PENDING = Boolean.getBoolean("jpql.conformance.pending");
  private static final Factories FACTORIES = new Factories(ConformanceData.CLASSES.toArray(Class<?>[]::new));

  /** Which providers hold exactly {@link ConformanceData}, untouched by a mutating case. */
  private static final Set<Provider> FILLED = EnumSet.noneOf(Provider.class);

  /** Each provider's outcomes per file, kept so memory-jpa can be compared with Hibernate directly. */
  private static final Map<Provider, Map<Path, List<Case>>> OUTCOMES = new EnumMap<>(Provider.class);

  @AfterAll
  static void close() {
    FACTORIES.close();
  }

  @TestFactory
  Stream<DynamicNode> scripts() throws IOException {
    Map<Path, List<Case>> scripts = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(SCRIPTS)) {
      for (Path file : list.filter(file -> file.toString().endsWith(".jpql")).sorted().toList()) {
        if (PENDING || !file.getFileName().toString().equals(PENDING_FILE)) {
          scripts.put(file, JpqlScript.read(file));
        }
      }
    }
    assertThat(scripts).isNotEmpty();
    List<Case> all = scripts.values().stream().flatMap(List::stream).toList();
    List<String> differences = all.stream().flatMap(c -> difference(c).stream()).distinct().sorted().toList();
    long compared = all.size() - all.stream().filter(c -> difference(c).isPresent()).count();
    Stream<DynamicNode> files = scripts.entrySet().stream().map(script -> file(script.getKey(), script.getValue()));
    Stream<DynamicNode> summary = Stream.of(DynamicTest.dynamicTest("total: MEMORY " + all.size() + " cases, HIBERNATE "
        + compared + " cases; allowed differences " + differences, () -> assertDocumented(differences)));
    return Stream.concat(files, summary);
  }

  private static DynamicNode file(Path file, List<Case> cases) {
    long differing = cases.stream().filter(c -> difference(c).isPresent()).count();
    long compared = cases.size() - differing;
    return DynamicContainer.dynamicContainer(file.getFileName() + " (" + cases.size() + " cases)", Stream.of(
        DynamicTest.dynamicTest("HIBERNATE: " + compared + " cases", () -> check(file, cases, Provider.HIBERNATE)),
        DynamicTest.dynamicTest("MEMORY: " + cases.size() + " cases", () -> check(file, cases, Provider.MEMORY)),
        DynamicTest.dynamicTest("MEMORY = HIBERNATE: " + compared + " cases", () -> compare(file, cases))));
  }

  private static void check(Path file, List<Case> cases, Provider provider) throws IOException {
    List<Case> outcomes = outcomes(file, cases, provider);
    if (UPDATE && provider == Provider.HIBERNATE) {
      List<Case> updated = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        updated.add(difference(cases.get(i)).isPresent() ? cases.get(i) : outcomes.get(i));
      }
      Files.write(file, JpqlScript.render(updated), StandardCharsets.UTF_8);
      return;
    }
    List<Case> expected = UPDATE ? JpqlScript.read(file) : cases;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (provider == Provider.MEMORY || difference(expected.get(i)).isEmpty()) {
        mismatch(expected.get(i), outcomes.get(i), "file").ifPresent(failures::add);
      }
    }
    assertThat(failures).as(file.getFileName() + " on " + provider + ": " + failures.size() + " of "
        + expected.size() + " cases differ from the file").isEmpty();
  }

  private static void compare(Path file, List<Case> cases) {
    List<Case> memory = outcomes(file, cases, Provider.MEMORY);
    List<Case> hibernate = outcomes(file, cases, Provider.HIBERNATE);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      if (difference(cases.get(i)).isEmpty()) {
        mismatch(hibernate.get(i), memory.get(i), "Hibernate").ifPresent(failures::add);
      }
    }
    assertThat(failures).as(file.getFileName() + ": " + failures.size() + " cases where memory-jpa differs from"
        + " Hibernate").isEmpty();
  }

  private static Optional<String> mismatch(Case expected, Case actual, String source) {
    boolean ordered = JpqlScript.ordered(expected.directive("then").orElse(expected.query()));
    boolean same = expected.error().equals(actual.error());
    if (same && expected.error().isEmpty() && expected.directive("mutates").isPresent()) {
      same = !expected.rows().isEmpty() && !actual.rows().isEmpty()
          && expected.rows().get(0).equals(actual.rows().get(0))
          && JpqlScript.sameRows(expected.rows().subList(1, expected.rows().size()),
              actual.rows().subList(1, actual.rows().size()), ordered);
    } else if (same) {
      same = JpqlScript.sameRows(expected.rows(), actual.rows(), ordered);
    }
    return same ? Optional.empty() : Optional.of(expected.query() + "\n  " + source + ": " + expected.rows()
        + expected.error() + "\n  actual: " + actual.rows() + actual.error());
  }

  private static List<Case> outcomes(Path file, List<Case> cases, Provider provider) {
    return OUTCOMES.computeIfAbsent(provider, p -> new HashMap<>()).computeIfAbsent(file, f -> {
      EntityManagerFactory emf = FACTORIES.fresh(provider);
      FILLED.remove(provider);
      List<Case> outcomes = new ArrayList<>();
      for (Case c : cases) {
        if (!FILLED.contains(provider)) {
          // a new factory's store is empty, and a mutating case leaves changed data behind
          provider.reset(emf);
          ConformanceData.fill(emf);
          FILLED.add(provider);
        }
        outcomes.add(c.directive("mutates").isPresent() ? mutation(emf, c, provider) : selection(emf, c));
      }
      return outcomes;
    });
  }

  private static Case selection(EntityManagerFactory emf, Case c) {
    try (EntityManager em = emf.createEntityManager()) {
      return c.withOutcome(rows(em, c.query(), c), List.of(), List.of());
    } catch (RuntimeException e) {
      return c.withOutcome(List.of(), List.of(), List.of(standardType(e)));
    }
  }

  private static Case mutation(EntityManagerFactory emf, Case c, Provider provider) {
    FILLED.remove(provider);
    provider.reset(emf);
    ConformanceData.fill(emf);
    List<String> rows = new ArrayList<>();
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      try {
        Query query = em.createQuery(c.query());
        c.directive("params").ifPresent(params -> ScriptValues.bind(em, query, params));
        rows.add(String.valueOf(query.executeUpdate()));
        em.getTransaction().commit();
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        return c.withOutcome(List.of(), List.of(), List.of(standardType(e)));
      }
    }
    Optional<String> then = c.directive("then");
    if (then.isPresent()) {
      try (EntityManager em = emf.createEntityManager()) {
        rows.addAll(rows(em, then.get(), null));
      }
    }
    return c.withOutcome(rows, List.of(), List.of());
  }

  private static List<String> rows(EntityManager em, String jpql, Case params) {
    Query query = em.createQuery(jpql);
    if (params != null) {
      params.directive("params").ifPresent(line -> ScriptValues.bind(em, query, line));
      params.directive("page").ifPresent(line -> page(query, line));
    }
    List<String> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(JpqlScript.row(em, row));
    }
    return rows;
  }

  private static void page(Query query, String line) {
    for (String setting : line.split(",")) {
      String[] pair = setting.strip().split("=", 2);
      int value = Integer.parseInt(pair[1].strip());
      switch (pair[0].strip()) {
        case "first" -> query.setFirstResult(value);
        case "max" -> query.setMaxResults(value);
        default -> throw new IllegalArgumentException("unknown page setting " + setting);
      }
    }
  }

  /** The exception's class as the specification names it: the first ancestor from the JDK or JPA. */
  static String standardType(Throwable e) {
    Class<?> type = e.getClass();
    while (!type.getName().startsWith("java.") && !type.getName().startsWith("jakarta.persistence.")) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }

  private static Optional<String> difference(Case c) {
    return c.directive("differs").map(text -> text.split(":", 2)[0].strip());
  }

  private static void assertDocumented(List<String> differences) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(differences).as("differences named in the scripts but not in " + DOC)
        .allSatisfy(name -> assertThat(doc).contains("`" + name + "`"));
  }
}
