package org.memoryjpa.metamodel.model;

import java.io.Serializable;
import java.util.Objects;

/** The id class of {@link OrderLine}. */
public class OrderLineId implements Serializable {

  private String orderNumber;

  private int lineNumber;

  public OrderLineId() {}

  public OrderLineId(String orderNumber, int lineNumber) {
    this.orderNumber = orderNumber;
    this.lineNumber = lineNumber;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderLineId other
        && lineNumber == other.lineNumber
        && Objects.equals(orderNumber, other.orderNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderNumber, lineNumber);
  }
}
