package org.memoryjpa.session.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Category {
  @Id @GeneratedValue private Long id;

  private String name;

  @ManyToMany(mappedBy = "categories")
  private Set<Product> products = new LinkedHashSet<>();

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

  public Set<Product> getProducts() {
    return products;
  }
}
