package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code NOT condition} (also {@code NOT EXISTS}). {@code x NOT IN ...}, {@code x NOT LIKE ...} and the
 * like are the simple condition with {@code negated} set instead. Immutable.
 *
 * @param operand the negated condition
 * @param position where NOT was written
 */
public record Negation(Condition operand, Position position) implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitNegation(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
