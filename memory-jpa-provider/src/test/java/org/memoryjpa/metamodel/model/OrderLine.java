package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** An entity with a composite id declared by an {@code @IdClass}. */
@Entity
@IdClass(OrderLineId.class)
public class OrderLine {

  @Id
  private String orderNumber;

  @Id
  private int lineNumber;

  @ManyToOne
  private PurchaseOrder order;

  @ManyToOne
  private Product product;

  private int quantity;

  protected OrderLine() {}
}
