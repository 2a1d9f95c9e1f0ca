package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code a AND b AND ...}: all operands of one chain of ANDs. Immutable.
 *
 * @param operands two or more conditions
 * @param position where the first operand starts
 */
public record Conjunction(List<Condition> operands, Position position) implements Condition {

  public Conjunction {
    operands = List.copyOf(operands);
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitConjunction(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
