package org.memoryjpa.example.plain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A customer with a unique e-mail address, an address and orders. */
@Entity
public class Customer {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  private String name;

  @Embedded private Address address;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<PurchaseOrder> orders = new ArrayList<>();

  @Version private int version;

  protected Customer() {}

  public Customer(String email, String name, Address address) {
    this.email = email;
    this.name = name;
    this.address = address;
  }

  /** Adds an order, keeping both sides of the association in step. */
  public PurchaseOrder order(String item, int quantity) {
    PurchaseOrder order = new PurchaseOrder(this, item, quantity);
    orders.add(order);
    return order;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
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

  public List<PurchaseOrder> getOrders() {
    return orders;
  }

  public int getVersion() {
    return version;
  }
}
