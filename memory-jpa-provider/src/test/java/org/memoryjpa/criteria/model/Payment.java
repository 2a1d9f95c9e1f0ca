package org.memoryjpa.criteria.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** The root of a single-table hierarchy of payments. */
@Entity
@Inheritance
public class Payment extends BaseEntity {

  private BigDecimal amount;

  @ManyToOne private PurchaseOrder purchaseOrder;

  protected Payment() {}
}
