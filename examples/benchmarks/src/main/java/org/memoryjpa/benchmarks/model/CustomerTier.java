package org.memoryjpa.benchmarks.model;

/** A customer's loyalty tier, stored by name. */
public enum CustomerTier {
  STANDARD,
  SILVER,
  GOLD,
  PLATINUM
}
