package org.memoryjpa.internal.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builder of persistence units on disk for tests: directories and jars holding a {@code persistence.xml}
 * and class files, and class loaders that see exactly those, never the test class path. Static methods.
 */
final class UnitArchives {

  static final String JAKARTA = "https://jakarta.ee/xml/ns/persistence";

  private UnitArchives() {}

  /** A version 3.2 file holding those {@code <persistence-unit>} elements. */
  static String persistenceXml(String units) {
    return persistenceXml(JAKARTA, "3.2", units);
  }

  /** A file of that namespace (null: none) and version holding those {@code <persistence-unit>} elements. */
  static String persistenceXml(String namespace, String version, String units) {
    String xmlns = namespace == null ? "" : " xmlns=\"" + namespace + "\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<persistence" + xmlns + " version=\"" + version + "\">\n"
        + units + "\n"
        + "</persistence>\n";
  }

  /** Writes {@code root/META-INF/persistence.xml} and returns the root. */
  static Path writeUnit(Path root, String xml) throws IOException {
    Path file = root.resolve("META-INF/persistence.xml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return root;
  }

  /** Copies the class files of those (already compiled) classes under {@code root}, in their package path. */
  static Path copyClasses(Path root, Class<?>... types) throws IOException {
    for (Class<?> type : types) {
      String entry = type.getName().replace('.', '/') + ".class";
      Path target = root.resolve(entry);
      Files.createDirectories(target.getParent());
      try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
        Files.copy(in, target);
      }
    }
    return root;
  }

  /** Packs the files under {@code content} into a jar; a non-null {@code classPath} goes in its manifest. */
  static Path jar(Path jar, Path content, String classPath) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (classPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    }
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> walk = Files.walk(content)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : files) {
        out.putNextEntry(new JarEntry(content.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** A loader over exactly those directories and jars, in that order; its parent sees no application file. */
  static URLClassLoader loaderOver(Path... locations) {
    URL[] urls = Stream.of(locations).map(UnitArchives::url).toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  /** The URL of an existing directory (with its final slash) or file. */
  static URL url(Path location) {
    try {
      return location.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
