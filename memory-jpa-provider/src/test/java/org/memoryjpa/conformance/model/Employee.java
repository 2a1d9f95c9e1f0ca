package org.memoryjpa.conformance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A person with a salary, a seniority stored by ordinal and an optional department. */
@Entity
@Table(name = "cf_employee")
public class Employee extends Person {

  @Column(precision = 12, scale = 2)
  BigDecimal salary;

  LocalDate hired;
  Level level;
  Long badge;

  @ManyToOne
  Department department;

  public Employee() {}

  Employee(Long id, String name) {
    super(id, name);
  }
}
