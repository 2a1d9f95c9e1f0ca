package org.memoryjpa.conformance.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A car with a range: the second level of the SINGLE_TABLE hierarchy. */
@Entity
@DiscriminatorValue("ECAR")
public class ElectricCar extends Car {

  Integer rangeKm;

  public ElectricCar() {}

  ElectricCar(Long id, String plate) {
    super(id, plate);
  }
}
