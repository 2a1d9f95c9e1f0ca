package org.memoryjpa.query;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The composite id of a shipment. */
@Embeddable
public class ShipmentKey implements Serializable {

  private String depot;
  private int number;

  protected ShipmentKey() {}

  public ShipmentKey(String depot, int number) {
    this.depot = depot;
    this.number = number;
  }

  public String getDepot() {
    return depot;
  }

  public int getNumber() {
    return number;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShipmentKey that && depot.equals(that.depot) && number == that.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(depot, number);
  }
}
