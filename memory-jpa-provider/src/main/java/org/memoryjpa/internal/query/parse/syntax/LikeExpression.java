package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code value [NOT] LIKE pattern [ESCAPE char]}, or HQL's {@code ILIKE}. Immutable.
 *
 * @param value the string tested
 * @param negated whether NOT was written
 * @param ignoreCase whether ILIKE was written
 * @param pattern the pattern, any string expression
 * @param escape the escape character, a string literal or parameter, or null
 * @param position where the value starts
 */
public record LikeExpression(
    Expression value,
    boolean negated,
    boolean ignoreCase,
    Expression pattern,
    Expression escape,
    Position position)
    implements Condition {

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitLikeExpression(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
