package org.memoryjpa.benchmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A product category with a unique name. */
@Entity
public class Category {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String name;

  protected Category() {}

  public Category(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
