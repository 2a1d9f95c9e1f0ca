package org.memoryjpa.session.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class PurchaseOrder {
  public enum Status {
    NEW,
    SHIPPED
  }

  @Id @GeneratedValue private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Customer customer;

  @Column(nullable = false)
  private String item;

  private int quantity;

  @Enumerated(EnumType.STRING)
  private Status status = Status.NEW;

  private BigDecimal amount;

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, String item, int quantity) {
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

  public void setCustomer(Customer customer) {
    this.customer = customer;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public int getQuantity() {
    return quantity;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
