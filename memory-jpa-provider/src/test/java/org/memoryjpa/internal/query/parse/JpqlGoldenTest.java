package org.memoryjpa.internal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.memoryjpa.internal.query.parse.syntax.Statement;

/**
 * Runs the golden parser scripts in {@code src/test/resources/jpql/parse}: one file per feature, each
 * holding cases of a query followed by its expected outcome.
 *
 * <pre>
 * -- a comment
 * select c from Customer c where c.name = :name
 * =&gt; SELECT c FROM Customer c WHERE c.name = :name
 *
 * select c form Customer c
 * !! Syntax error at 1:10 in JPQL: unexpected token 'form'; did you mean 'FROM'?
 * !! select c form Customer c
 * !!          ^
 * </pre>
 *
 * A {@code =>} line is the canonical JPQL of the syntax tree ({@code toString()}); {@code !!} lines are
 * the lines of the exception message. A query may span lines; a blank line ends a case. Every tree
 * must also parse back from its canonical text to the same text, and no message may use ANTLR's
 * wording. Run with {@code -Djpql.golden.update=true} to write the actual outcomes into the files
 * (then review the diff).
 */
class JpqlGoldenTest {

  private static final Path SCRIPTS = Path.of("src/test/resources/jpql/parse");
  private static final boolean UPDATE = Boolean.getBoolean("jpql.golden.update");
  private static final List<String> ANTLR_WORDING =
      List.of("no viable alternative", "mismatched input", "extraneous input", "missing ", "expecting",
          "token recognition error", "<EOF>");

  private final JpqlReader reader = new JpqlReader();

  @TestFactory
  Stream<DynamicNode> scripts() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SCRIPTS)) {
      files = list.filter(file -> file.toString().endsWith(".jpql")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(this::script);
  }

  private DynamicNode script(Path file) {
    List<Case> cases = Case.read(file);
    if (UPDATE) {
      Case.write(file, cases.stream().map(c -> c.withExpected(outcome(c.query()))).toList());
    }
    return DynamicContainer.dynamicContainer(
        file.getFileName().toString(),
        file.toUri(),
        cases.stream().map(c -> DynamicTest.dynamicTest("line " + c.line() + ": " + c.title(), () -> check(file, c))));
  }

  private void check(Path file, Case c) {
    List<String> actual = outcome(c.query());
    assertThat(String.join("\n", actual))
        .as("%s:%d %s", file.getFileName(), c.line(), c.query())
        .isEqualTo(String.join("\n", c.expected()));
    if (actual.get(0).startsWith("=> ")) {
      String canonical = actual.get(0).substring(3);
      assertThat(reader.statement(canonical).toString())
          .as("canonical text parses back to itself: %s", canonical)
          .isEqualTo(canonical);
    } else {
      String message = String.join("\n", actual);
      for (String wording : ANTLR_WORDING) {
        assertThat(message).as("ANTLR wording").doesNotContainIgnoringCase(wording);
      }
    }
  }

  private List<String> outcome(String query) {
    try {
      Statement statement = reader.statement(query);
      return List.of("=> " + statement);
    } catch (IllegalArgumentException e) {
      List<String> lines = new ArrayList<>();
      for (String line : e.getMessage().split("\n", -1)) {
        lines.add(("!! " + line).stripTrailing());
      }
      return lines;
    } catch (RuntimeException e) {
      fail("'%s' threw %s instead of IllegalArgumentException", query, e);
      return List.of();
    }
  }

  /** One case of a script: the query, where it starts, and the expected outcome lines. */
  private record Case(int line, List<String> comments, String query, List<String> expected) {

    String title() {
      String flat = query.replaceAll("\\s+", " ");
      return flat.length() > 90 ? flat.substring(0, 87) + "..." : flat;
    }

    Case withExpected(List<String> lines) {
      return new Case(line, comments, query, lines);
    }

    static List<Case> read(Path file) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Case> cases = new ArrayList<>();
      List<String> comments = new ArrayList<>();
      List<String> query = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= lines.size(); i++) {
        String line = i < lines.size() ? lines.get(i) : "";
        if (line.isBlank()) {
          if (!query.isEmpty()) {
            cases.add(new Case(start, List.copyOf(comments), String.join("\n", query), List.copyOf(expected)));
            comments.clear();
          }
          if (query.isEmpty() && !comments.isEmpty()) {
            comments.add("");
          }
          query.clear();
          expected.clear();
        } else if (line.startsWith("--") && query.isEmpty()) {
          comments.add(line);
        } else if (line.startsWith("=>") || line.startsWith("!!")) {
          expected.add(line.stripTrailing());
        } else {
          if (query.isEmpty()) {
            start = i + 1;
          }
          query.add(line);
        }
      }
      return cases;
    }

    static void write(Path file, List<Case> cases) {
      StringBuilder out = new StringBuilder();
      for (Case c : cases) {
        c.comments().forEach(comment -> out.append(comment).append('\n'));
        out.append(c.query()).append('\n');
        c.expected().forEach(line -> out.append(line).append('\n'));
        out.append('\n');
      }
      try {
        Files.writeString(file, out.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
