package org.memoryjpa.example.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An order of some quantity of an item, placed by a customer. */
@Entity
public class PurchaseOrder {
  @Id @GeneratedValue private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Customer customer;

  private String item;
  private int quantity;

  protected PurchaseOrder() {}

  PurchaseOrder(Customer customer, String item, int quantity) {
    this.customer = customer;
    this.item = item;
    this.quantity = quantity;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getItem() {
    return item;
  }

  public int getQuantity() {
    return quantity;
  }
}
