package org.memoryjpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package table of STYLE.md true: which internal package may use which, and which package
 * alone may touch ANTLR, ByteBuddy and ClassGraph. Reads the sources, imports and fully qualified
 * names alike; the public root package ({@code org.memoryjpa.X}: exceptions, settings) is open to all.
 */
class LayeringTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern INTERNAL_REFERENCE =
      Pattern.compile("org\\.memoryjpa\\.internal\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");
  private static final Pattern LIBRARY_REFERENCE =
      Pattern.compile("\\b(org\\.antlr|net\\.bytebuddy|io\\.github\\.classgraph)\\.");

  /** Package (prefix) → internal packages (prefixes) it may use besides itself. */
  private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    List<String> common = List.of("metadata", "diagnostics");
    ALLOWED.put("bootstrap", List.of("")); // may use everything
    ALLOWED.put("metadata", List.of("diagnostics"));
    ALLOWED.put("store", List.of("diagnostics"));
    ALLOWED.put("query.parse", join(common, List.of("query.model")));
    ALLOWED.put("query.model", join(common, List.of("query.parse.syntax")));
    ALLOWED.put("query.criteria", join(common, List.of("query.model", "query.parse.syntax")));
    ALLOWED.put("query.plan", join(common, List.of("query.model", "store")));
    ALLOWED.put("query.eval", join(common, List.of("query.plan", "query.model", "store")));
    ALLOWED.put("session", join(common, List.of("store", "query", "proxy", "graph")));
    ALLOWED.put("proxy", List.of());
    ALLOWED.put("graph", common);
    ALLOWED.put("diagnostics", List.of());
  }

  private static final Map<String, String> LIBRARY_OWNERS = Map.of(
      "org.antlr", "query.parse", "net.bytebuddy", "proxy", "io.github.classgraph", "bootstrap");

  @Test
  void internalPackages_useOnlyThePackagesTheirRowAllows() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      String own = packageOf(file);
      if (own == null) {
        continue; // the public root package, which may use bootstrap only (checked below)
      }
      String text = Files.readString(file);
      Matcher matcher = INTERNAL_REFERENCE.matcher(text);
      while (matcher.find()) {
        String used = matcher.group(1);
        if (!allowed(own, used)) {
          violations.add(file + ": " + own + " uses " + used);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void rootPackage_usesOnlyBootstrapOfInternal() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      if (packageOf(file) == null) {
        Matcher matcher = INTERNAL_REFERENCE.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).equals("bootstrap")) {
            violations.add(file + " uses " + matcher.group(1));
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void libraries_areUsedOnlyByTheirOwningPackage() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      String own = packageOf(file);
      Matcher matcher = LIBRARY_REFERENCE.matcher(Files.readString(file));
      while (matcher.find()) {
        String owner = LIBRARY_OWNERS.get(matcher.group(1));
        if (own == null || !(own + ".").startsWith(owner + ".")) {
          violations.add(file + " uses " + matcher.group(1));
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPackage_hasAPackageInfo() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasJava;
        try (Stream<Path> files = Files.list(dir)) {
          hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
          missing.add(SOURCES.relativize(dir).toString());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static boolean allowed(String own, String used) {
    if ((used + ".").startsWith(own + ".") || (own + ".").startsWith(used + ".")) {
      return true; // itself, a subpackage, or its parent
    }
    String row = ALLOWED.keySet().stream()
        .filter(key -> (own + ".").startsWith(key + "."))
        .max((a, b) -> Integer.compare(a.length(), b.length()))
        .orElseThrow(() -> new AssertionError("No layering rule for package internal." + own));
    return ALLOWED.get(row).stream().anyMatch(prefix -> prefix.isEmpty() || (used + ".").startsWith(prefix + "."));
  }

  /** The package below {@code org.memoryjpa.internal}, or null for the public root package. */
  private static String packageOf(Path file) {
    String relative = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    String prefix = "org.memoryjpa.internal.";
    return relative.startsWith(prefix) ? relative.substring(prefix.length()) : null;
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  private static List<String> join(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
