package org.memoryjpa.internal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memoryjpa.internal.bootstrap.UnitArchives.copyClasses;
import static org.memoryjpa.internal.bootstrap.UnitArchives.jar;
import static org.memoryjpa.internal.bootstrap.UnitArchives.loaderOver;
import static org.memoryjpa.internal.bootstrap.UnitArchives.persistenceXml;
import static org.memoryjpa.internal.bootstrap.UnitArchives.writeUnit;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memoryjpa.internal.bootstrap.ScanSamples.JarEntity;
import org.memoryjpa.internal.bootstrap.ScanSamples.ScannedConverter;
import org.memoryjpa.internal.bootstrap.ScanSamples.ScannedEmbeddable;
import org.memoryjpa.internal.bootstrap.ScanSamples.ScannedEntity;
import org.memoryjpa.internal.bootstrap.ScanSamples.ScannedSuperclass;
import org.memoryjpa.internal.bootstrap.ScanSamples.Unannotated;

/**
 * Tests of {@link ManagedClassScanner}: each builds unit roots and jars holding copies of {@link ScanSamples}
 * class files and scans them.
 */
class ManagedClassScannerTest {

  private static final Class<?>[] ALL_SAMPLES = {
    ScannedEntity.class, ScannedEmbeddable.class, ScannedSuperclass.class, ScannedConverter.class,
    Unannotated.class
  };

  /** The scanned samples in name order; the superclass is left out as the units list it. */
  private static final List<String> FOUND_AFTER_LISTED = List.of(
      ScannedConverter.class.getName(), ScannedEmbeddable.class.getName(), ScannedEntity.class.getName());

  @TempDir Path temp;

  @Test
  void addUnlistedClasses_directoryRoot_addsAnnotatedClassesAfterListedOnesByName() throws IOException {
    Path root = copyClasses(writeUnit(temp.resolve("unit"), unitListingSuperclass("")), ALL_SAMPLES);

    List<String> classNames = scan(root).managedClassNames();

    assertThat(classNames).first().isEqualTo(ScannedSuperclass.class.getName());
    assertThat(classNames.subList(1, classNames.size())).isEqualTo(FOUND_AFTER_LISTED);
  }

  @Test
  void addUnlistedClasses_jarRoot_addsAnnotatedClassesAfterListedOnesByName() throws IOException {
    Path content = copyClasses(writeUnit(temp.resolve("content"), unitListingSuperclass("")), ALL_SAMPLES);
    Path unitJar = jar(temp.resolve("unit.jar"), content, null);

    List<String> classNames = scan(unitJar).managedClassNames();

    assertThat(classNames).first().isEqualTo(ScannedSuperclass.class.getName());
    assertThat(classNames.subList(1, classNames.size())).isEqualTo(FOUND_AFTER_LISTED);
  }

  @Test
  void addUnlistedClasses_jarFileEntry_scansItButNoOtherJarOfTheLoader() throws IOException {
    Path root = copyClasses(writeUnit(temp.resolve("unit"),
        unitListingSuperclass("<jar-file>entities.jar</jar-file>")), ScannedEntity.class);
    Path entities = jar(temp.resolve("entities.jar"), copyClasses(temp.resolve("e"), JarEntity.class), null);
    Path unlisted = jar(temp.resolve("unlisted.jar"),
        copyClasses(temp.resolve("u"), ScannedEmbeddable.class), null);

    PersistenceUnitDescriptor unit = scan(root, entities, unlisted);

    assertThat(unit.managedClassNames()).containsExactly(
        ScannedSuperclass.class.getName(), JarEntity.class.getName(), ScannedEntity.class.getName());
  }

  @Test
  void addUnlistedClasses_manifestClassPathOfRootJar_notScanned() throws IOException {
    Path content = copyClasses(writeUnit(temp.resolve("content"), unitListingSuperclass("")),
        ScannedEntity.class);
    jar(temp.resolve("linked.jar"), copyClasses(temp.resolve("l"), JarEntity.class), null);
    Path unitJar = jar(temp.resolve("unit.jar"), content, "linked.jar");

    assertThat(scan(unitJar).managedClassNames())
        .containsExactly(ScannedSuperclass.class.getName(), ScannedEntity.class.getName());
  }

  @Test
  void addUnlistedClasses_excludeUnlistedClasses_returnsUnitUnscanned() throws IOException {
    Path root = copyClasses(writeUnit(temp.resolve("unit"), persistenceXml("""
        <persistence-unit name="pu">
          <class>com.example.Listed</class>
          <exclude-unlisted-classes/>
        </persistence-unit>""")), ALL_SAMPLES);

    try (URLClassLoader loader = loaderOver(root)) {
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(loader, "pu").orElseThrow();

      assertThat(ManagedClassScanner.addUnlistedClasses(unit)).isSameAs(unit);
      assertThat(unit.managedClassNames()).containsExactly("com.example.Listed");
    }
  }

  @Test
  void addUnlistedClasses_scan_loadsNoClassOfTheUnit() throws IOException {
    Path root = copyClasses(writeUnit(temp.resolve("unit"), unitListingSuperclass("")), ALL_SAMPLES);
    Set<String> requested = ConcurrentHashMap.newKeySet();
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();

    try (URLClassLoader loader = loaderOver(root)) {
      ClassLoader recording = new RecordingLoader(loader, requested);
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(recording, "pu").orElseThrow();
      thread.setContextClassLoader(new RecordingLoader(context, requested));
      try {
        assertThat(ManagedClassScanner.addUnlistedClasses(unit).managedClassNames()).hasSize(4);
      } finally {
        thread.setContextClassLoader(context);
      }
    }

    assertThat(requested).noneMatch(name -> name.startsWith(ScanSamples.class.getName()));
  }

  private static String unitListingSuperclass(String moreElements) {
    return persistenceXml("<persistence-unit name=\"pu\">" + moreElements + "<class>"
        + ScannedSuperclass.class.getName() + "</class></persistence-unit>");
  }

  private static PersistenceUnitDescriptor scan(Path... loaderLocations) throws IOException {
    try (URLClassLoader loader = loaderOver(loaderLocations)) {
      PersistenceUnitDescriptor unit = PersistenceXmlReader.findUnit(loader, "pu", Map.of()).orElseThrow();
      assertThat(unit.managedClassNames()).containsExactly(ScannedSuperclass.class.getName());
      return ManagedClassScanner.addUnlistedClasses(unit);
    }
  }

  /** A loader that notes every class name it is asked for, then delegates. */
  private static final class RecordingLoader extends ClassLoader {
    private final Set<String> requested;

    RecordingLoader(ClassLoader parent, Set<String> requested) {
      super(parent);
      this.requested = requested;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      requested.add(name);
      return super.loadClass(name, resolve);
    }
  }
}
