package org.memoryjpa.metamodel.model;

/** An enum stored by name. */
public enum CustomerStatus {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
