package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.time.LocalDate;

/** The abstract root of a TABLE_PER_CLASS hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {

  @Id
  private String documentNumber;

  private LocalDate issuedOn;
}
