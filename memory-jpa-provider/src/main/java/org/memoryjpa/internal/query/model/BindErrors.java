package org.memoryjpa.internal.query.model;

import java.util.Collection;
import org.memoryjpa.internal.diagnostics.JpqlErrors;
import org.memoryjpa.internal.diagnostics.Suggestions;
import org.memoryjpa.internal.query.parse.syntax.Position;

/**
 * The binder's {@link IllegalArgumentException}s, in the house shape: what failed with the subject in
 * quotes, where ({@code line:column}), why or the fix, then the query with a caret under the column.
 * A statement without text (a Criteria query) gets the first line only. Stateless apart from the text.
 */
final class BindErrors {

  private final String text;

  BindErrors(String text) {
    this.text = text;
  }

  /** {@code problem at line:col[; hint]} and the excerpt. */
  IllegalArgumentException at(Position position, String problem, String hint) {
    StringBuilder message = new StringBuilder(problem);
    if (position != null && text != null) {
      message.append(" at ").append(position);
    }
    if (hint != null && !hint.isEmpty()) {
      message.append(hint.startsWith(";") ? hint : "; " + hint);
    }
    if (position != null && text != null) {
      message.append('\n').append(JpqlErrors.excerpt(text, position.line(), position.column()));
    }
    return new IllegalArgumentException(message.toString());
  }

  IllegalArgumentException at(Position position, String problem) {
    return at(position, problem, null);
  }

  /** An unknown name with the closest candidate as a suggestion. */
  IllegalArgumentException unknown(Position position, String what, String name, Collection<String> candidates) {
    return at(position, "Unknown " + what + " '" + name + "'", Suggestions.didYouMean(name, candidates));
  }
}
