package org.memoryjpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product that purchases point at. */
@Entity
@Table(name = "q_product")
public class Product {

  @Id
  private Long id;

  private String title;

  private double weight;

  private String category;

  protected Product() {}

  public Product(Long id, String title, double weight, String category) {
    this.id = id;
    this.title = title;
    this.weight = weight;
    this.category = category;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public double getWeight() {
    return weight;
  }

  public String getCategory() {
    return category;
  }

  @Override
  public String toString() {
    return "Product#" + id;
  }
}
