package org.memoryjpa.conformance.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A vehicle with seats; itself subclassed by {@link ElectricCar}. */
@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {

  Integer seats;
  Boolean convertible;

  public Car() {}

  Car(Long id, String plate) {
    super(id, plate);
  }
}
