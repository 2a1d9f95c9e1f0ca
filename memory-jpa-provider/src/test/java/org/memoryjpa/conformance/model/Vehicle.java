package org.memoryjpa.conformance.model;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The root of a SINGLE_TABLE hierarchy with a discriminator column; itself concrete. */
@Entity
@Table(name = "cf_vehicle")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
@DiscriminatorValue("VEHICLE")
public class Vehicle {

  @Id
  Long id;

  String plate;
  Integer wheels;
  LocalDate registered;

  @ManyToOne
  Person owner;

  public Vehicle() {}

  Vehicle(Long id, String plate) {
    this.id = id;
    this.plate = plate;
  }
}
