package org.memoryjpa.metamodel.model;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A mapped superclass between two entities of a TABLE_PER_CLASS hierarchy. */
@MappedSuperclass
public abstract class BillingDocument extends Document {

  private Money total;

  @ManyToOne
  private Customer billedTo;
}
