package org.memoryjpa.internal.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the closest known name to a misspelt one, for the "did you mean 'name'?" part of error
 * messages. Stateless.
 */
public final class Suggestions {

  private Suggestions() {}

  /** The candidate closest to {@code wrong} by edit distance, if any is close enough to help. */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerWrong = wrong.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int distance = distance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int allowed = Math.max(2, wrong.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The message suffix {@code "; did you mean 'x'?"}, or {@code ""} when nothing is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
