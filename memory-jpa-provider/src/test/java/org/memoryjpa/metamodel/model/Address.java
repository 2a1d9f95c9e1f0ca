package org.memoryjpa.metamodel.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable holding another embeddable. */
@Embeddable
public class Address {

  private String street;

  private String city;

  private String zip;

  @Embedded
  private GeoPoint location;

  protected Address() {}
}
