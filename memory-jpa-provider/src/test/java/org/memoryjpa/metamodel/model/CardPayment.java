package org.memoryjpa.metamodel.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.YearMonth;

/** A SINGLE_TABLE subclass. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

  private String cardNumber;

  private YearMonth expiry;
}
