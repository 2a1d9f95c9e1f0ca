package org.memoryjpa.internal.query.parse.syntax;

import java.time.temporal.Temporal;

/**
 * A JDBC escape date/time literal: {@code {d '2024-01-31'}}, {@code {t '13:45:00'}}, {@code {ts
 * '2024-01-31 13:45:00.5'}}. Checked while parsing. Immutable.
 *
 * @param kind DATE, TIME or TIMESTAMP
 * @param text the text between the quotes
 * @param value the value read from it: a {@link java.time.LocalDate}, {@link java.time.LocalTime} or
 *     {@link java.time.LocalDateTime}
 * @param position where the opening brace was written
 */
public record TemporalLiteral(Kind kind, String text, Temporal value, Position position)
    implements Literal {

  /** The three escapes, by the letter written after the brace. */
  public enum Kind {
    /** {@code {d '...'}} */
    DATE("d"),
    /** {@code {t '...'}} */
    TIME("t"),
    /** {@code {ts '...'}} */
    TIMESTAMP("ts");

    private final String escape;

    Kind(String escape) {
      this.escape = escape;
    }

    /** The letter(s) written after the opening brace. */
    public String escape() {
      return escape;
    }
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTemporalLiteral(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
