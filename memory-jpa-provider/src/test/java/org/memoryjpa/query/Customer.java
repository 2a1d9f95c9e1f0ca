package org.memoryjpa.query;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The query tests' main entity: basics of every kind, nulls, an embedded, collections, a self reference. */
@Entity
@Table(name = "q_customer", indexes = {
    @Index(name = "IDX_customer_age", columnList = "age"),
    @Index(name = "IDX_customer_city", columnList = "city")})
@NamedQuery(name = "Customer.byName", query = "select c from Customer c where c.name = :name")
public class Customer {

  @Id
  private Long id;

  private String name;

  @Column(unique = true)
  private String email;

  private Integer age;

  private Status status = Status.NEW;

  @Enumerated(EnumType.STRING)
  private Tier tier;

  @Column(precision = 10, scale = 2)
  private BigDecimal credit;

  private LocalDate joined;

  private boolean active;

  @Embedded
  private Address address;

  @ManyToOne
  private Customer referrer;

  @ElementCollection
  @CollectionTable(name = "q_customer_tags")
  private Set<String> tags = new HashSet<>();

  @OneToMany(mappedBy = "customer")
  private List<Purchase> purchases = new ArrayList<>();

  @ManyToMany
  private Set<Product> favorites = new HashSet<>();

  protected Customer() {}

  public Customer(Long id, String name, Integer age) {
    this.id = id;
    this.name = name;
    this.age = age;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public Customer email(String email) {
    this.email = email;
    return this;
  }

  public Integer getAge() {
    return age;
  }

  public Status getStatus() {
    return status;
  }

  public Customer status(Status status) {
    this.status = status;
    return this;
  }

  public Tier getTier() {
    return tier;
  }

  public Customer tier(Tier tier) {
    this.tier = tier;
    return this;
  }

  public BigDecimal getCredit() {
    return credit;
  }

  public Customer credit(String credit) {
    this.credit = credit == null ? null : new BigDecimal(credit);
    return this;
  }

  public LocalDate getJoined() {
    return joined;
  }

  public Customer joined(LocalDate joined) {
    this.joined = joined;
    return this;
  }

  public boolean isActive() {
    return active;
  }

  public Customer active(boolean active) {
    this.active = active;
    return this;
  }

  public Address getAddress() {
    return address;
  }

  public Customer address(String street, String city) {
    this.address = new Address(street, city);
    return this;
  }

  public Customer getReferrer() {
    return referrer;
  }

  public Customer referrer(Customer referrer) {
    this.referrer = referrer;
    return this;
  }

  public Set<String> getTags() {
    return tags;
  }

  public Customer tag(String... tags) {
    this.tags.addAll(List.of(tags));
    return this;
  }

  public List<Purchase> getPurchases() {
    return purchases;
  }

  public Set<Product> getFavorites() {
    return favorites;
  }

  @Override
  public String toString() {
    return "Customer#" + id;
  }
}
