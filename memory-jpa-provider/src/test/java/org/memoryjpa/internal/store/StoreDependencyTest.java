package org.memoryjpa.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the store self-contained: it is described by its own schema, not by the mapping. */
class StoreDependencyTest {

  private static final List<String> FORBIDDEN =
      List.of(
          "org.memoryjpa.internal.session",
          "org.memoryjpa.internal.query",
          "org.memoryjpa.internal.bootstrap",
          "org.memoryjpa.internal.proxy",
          "org.memoryjpa.internal.metadata");

  @Test
  void sources_importNoHigherLayer() throws IOException {
    Path root = Path.of("src/main/java/org/memoryjpa/internal/store");
    assertThat(root).isDirectory();
    List<String> offending;
    try (Stream<Path> files = Files.walk(root)) {
      offending =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .flatMap(StoreDependencyTest::forbiddenImports)
              .collect(Collectors.toList());
    }

    assertThat(offending).isEmpty();
  }

  private static Stream<String> forbiddenImports(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith("import "))
          .filter(line -> FORBIDDEN.stream().anyMatch(line::contains))
          .map(line -> file.getFileName() + ": " + line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
