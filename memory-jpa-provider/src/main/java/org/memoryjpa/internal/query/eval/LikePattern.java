package org.memoryjpa.internal.query.eval;

import jakarta.persistence.PersistenceException;
import java.util.Locale;

/**
 * SQL LIKE matching: {@code %} matches any run of characters, {@code _} exactly one, and the escape
 * character makes the next character literal. Without an ESCAPE clause nothing escapes, as on H2 under
 * Hibernate. Matching is iterative with one backtracking point per {@code %}, so it is linear in practice and
 * never recursive. Stateless.
 */
final class LikePattern {

  private LikePattern() {}

  /** Whether {@code value} matches {@code pattern}. */
  static boolean matches(String value, String pattern, Character escape, boolean ignoreCase) {
    if (ignoreCase) {
      value = value.toLowerCase(Locale.ROOT);
      pattern = pattern.toLowerCase(Locale.ROOT);
    }
    // compile the pattern into literal characters and wildcards
    int length = pattern.length();
    char[] chars = new char[length];
    byte[] kinds = new byte[length]; // 0 literal, 1 any one, 2 any run
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = pattern.charAt(i);
      if (escape != null && c == escape) {
        if (i + 1 >= length) {
          throw new PersistenceException("LIKE pattern '" + pattern + "' ends with its escape character '"
              + escape + "'; escape a character or remove it");
        }
        chars[n] = pattern.charAt(++i);
        kinds[n++] = 0;
      } else if (c == '%') {
        if (n == 0 || kinds[n - 1] != 2) {
          kinds[n++] = 2;
        }
      } else if (c == '_') {
        kinds[n++] = 1;
      } else {
        chars[n] = c;
        kinds[n++] = 0;
      }
    }
    int v = 0;
    int p = 0;
    int starP = -1;
    int starV = 0;
    while (v < value.length()) {
      if (p < n && kinds[p] == 2) {
        starP = p++;
        starV = v;
      } else if (p < n && (kinds[p] == 1 || chars[p] == value.charAt(v))) {
        p++;
        v++;
      } else if (starP >= 0) {
        p = starP + 1;
        v = ++starV;
      } else {
        return false;
      }
    }
    while (p < n && kinds[p] == 2) {
      p++;
    }
    return p == n;
  }
}
