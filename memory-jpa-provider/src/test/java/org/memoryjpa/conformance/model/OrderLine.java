package org.memoryjpa.conformance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of an order (the owning side), with an optional product. */
@Entity
@Table(name = "cf_order_line")
public class OrderLine {

  @Id
  Long id;

  @ManyToOne(optional = false)
  PurchaseOrder order;

  @ManyToOne
  Product product;

  Integer quantity;

  @Column(precision = 10, scale = 2)
  BigDecimal unitPrice;

  String comment;

  public OrderLine() {}

  public Long getId() {
    return id;
  }
}
