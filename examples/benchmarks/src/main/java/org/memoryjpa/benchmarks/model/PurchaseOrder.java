package org.memoryjpa.benchmarks.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An order placed by a customer: lines cascaded from it, a status by ordinal, a total, a version. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
  @Id @GeneratedValue private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Customer customer;

  @Column(nullable = false)
  private LocalDateTime placedAt;

  @Column(nullable = false)
  private OrderStatus status;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal total = BigDecimal.ZERO.setScale(2);

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<OrderLine> lines = new ArrayList<>();

  @Version private int version;

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, LocalDateTime placedAt, OrderStatus status) {
    this.customer = customer;
    this.placedAt = placedAt;
    this.status = status;
  }

  /** Adds a line, keeping both sides and the total in step. */
  public OrderLine addLine(Product product, int quantity, BigDecimal unitPrice) {
    OrderLine line = new OrderLine(this, product, quantity, unitPrice);
    lines.add(line);
    total = total.add(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    return line;
  }

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public LocalDateTime getPlacedAt() {
    return placedAt;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public void setStatus(OrderStatus status) {
    this.status = status;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public List<OrderLine> getLines() {
    return lines;
  }

  public int getVersion() {
    return version;
  }
}
