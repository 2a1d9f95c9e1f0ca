package org.memoryjpa.criteria.model;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A customer: basics of every kind, an embeddable, element collections, associations both ways. */
@Entity
public class Customer extends BaseEntity {

  private String name;
  private String email;

  @Enumerated(EnumType.STRING)
  private CustomerStatus status;

  private boolean active;
  private int loyaltyPoints;
  private BigDecimal balance;
  private LocalDate birthDate;
  private LocalDateTime createdAt;

  @Embedded private Address address;

  @ElementCollection private Set<String> tags = new HashSet<>();

  @ElementCollection
  @MapKeyColumn(name = "attr_key")
  private Map<String, String> attributes = new HashMap<>();

  @OneToMany(mappedBy = "customer")
  private List<PurchaseOrder> orders = new ArrayList<>();

  @ManyToOne private Customer referrer;

  protected Customer() {}

  public Customer(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public CustomerStatus getStatus() {
    return status;
  }

  public List<PurchaseOrder> getOrders() {
    return orders;
  }
}
