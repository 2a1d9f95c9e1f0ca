package org.memoryjpa.conformance.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.LocalTime;

/** A vehicle with a payload and a curfew time. */
@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {

  Double payload;
  LocalTime curfew;

  public Truck() {}

  Truck(Long id, String plate) {
    super(id, plate);
  }
}
