package org.memoryjpa.criteria.model;

import jakarta.persistence.Entity;

/** A product, whose entity name differs from its class name. */
@Entity(name = "Item")
public class Product extends BaseEntity {

  private String name;
  private double weight;
  private Long stock;

  protected Product() {}

  public Product(String name) {
    this.name = name;
  }
}
