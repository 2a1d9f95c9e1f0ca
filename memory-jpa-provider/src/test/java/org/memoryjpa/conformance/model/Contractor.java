package org.memoryjpa.conformance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** A person hired by the day, maybe through an agency. */
@Entity
@Table(name = "cf_contractor")
public class Contractor extends Person {

  Double rate;
  String agency;
  LocalTime dailyStart;

  public Contractor() {}

  Contractor(Long id, String name) {
    super(id, name);
  }
}
