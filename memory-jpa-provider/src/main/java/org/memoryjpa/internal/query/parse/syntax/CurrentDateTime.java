package org.memoryjpa.internal.query.parse.syntax;

/**
 * The current date or time: {@code CURRENT_DATE}, {@code CURRENT_TIME}, {@code CURRENT_TIMESTAMP}, or
 * 3.2's {@code LOCAL DATE}, {@code LOCAL TIME}, {@code LOCAL DATETIME}. Immutable.
 *
 * @param kind which one
 * @param position where it was written
 */
public record CurrentDateTime(Kind kind, Position position) implements Expression {

  /** The six forms. */
  public enum Kind {
    CURRENT_DATE("CURRENT_DATE"),
    CURRENT_TIME("CURRENT_TIME"),
    CURRENT_TIMESTAMP("CURRENT_TIMESTAMP"),
    LOCAL_DATE("LOCAL DATE"),
    LOCAL_TIME("LOCAL TIME"),
    LOCAL_DATETIME("LOCAL DATETIME");

    private final String jpql;

    Kind(String jpql) {
      this.jpql = jpql;
    }

    /** How JPQL writes it. */
    public String jpql() {
      return jpql;
    }
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitCurrentDateTime(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
