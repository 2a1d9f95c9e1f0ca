package org.memoryjpa.internal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.internal.bootstrap.UnitArchives.jar;
import static org.memoryjpa.internal.bootstrap.UnitArchives.loaderOver;
import static org.memoryjpa.internal.bootstrap.UnitArchives.persistenceXml;
import static org.memoryjpa.internal.bootstrap.UnitArchives.url;
import static org.memoryjpa.internal.bootstrap.UnitArchives.writeUnit;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of {@link PersistenceUnitRoot} through {@link PersistenceXmlReader}: where a unit's root is, and where
 * its {@code <jar-file>} entries point.
 */
class PersistenceUnitRootTest {

  @TempDir Path temp;

  @Test
  void readUnits_unitInJar_rootIsTheJarFile() throws IOException {
    Path content = writeUnit(temp.resolve("content"), persistenceXml(
        "<persistence-unit name=\"pu\"><jar-file>entities.jar</jar-file></persistence-unit>"));
    Path unitJar = jar(temp.resolve("app/unit.jar"), content, null);

    PersistenceUnitDescriptor unit = readUnit(unitJar);

    assertThat(unit.rootUrl().toExternalForm()).isEqualTo(url(unitJar).toExternalForm());
    assertThat(externalForms(unit)).containsExactly(url(temp.resolve("app/entities.jar")).toExternalForm());
  }

  @Test
  void readUnits_jarFileNextToDirectoryRoot_resolvedAgainstContainingDirectory() throws IOException {
    Path root = writeUnit(temp.resolve("WEB-INF/classes"), persistenceXml(
        "<persistence-unit name=\"pu\"><jar-file>lib/entities.jar</jar-file></persistence-unit>"));
    Path entities = Files.createDirectories(temp.resolve("WEB-INF/lib")).resolve("entities.jar");
    Files.write(entities, new byte[0]);

    assertThat(externalForms(readUnit(root))).containsExactly(url(entities).toExternalForm());
  }

  @Test
  void readUnits_jarFileOnlyInsideDirectoryRoot_resolvedThereAsHibernateDoes() throws IOException {
    Path root = writeUnit(temp.resolve("classes"), persistenceXml(
        "<persistence-unit name=\"pu\"><jar-file>lib/inside.jar</jar-file></persistence-unit>"));
    Path inside = Files.createDirectories(root.resolve("lib")).resolve("inside.jar");
    Files.write(inside, new byte[0]);

    assertThat(externalForms(readUnit(root))).containsExactly(url(inside).toExternalForm());
  }

  @Test
  void readUnits_jarFileExistingNowhere_resolvedWhereTheSpecSays() throws IOException {
    Path root = writeUnit(temp.resolve("classes"), persistenceXml(
        "<persistence-unit name=\"pu\"><jar-file>../shared/missing.jar</jar-file></persistence-unit>"));

    assertThat(externalForms(readUnit(root)))
        .containsExactly(url(temp.getParent().resolve("shared/missing.jar")).toExternalForm());
  }

  @Test
  void readUnits_jarFileAsUrl_keptAsGiven() throws IOException {
    Path root = writeUnit(temp.resolve("classes"), persistenceXml(
        "<persistence-unit name=\"pu\"><jar-file>file:/opt/lib/entities.jar</jar-file></persistence-unit>"));

    assertThat(externalForms(readUnit(root))).containsExactly("file:/opt/lib/entities.jar");
  }

  @Test
  void of_jarInsideJar_keepsJarUrlForm() throws IOException {
    URL nested = new URL("jar:file:/app.jar!/BOOT-INF/classes!/META-INF/persistence.xml");

    assertThat(PersistenceUnitRoot.of(nested).toExternalForm())
        .isEqualTo("jar:file:/app.jar!/BOOT-INF/classes!/");
  }

  private static PersistenceUnitDescriptor readUnit(Path location) throws IOException {
    try (URLClassLoader loader = loaderOver(location)) {
      return PersistenceXmlReader.findUnit(loader, "pu", Map.of()).orElseThrow();
    }
  }

  private static String[] externalForms(PersistenceUnitDescriptor unit) {
    return unit.jarFileUrls().stream().map(URL::toExternalForm).toArray(String[]::new);
  }
}
