package org.memoryjpa.internal.query.parse.syntax;

import java.util.List;

/**
 * {@code a OR b OR ...}: all operands of one chain of ORs. Immutable.
 *
 * @param operands two or more conditions
 * @param position where the first operand starts
 */
public record Disjunction(List<Condition> operands, Position position) implements Condition {

  public Disjunction {
    operands = List.copyOf(operands);
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitDisjunction(this);
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
