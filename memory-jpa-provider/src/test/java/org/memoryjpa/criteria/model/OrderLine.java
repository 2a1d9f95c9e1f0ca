package org.memoryjpa.criteria.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** One line of an order. */
@Entity
public class OrderLine extends BaseEntity {

  @ManyToOne private Product product;

  private int quantity;
  private BigDecimal price;

  protected OrderLine() {}
}
