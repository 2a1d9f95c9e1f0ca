package org.memoryjpa.metamodel.model;

import java.math.BigDecimal;

/** A value that is not basic and not embeddable: stored through the auto-applied MoneyConverter. */
public final class Money {

  private final BigDecimal amount;

  public Money(BigDecimal amount) {
    this.amount = amount;
  }

  public BigDecimal amount() {
    return amount;
  }
}
