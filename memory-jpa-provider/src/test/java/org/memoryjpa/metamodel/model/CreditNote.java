package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A second TABLE_PER_CLASS entity below the same mapped superclass. */
@Entity
public class CreditNote extends BillingDocument {

  @ManyToOne
  private Invoice corrects;
}
