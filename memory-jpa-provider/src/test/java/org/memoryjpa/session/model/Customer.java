package org.memoryjpa.session.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
public class Customer {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  private String name;

  @Embedded private Address address;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PurchaseOrder> orders = new ArrayList<>();

  @ElementCollection private Set<String> tags = new LinkedHashSet<>();

  @Version private int version;

  protected Customer() {}

  public Customer(String email, String name) {
    this.email = email;
    this.name = name;
  }

  public PurchaseOrder addOrder(String item, int quantity) {
    PurchaseOrder order = new PurchaseOrder(this, item, quantity);
    orders.add(order);
    return order;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Address getAddress() {
    return address;
  }

  public void setAddress(Address address) {
    this.address = address;
  }

  public List<PurchaseOrder> getOrders() {
    return orders;
  }

  public Set<String> getTags() {
    return tags;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
