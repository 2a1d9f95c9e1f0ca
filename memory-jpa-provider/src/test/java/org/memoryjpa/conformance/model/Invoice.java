package org.memoryjpa.conformance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A document with an amount due. */
@Entity
@Table(name = "cf_invoice")
public class Invoice extends Document {

  @Column(precision = 12, scale = 2)
  BigDecimal amount;

  LocalDate due;
  Boolean paid;

  public Invoice() {}

  Invoice(Long id, String title) {
    super(id, title);
  }
}
