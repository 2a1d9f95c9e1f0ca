package org.memoryjpa.criteria.model;

/** A customer's standing, mapped by name. */
public enum CustomerStatus {
  NEW,
  REGULAR,
  GOLD
}
