package org.memoryjpa.internal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The grammar parses what applications write with SLL prediction alone: the LL fallback, which starts
 * the parse over, is only for syntax errors. Counted through {@link JpqlReader#fallbacks()}.
 */
class JpqlPredictionTest {

  @Test
  void read_tenThousandTypicalQueries_neverFallsBackToLl() {
    JpqlReader reader = new JpqlReader();
    List<String> queries = new TypicalQueries(20240131L).next(10_000);

    for (String query : queries) {
      reader.statement(query);
    }

    assertThat(reader.fallbacks()).isZero();
  }

  @Test
  void read_everyValidGoldenQuery_neverFallsBackToLl() throws IOException {
    JpqlReader reader = new JpqlReader();
    List<String> queries = validGoldenQueries();

    queries.forEach(reader::statement);

    assertThat(queries).hasSizeGreaterThan(400);
    assertThat(reader.fallbacks()).isZero();
  }

  @Test
  void read_syntaxError_fallsBackOnce() {
    JpqlReader reader = new JpqlReader();

    assertThatThrownBy(() -> reader.statement("select c form Customer c"))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(reader.fallbacks()).isEqualTo(1);
  }

  /** The queries of the golden scripts whose expected outcome is a tree. */
  private static List<String> validGoldenQueries() throws IOException {
    List<String> queries = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("src/test/resources/jpql/parse"))) {
      files = list.filter(file -> file.toString().endsWith(".jpql")).sorted().toList();
    }
    for (Path file : files) {
      List<String> query = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("=>")) {
          queries.add(String.join("\n", query));
        }
        if (line.isBlank() || line.startsWith("=>") || line.startsWith("!!") || line.startsWith("--")) {
          query.clear();
        } else {
          query.add(line);
        }
      }
    }
    return queries;
  }
}
