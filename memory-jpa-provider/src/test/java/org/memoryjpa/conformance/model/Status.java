package org.memoryjpa.conformance.model;

/** The state of an order, stored by name. */
public enum Status {
  DRAFT, PLACED, SHIPPED, CANCELLED
}
