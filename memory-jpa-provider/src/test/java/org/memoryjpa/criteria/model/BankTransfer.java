package org.memoryjpa.criteria.model;

import jakarta.persistence.Entity;

/** A payment by bank transfer. */
@Entity
public class BankTransfer extends Payment {

  private String iban;

  protected BankTransfer() {}
}
