package org.memoryjpa.internal.store.index;

/**
 * A hint that knows the row key it goes with. A bucket of one row keeps such a hint in place of the
 * key itself (see {@link KeyIndex}), so that the hint costs no memory there; a row key never
 * implements this, so the two cannot be mistaken for each other.
 */
public interface RowHint {

  /** The key of the row the hint is about. */
  Object key();
}
