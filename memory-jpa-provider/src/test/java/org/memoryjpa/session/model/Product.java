package org.memoryjpa.session.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Product {
  @Id private String sku;

  private String name;

  @ManyToMany private Set<Category> categories = new LinkedHashSet<>();

  @Version private Long version;

  protected Product() {}

  public Product(String sku, String name) {
    this.sku = sku;
    this.name = name;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Set<Category> getCategories() {
    return categories;
  }

  public Long getVersion() {
    return version;
  }
}
