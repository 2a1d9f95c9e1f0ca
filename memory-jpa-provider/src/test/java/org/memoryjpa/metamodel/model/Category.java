package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A property-access entity (its {@code @Id} sits on a getter) with set and map associations. */
@Entity
public class Category {

  private Integer id;
  private String label;
  private Category parent;
  private Set<Product> products = new HashSet<>();
  private Map<String, Product> featured = new HashMap<>();

  @Id
  @GeneratedValue
  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  @ManyToOne
  public Category getParent() {
    return parent;
  }

  public void setParent(Category parent) {
    this.parent = parent;
  }

  @ManyToMany
  public Set<Product> getProducts() {
    return products;
  }

  public void setProducts(Set<Product> products) {
    this.products = products;
  }

  @ManyToMany
  @JoinTable(name = "category_featured")
  @MapKeyColumn(name = "slot")
  public Map<String, Product> getFeatured() {
    return featured;
  }

  public void setFeatured(Map<String, Product> featured) {
    this.featured = featured;
  }
}
