package org.memoryjpa.criteria.model;

import jakarta.persistence.Entity;

/** A payment by card. */
@Entity
public class CardPayment extends Payment {

  private String cardNumber;

  protected CardPayment() {}
}
