package org.memoryjpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A sensor reading: a million of them show that indexed queries read no more rows than they return. */
@Entity
@Table(name = "q_reading", indexes = @Index(name = "IDX_reading_sensor", columnList = "sensor"))
public class Reading {

  @Id
  private Long id;

  private int sensor;

  private double measured;

  protected Reading() {}

  public Reading(Long id, int sensor, double measured) {
    this.id = id;
    this.sensor = sensor;
    this.measured = measured;
  }

  public Long getId() {
    return id;
  }

  public int getSensor() {
    return sensor;
  }

  public double getMeasured() {
    return measured;
  }
}
