package org.memoryjpa.internal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md for the parser: only {@code query.parse} imports {@code org.antlr}, and
 * the syntax tree is a leaf that later stages can read without reaching into the parser.
 */
class JpqlPackageRulesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path PARSE = SOURCES.resolve("org/memoryjpa/internal/query/parse");
  private static final Path SYNTAX = PARSE.resolve("syntax");

  @Test
  void antlr_isImportedOnlyByTheParsePackage() {
    List<Path> importers = sources().filter(file -> contains(file, "import org.antlr")).toList();

    assertThat(importers).isNotEmpty().allSatisfy(file -> assertThat(file.getParent()).isEqualTo(PARSE));
  }

  @Test
  void syntaxTree_importsNothingInternal() {
    List<Path> syntax = sources().filter(file -> file.getParent().equals(SYNTAX)).toList();

    assertThat(syntax).hasSizeGreaterThan(40).noneSatisfy(file -> {
      assertThat(contains(file, "import org.memoryjpa.") || contains(file, "import org.antlr")).isTrue();
    });
  }

  private static Stream<Path> sources() {
    try {
      return Files.walk(SOURCES).filter(file -> file.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.readString(file).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
