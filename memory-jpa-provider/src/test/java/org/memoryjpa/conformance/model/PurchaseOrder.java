package org.memoryjpa.conformance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An order: an optional buyer, a bidirectional one-to-many with an order column, and a unidirectional
 * one-to-many through a join table to the TABLE_PER_CLASS documents.
 */
@Entity
@Table(name = "cf_order")
public class PurchaseOrder {

  @Id
  Long id;

  String code;
  LocalDateTime placed;

  @Enumerated(EnumType.STRING)
  Status status;

  @Column(precision = 12, scale = 2)
  BigDecimal total;

  @ManyToOne
  Person buyer;

  @OneToMany(mappedBy = "order")
  @OrderColumn(name = "line_no")
  List<OrderLine> lines = new ArrayList<>();

  @OneToMany
  @JoinTable(name = "cf_order_attachment")
  Set<Document> attachments = new HashSet<>();

  public PurchaseOrder() {}

  PurchaseOrder(Long id, String code) {
    this.id = id;
    this.code = code;
  }

  public List<OrderLine> getLines() {
    return lines;
  }

  public Set<Document> getAttachments() {
    return attachments;
  }
}
