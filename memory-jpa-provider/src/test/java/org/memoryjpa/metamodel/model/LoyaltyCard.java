package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;

/** The owning side of a one-to-one, with a plain id declared below a mapped superclass without one. */
@Entity
public class LoyaltyCard extends Auditable {

  @Id
  private String number;

  @OneToOne(optional = false)
  private Customer customer;

  private LocalDate validUntil;

  protected LoyaltyCard() {}
}
