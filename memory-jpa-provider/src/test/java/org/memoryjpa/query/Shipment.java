package org.memoryjpa.query;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entity with an embedded id, for queries over composite keys. */
@Entity
@Table(name = "q_shipment")
public class Shipment {

  @EmbeddedId
  private ShipmentKey id;

  private int parcels;

  protected Shipment() {}

  public Shipment(ShipmentKey id, int parcels) {
    this.id = id;
    this.parcels = parcels;
  }

  public ShipmentKey getId() {
    return id;
  }

  public int getParcels() {
    return parcels;
  }
}
