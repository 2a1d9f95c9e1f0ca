package org.memoryjpa.conformance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** A versioned product with basics of every wrapper kind and tags (many-to-many). */
@Entity
@Table(name = "cf_product")
public class Product extends Audited {

  @Id
  Long id;

  String name;
  String sku;

  @Column(precision = 10, scale = 2)
  BigDecimal price;

  Double weight;
  Long stock;
  Short shelf;
  Boolean featured;
  boolean discontinued;

  @ManyToMany
  @JoinTable(name = "cf_product_tag")
  Set<Tag> tags = new HashSet<>();

  public Product() {}

  Product(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Set<Tag> getTags() {
    return tags;
  }
}
