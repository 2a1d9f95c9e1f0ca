package org.memoryjpa.conformance.model;

import jakarta.persistence.Embeddable;

/** A position, nested in {@link Address}. */
@Embeddable
public class Geo {

  Double lat;
  Double lon;

  public Geo() {}

  Geo(Double lat, Double lon) {
    this.lat = lat;
    this.lon = lon;
  }
}
