package org.memoryjpa.criteria.model;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Collection;

/** A product, whose entity name differs from its class name, with a bag of alias names. */
@Entity(name = "Item")
public class Product extends BaseEntity {

  private String name;
  private double weight;
  private Long stock;

  @ElementCollection private Collection<String> aliases = new ArrayList<>();

  protected Product() {}

  public Product(String name) {
    this.name = name;
  }
}
