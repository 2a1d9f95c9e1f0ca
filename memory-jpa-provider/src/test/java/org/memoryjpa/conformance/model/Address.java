package org.memoryjpa.conformance.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A postal address with a nested {@link Geo}; any part may be null. */
@Embeddable
public class Address {

  String street;
  String city;
  String zip;

  @Embedded
  Geo geo;

  public Address() {}

  Address(String street, String city, String zip, Geo geo) {
    this.street = street;
    this.city = city;
    this.zip = zip;
    this.geo = geo;
  }

  public String getCity() {
    return city;
  }
}
