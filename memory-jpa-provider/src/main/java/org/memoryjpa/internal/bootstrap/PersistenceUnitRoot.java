package org.memoryjpa.internal.bootstrap;

import jakarta.persistence.PersistenceException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The root of a persistence unit, the directory or jar whose {@code META-INF} holds its {@code
 * persistence.xml}, and the resolution of the unit's relative {@code <jar-file>} entries against it.
 * Stateless; static methods only.
 */
final class PersistenceUnitRoot {

  private static final String JAR_SEPARATOR = "!/";

  private PersistenceUnitRoot() {}

  /**
   * The root URL of the unit declared in that file: {@code file:/app/classes/} for {@code
   * file:/app/classes/META-INF/persistence.xml}, {@code file:/app/unit.jar} for {@code
   * jar:file:/app/unit.jar!/META-INF/persistence.xml}. A jar nested in another jar, or a protocol of a
   * container's own, keeps its form: {@code jar:nested:/app.jar/!BOOT-INF/classes/!/}.
   */
  static URL of(URL persistenceXml) {
    String form = persistenceXml.toExternalForm();
    if (!form.endsWith(PersistenceXmlReader.RESOURCE)) {
      throw new IllegalArgumentException("Not a persistence.xml URL: '" + form + "'");
    }
    String root = form.substring(0, form.length() - PersistenceXmlReader.RESOURCE.length());
    boolean plainJar = root.startsWith("jar:") && root.indexOf(JAR_SEPARATOR) == root.length() - 2;
    String spec = plainJar ? root.substring("jar:".length(), root.length() - JAR_SEPARATOR.length()) : root;
    try {
      // the context URL lends its handler to a spec of the same protocol, so exotic protocols survive
      return new URL(persistenceXml, spec);
    } catch (MalformedURLException e) {
      throw new PersistenceException(
          "Cannot determine the root of the persistence unit in '" + form + "': " + e.getMessage(), e);
    }
  }

  /**
   * Resolves a {@code <jar-file>} entry. A URL stays as it is. A path is resolved, as the spec says,
   * against the directory that contains the root ({@code lib/a.jar} next to {@code WEB-INF/classes} is
   * {@code WEB-INF/lib/a.jar}). When nothing exists there, the places Hibernate looks are tried too, so a
   * unit written for Hibernate still works: inside a directory root, then the working directory. When
   * nothing exists anywhere, the spec's place is returned.
   *
   * @param where the entry's origin, for the error message
   * @throws PersistenceException when the entry is not a usable path
   */
  static URL resolveJarFile(URL root, String entry, String where) {
    URL absolute = absoluteUrl(entry);
    if (absolute != null) {
      return absolute;
    }
    try {
      Path rootPath = fileOf(root);
      if (rootPath == null) {
        // no file system to look in: URL resolution is the best a foreign protocol allows
        return new URL(root, entry);
      }
      List<Path> candidates = new ArrayList<>(3);
      Path container = rootPath.getParent();
      candidates.add((container != null ? container : rootPath).resolve(entry).normalize());
      if (Files.isDirectory(rootPath)) {
        candidates.add(rootPath.resolve(entry).normalize());
      }
      candidates.add(Path.of(entry).toAbsolutePath().normalize());
      Path found = candidates.stream().filter(Files::exists).findFirst().orElse(candidates.get(0));
      return found.toUri().toURL();
    } catch (InvalidPathException | MalformedURLException e) {
      throw new PersistenceException(
          "Invalid <jar-file> '" + entry + "' in " + where + ": " + e.getMessage()
              + "; give a path relative to the directory that contains the unit root, or a URL",
          e);
    }
  }

  /** The local file or directory a {@code file:} URL names, or null for any other URL. */
  static Path fileOf(URL url) {
    if (url == null || !"file".equalsIgnoreCase(url.getProtocol())) {
      return null;
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      // an unescaped path, as some containers hand out: read it as the file name it spells
      return new File(url.getPath()).toPath();
    }
  }

  private static URL absoluteUrl(String entry) {
    try {
      URI uri = new URI(entry);
      // a one-letter scheme is a Windows drive, C:/lib/a.jar, so a path
      boolean isUrl = uri.isAbsolute() && uri.getScheme().length() > 1;
      return isUrl ? uri.toURL() : null;
    } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
      return null;
    }
  }
}
