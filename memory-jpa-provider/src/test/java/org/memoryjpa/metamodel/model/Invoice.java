package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import java.time.LocalDate;

/** A TABLE_PER_CLASS entity below a mapped superclass. */
@Entity
public class Invoice extends BillingDocument {

  private LocalDate dueOn;

  private boolean paid;
}
