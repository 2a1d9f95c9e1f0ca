package org.memoryjpa.conformance.model;

/** A project phase, stored by name, also a map key. */
public enum Phase {
  PLAN, BUILD, TEST, DONE
}
