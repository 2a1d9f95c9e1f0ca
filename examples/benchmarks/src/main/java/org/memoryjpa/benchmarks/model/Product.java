package org.memoryjpa.benchmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A product: a unique SKU, a price, an optimistic version (the update workload's check) and
 * categories, a lazy many-to-many the update workload does not touch.
 */
@Entity
public class Product {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, unique = true, length = 24)
  private String sku;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(nullable = false)
  private LocalDate listedOn;

  @ManyToMany
  @JoinTable(name = "product_category")
  private Set<Category> categories = new HashSet<>();

  @Version private long version;

  protected Product() {}

  public Product(String sku, String name, BigDecimal price, LocalDate listedOn) {
    this.sku = sku;
    this.name = name;
    this.price = price;
    this.listedOn = listedOn;
  }

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public LocalDate getListedOn() {
    return listedOn;
  }

  public Set<Category> getCategories() {
    return categories;
  }

  public long getVersion() {
    return version;
  }
}
