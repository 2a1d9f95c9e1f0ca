package org.memoryjpa.conformance.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A stock entry with a composite id ({@link StockKey}) and an optional product. */
@Entity
@Table(name = "cf_stock")
public class Stock {

  @EmbeddedId
  StockKey id;

  @ManyToOne
  Product product;

  Integer quantity;

  public Stock() {}
}
