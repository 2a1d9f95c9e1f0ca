package org.memoryjpa.query;

/** A customer's status, stored by ordinal. */
public enum Status {
  NEW,
  ACTIVE,
  SUSPENDED
}
