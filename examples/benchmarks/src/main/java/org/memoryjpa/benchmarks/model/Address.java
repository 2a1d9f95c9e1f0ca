package org.memoryjpa.benchmarks.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in its customer's row. Mutable, as JPA embeddables are. */
@Embeddable
public class Address {
  @Column(nullable = false, length = 80)
  private String street;

  @Column(nullable = false, length = 40)
  private String city;

  @Column(length = 12)
  private String postalCode;

  @Column(nullable = false, length = 2)
  private String country;

  protected Address() {}

  public Address(String street, String city, String postalCode, String country) {
    this.street = street;
    this.city = city;
    this.postalCode = postalCode;
    this.country = country;
  }

  /** A field-by-field copy, for the plain-Java floor. */
  public Address copy() {
    return new Address(street, city, postalCode, country);
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCountry() {
    return country;
  }
}
