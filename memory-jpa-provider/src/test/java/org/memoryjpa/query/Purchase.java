package org.memoryjpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A purchase of a product by a customer. */
@Entity
@Table(name = "q_purchase")
public class Purchase {

  @Id
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  private Customer customer;

  @ManyToOne
  private Product product;

  private int quantity;

  private BigDecimal amount;

  private LocalDate placed;

  protected Purchase() {}

  public Purchase(Long id, Customer customer, Product product, int quantity, String amount, LocalDate placed) {
    this.id = id;
    this.customer = customer;
    this.product = product;
    this.quantity = quantity;
    this.amount = amount == null ? null : new BigDecimal(amount);
    this.placed = placed;
    if (customer != null) {
      customer.getPurchases().add(this);
    }
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public Product getProduct() {
    return product;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getPlaced() {
    return placed;
  }

  @Override
  public String toString() {
    return "Purchase#" + id;
  }
}
