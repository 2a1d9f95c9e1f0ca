package org.memoryjpa.internal.store;

/** The modes of a pessimistic row lock. */
public enum LockKind {
  /** Shared: any number of transactions may hold it; it keeps others from writing the row. */
  READ,
  /** Exclusive: one transaction holds it; it keeps others from locking or writing the row. */
  WRITE
}
