package org.memoryjpa.query;

/** A customer's tier, stored by name. */
public enum Tier {
  BRONZE,
  GOLD,
  SILVER
}
