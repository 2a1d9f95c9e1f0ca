package org.memoryjpa.internal.store;

/** How an index is organised, which decides the lookups it serves. */
public enum IndexKind {
  /** Equality lookups by {@code equals}; the cheapest. */
  HASH,
  /** Equality lookups and ascending or descending range scans in value order. */
  SORTED
}
