package org.memoryjpa.metamodel.model;

import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass with the default discriminator value. */
@Entity
public class BankTransfer extends Payment {

  private String iban;
}
