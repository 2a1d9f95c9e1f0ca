package org.memoryjpa.internal.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the {@link IllegalArgumentException}s for a bad JPQL query, all in one shape: what failed with
 * the subject in quotes, where ({@code line:column}), why and the fix on the first line; then the query
 * with a caret under the column. Every stage of the query pipeline reports through it, so that a
 * syntax error and an unknown attribute read alike. Stateless.
 *
 * <pre>
 * Syntax error at 1:10 in JPQL: unexpected token 'form'; did you mean 'FROM'?
 * select c form Customer c
 *          ^
 * </pre>
 */
public final class JpqlErrors {

  /** Lines longer than this are cut to a window around the column. */
  static final int MAX_LINE = 120;

  /** Lines of context shown before and after the line at fault in a query of several lines. */
  static final int CONTEXT_LINES = 3;

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private JpqlErrors() {}

  /**
   * A syntax error.
   *
   * @param jpql the query text
   * @param line the line at fault, from 1
   * @param column the column at fault, from 1
   * @param problem what is wrong and, where known, the fix ({@code unexpected token 'x'; expected ')'})
   */
  public static IllegalArgumentException syntaxError(String jpql, int line, int column, String problem) {
    return new IllegalArgumentException(
        "Syntax error at " + line + ":" + column + " in JPQL: " + problem + "\n" + excerpt(jpql, line, column));
  }

  /**
   * The query text with a caret line under {@code line:column}: the whole query when it is short, the
   * line at fault with a few lines around it when it is long, and a window of a long line.
   */
  public static String excerpt(String jpql, int line, int column) {
    String[] lines = LINE_BREAK.split(jpql, -1);
    int index = Math.max(0, Math.min(line - 1, lines.length - 1));
    int first = Math.max(0, index - CONTEXT_LINES);
    int last = Math.min(lines.length - 1, index + CONTEXT_LINES);
    List<String> shown = new ArrayList<>();
    if (first > 0) {
      shown.add("...");
    }
    for (int i = first; i <= last; i++) {
      String text = lines[i].replace('\t', ' ');
      if (i != index) {
        shown.add(shorten(text, 0));
        continue;
      }
      int caret = Math.max(0, column - 1);
      int start = 0;
      if (text.length() > MAX_LINE && caret > MAX_LINE / 2) {
        start = Math.min(caret - MAX_LINE / 2, Math.max(0, text.length() - MAX_LINE));
      }
      shown.add(shorten(text, start));
      shown.add(" ".repeat(caret - start + (start > 0 ? 3 : 0)) + "^");
    }
    if (last < lines.length - 1) {
      shown.add("...");
    }
    return String.join("\n", shown);
  }

  private static String shorten(String text, int start) {
    String prefix = start > 0 ? "..." : "";
    int end = Math.min(text.length(), start + MAX_LINE);
    String suffix = end < text.length() ? "..." : "";
    return (prefix + text.substring(start, end) + suffix).stripTrailing();
  }
}
