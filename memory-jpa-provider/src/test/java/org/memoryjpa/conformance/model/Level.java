package org.memoryjpa.conformance.model;

/** A seniority, stored by ordinal. */
public enum Level {
  JUNIOR, MIDDLE, SENIOR
}
