package org.memoryjpa.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering rule of {@code internal.graph}: it imports only {@code metadata} and {@code
 * diagnostics}.
 */
class GraphPackageImportsTest {

  private static final Path SOURCES = Path.of("src/main/java/org/memoryjpa/internal/graph");

  @Test
  void imports_graphPackage_reachOnlyMetadataAndDiagnostics() throws IOException {
    List<String> internalImports = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("import org.memoryjpa.")
              || line.startsWith("import static org.memoryjpa.")) {
            internalImports.add(file.getFileName() + ": " + line);
          }
        }
      }
    }

    assertThat(internalImports)
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .containsAnyOf(
                        "org.memoryjpa.internal.metadata.", "org.memoryjpa.internal.diagnostics."));
  }
}
