package org.memoryjpa.example.plain;

import jakarta.persistence.Embeddable;

/** A postal address, stored with its customer. */
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
