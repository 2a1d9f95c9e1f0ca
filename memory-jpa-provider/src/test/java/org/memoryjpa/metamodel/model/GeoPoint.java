package org.memoryjpa.metamodel.model;

import jakarta.persistence.Embeddable;

/** An embeddable nested in {@link Address}, with primitive attributes. */
@Embeddable
public class GeoPoint {

  private double latitude;

  private double longitude;

  protected GeoPoint() {}
}
