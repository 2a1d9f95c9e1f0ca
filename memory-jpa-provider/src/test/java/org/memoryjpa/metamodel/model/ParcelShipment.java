package org.memoryjpa.metamodel.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/** A JOINED subclass. */
@Entity
public class ParcelShipment extends Shipment {

  private String trackingNumber;

  @Embedded
  private Dimensions box;
}
