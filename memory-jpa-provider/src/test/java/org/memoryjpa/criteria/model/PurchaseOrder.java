package org.memoryjpa.criteria.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An order: a to-one back to its customer and an indexed list of lines. */
@Entity
public class PurchaseOrder extends BaseEntity {

  private String number;
  private LocalDate placedOn;
  private BigDecimal total;
  private Integer quantity;

  @ManyToOne private Customer customer;

  @OneToMany
  @OrderColumn
  private List<OrderLine> lines = new ArrayList<>();

  protected PurchaseOrder() {}

  public PurchaseOrder(String number) {
    this.number = number;
  }

  public String getNumber() {
    return number;
  }
}
