package org.memoryjpa.query;

import jakarta.persistence.Embeddable;

/** A postal address embedded in customers. */
@Embeddable
public class Address {

  private String street;
  private String city;

  protected Address() {}

  public Address(String street, String city) {
    this.street = street;
    this.city = city;
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }
}
