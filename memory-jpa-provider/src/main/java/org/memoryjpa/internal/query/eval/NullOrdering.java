package org.memoryjpa.internal.query.eval;

import java.util.Locale;

/**
 * Where ORDER BY puts nulls when the query does not say NULLS FIRST or LAST: the setting {@code
 * memoryjpa.query.null-ordering}. The default, {@link #LOW}, is H2's: nulls sort below every value, so
 * they come first ascending and last descending.
 */
public enum NullOrdering {
  /** Nulls are the smallest values (H2, MySQL, SQL Server): first ascending, last descending. */
  LOW,
  /** Nulls are the largest values (PostgreSQL, Oracle): last ascending, first descending. */
  HIGH,
  /** Nulls first whatever the direction. */
  FIRST,
  /** Nulls last whatever the direction. */
  LAST;

  /** The setting's key. */
  public static final String SETTING = "memoryjpa.query.null-ordering";

  /** The ordering a setting value names; null or blank is the default. */
  public static NullOrdering of(Object value) {
    if (value == null || value.toString().isBlank()) {
      return LOW;
    }
    try {
      return valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Setting '" + SETTING + "' is '" + value
          + "'; use low (H2's, the default), high, first or last");
    }
  }

  /** Whether nulls come first for a sort key of that direction. */
  public boolean nullsFirst(boolean ascending) {
    return switch (this) {
      case LOW -> ascending;
      case HIGH -> !ascending;
      case FIRST -> true;
      case LAST -> false;
    };
  }
}
