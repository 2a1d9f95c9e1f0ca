package org.memoryjpa.metamodel.model;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field-access entity with a generic inherited id, one property-access attribute, embeddables,
 * element collections of basics, embeddables and a map, and associations.
 */
@Entity
@NamedQuery(name = "Customer.byName", query = "select c from Customer c where c.name = :name")
@NamedEntityGraph(name = "Customer.withOrders")
public class Customer extends BaseEntity<Long> {

  @Basic(optional = false)
  private String name;

  private String email;

  @Enumerated(EnumType.STRING)
  private CustomerStatus status;

  private int loyaltyPoints;

  private Boolean newsletter;

  private Money creditLimit;

  @Embedded
  private Address address;

  @ElementCollection
  private Set<String> tags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "customer_previous_address")
  private List<Address> previousAddresses = new ArrayList<>();

  @ElementCollection
  @MapKeyColumn(name = "attr_key")
  private Map<String, String> attributes = new HashMap<>();

  @OneToMany(mappedBy = "customer")
  @OrderBy("placedOn")
  private List<PurchaseOrder> orders = new ArrayList<>();

  @OneToOne(mappedBy = "customer")
  private LoyaltyCard loyaltyCard;

  @Transient
  private String cachedDisplayName;

  protected Customer() {}

  public Customer(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  /** Mixed access: a derived property in a field-access entity. */
  @Access(AccessType.PROPERTY)
  public String getEmailDomain() {
    return email == null ? null : email.substring(email.indexOf('@') + 1);
  }

  public void setEmailDomain(String domain) {
    // derived from email; stored only so queries can use it
  }
}
