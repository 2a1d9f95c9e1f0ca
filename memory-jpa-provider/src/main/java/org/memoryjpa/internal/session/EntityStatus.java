package org.memoryjpa.internal.session;

/** The states of JPA 3.2 for instances a persistence context knows (new and detached ones it does not). */
enum EntityStatus {
  /** Managed: changes are flushed. */
  MANAGED,
  /** Removed: deleted at the next flush. */
  REMOVED,
  /** Removed and flushed: gone from the store's view of this transaction. */
  DELETED
}
