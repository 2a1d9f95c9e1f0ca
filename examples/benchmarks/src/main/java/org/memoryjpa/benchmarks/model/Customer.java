package org.memoryjpa.benchmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer: a unique e-mail address (the selective query's key), an embedded address, a tier stored
 * by name and indexed (the broad query's filter), the day they registered (its sort key), and their
 * orders, mapped by the order side and never loaded by the entity workloads.
 */
@Entity
@Table(name = "customer", indexes = @Index(name = "ix_customer_tier", columnList = "tier"))
public class Customer {
  @Id @GeneratedValue private Long id;

  @Column(nullable = false, unique = true, length = 120)
  private String email;

  @Column(nullable = false, length = 80)
  private String name;

  @Embedded private Address address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CustomerTier tier;

  @Column(nullable = false)
  private LocalDate registeredOn;

  @OneToMany(mappedBy = "customer")
  private List<PurchaseOrder> orders = new ArrayList<>();

  protected Customer() {}

  public Customer(String email, String name, Address address, CustomerTier tier, LocalDate registeredOn) {
    this.email = email;
    this.name = name;
    this.address = address;
    this.tier = tier;
    this.registeredOn = registeredOn;
  }

  /**
   * A copy of the stored state (id and basic attributes, a new address), as a provider materialises
   * an entity from a row: the plain-Java floor's "one object copy".
   */
  public Customer copy() {
    Customer copy = new Customer(email, name, address == null ? null : address.copy(), tier, registeredOn);
    copy.id = id;
    return copy;
  }

  /** Gives a detached instance its id, for the plain-Java floor's map (a provider does this at persist). */
  public void assignId(long id) {
    this.id = id;
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

  public CustomerTier getTier() {
    return tier;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public List<PurchaseOrder> getOrders() {
    return orders;
  }
}
