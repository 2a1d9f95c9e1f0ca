package org.memoryjpa.conformance.model;

/** A memo's priority, stored by ordinal. */
public enum Priority {
  LOW, NORMAL, HIGH
}
