package org.memoryjpa.internal.bootstrap;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PersistenceException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finder of the managed classes a {@code persistence.xml} unit does not list. When the unit does not exclude
 * unlisted classes it scans the unit root and the unit's {@code <jar-file>} locations, never the rest of the
 * class path, for classes annotated {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or
 * {@code @Converter}. ClassGraph reads the class files; no class is loaded or initialised.
 *
 * <p>Only for {@code persistence.xml} units: a container's {@code PersistenceUnitInfo} lists what it scanned
 * itself, and a {@code PersistenceConfiguration} lists everything. Stateless; thread-safe.
 */
final class ManagedClassScanner {

  private static final Set<String> MANAGED_TYPE_ANNOTATIONS =
      Set.of(
          Entity.class.getName(),
          Embeddable.class.getName(),
          MappedSuperclass.class.getName(),
          Converter.class.getName());

  private ManagedClassScanner() {}

  /**
   * The unit with the classes found in its locations added after the listed ones, sorted by name so that
   * every run sees the same order; the unit itself when it excludes unlisted classes. A {@code <jar-file>}
   * that does not exist is skipped, as Hibernate skips it.
   *
   * @throws PersistenceException when a location cannot be read
   */
  static PersistenceUnitDescriptor addUnlistedClasses(PersistenceUnitDescriptor unit) {
    if (unit.excludeUnlistedClasses()) {
      return unit;
    }
    Locations locations = Locations.of(unit);
    if (locations.isEmpty()) {
      return unit;
    }
    Set<String> classNames = new LinkedHashSet<>(unit.managedClassNames());
    classNames.addAll(scan(locations, unit.name()));
    return classNames.size() == unit.managedClassNames().size()
        ? unit
        : unit.withManagedClassNames(new ArrayList<>(classNames));
  }

  private static Set<String> scan(Locations locations, String unitName) {
    Set<String> found = new TreeSet<>();
    try (ScanResult result =
        new ClassGraph()
            // only these locations: no class loader, no java.class.path, no module is asked
            .overrideClasspath(locations.classpath())
            .enableAnnotationInfo()
            // entities need not be public
            .ignoreClassVisibility()
            .scan()) {
      for (ClassInfo type : result.getAllClasses()) {
        if (!type.isAnnotation() && isManagedType(type) && locations.contain(type)) {
          found.add(type.getName());
        }
      }
    } catch (RuntimeException e) {
      throw new PersistenceException(
          "Cannot scan the classes of persistence unit '" + unitName + "' in " + locations.classpath()
              + ": " + e.getMessage() + "; list its classes with <class> and set <exclude-unlisted-classes/>",
          e);
    }
    return found;
  }

  /** Directly annotated only: JPA knows neither meta-annotations nor inherited ones for these. */
  private static boolean isManagedType(ClassInfo type) {
    for (AnnotationInfo annotation : type.getAnnotationInfo().directOnly()) {
      if (MANAGED_TYPE_ANNOTATIONS.contains(annotation.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The places to scan. ClassGraph also follows a jar's manifest {@code Class-Path} and its {@code lib/}
   * jars, which are not the unit's, so each class found is checked to come from one of these places.
   * Mutable (a memo of the checks); one scan only.
   */
  private static final class Locations {
    private final List<String> classpath = new ArrayList<>();
    private final Set<Path> files = new HashSet<>();
    private final Set<URI> others = new HashSet<>();
    private final Map<File, Boolean> verdicts = new HashMap<>();

    static Locations of(PersistenceUnitDescriptor unit) {
      Locations locations = new Locations();
      if (unit.rootUrl() != null) {
        locations.add(unit.rootUrl());
      }
      unit.jarFileUrls().forEach(locations::add);
      return locations;
    }

    private void add(URL url) {
      Path file = PersistenceUnitRoot.fileOf(url);
      if (file == null) {
        classpath.add(url.toExternalForm());
        toUri(url).ifPresent(others::add);
      } else if (Files.exists(file) && files.add(realPath(file))) {
        classpath.add(file.toString());
      }
    }

    List<String> classpath() {
      return classpath;
    }

    boolean isEmpty() {
      return classpath.isEmpty();
    }

    boolean contain(ClassInfo type) {
      File file = type.getClasspathElementFile();
      if (file != null) {
        return verdicts.computeIfAbsent(file, key -> files.contains(realPath(key.toPath())));
      }
      try {
        return others.contains(type.getClasspathElementURI());
      } catch (IllegalArgumentException e) {
        return false; // a module: never one of the unit's places
      }
    }

    private static Optional<URI> toUri(URL url) {
      try {
        return Optional.of(url.toURI());
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }

    private static Path realPath(Path path) {
      try {
        // ClassGraph may report a location by its real path, symbolic links resolved
        return path.toRealPath();
      } catch (IOException e) {
        return path.toAbsolutePath().normalize();
      }
    }
  }
}
