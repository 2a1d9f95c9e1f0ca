package org.memoryjpa.metamodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the rule of the metamodel package's package-info: it imports only metadata and diagnostics. */
class MetamodelPackageImportsTest {

  private static final Path SOURCES = Path.of("src/main/java/org/memoryjpa/internal/metadata/metamodel");

  @Test
  void imports_metamodelPackage_onlyMetadataAndDiagnosticsOfInternal() throws IOException {
    List<String> internalImports = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("import org.memoryjpa.")) {
            internalImports.add(file.getFileName() + ": " + line);
          }
        }
      }
    }

    assertThat(internalImports)
        .isNotEmpty()
        .allMatch(line -> line.contains("import org.memoryjpa.internal.metadata.")
            || line.contains("import org.memoryjpa.internal.diagnostics."));
  }
}
