package org.memoryjpa.internal.store;

/**
 * A reader's claim on one commit point: while it is registered, no version that a reader at that
 * point can see is pruned. Owned by one reader; the pruner reads its stamp.
 */
final class Pin {

  // the registry slot it occupies, or -1 when it lives in the overflow set
  final int slot;
  volatile long stamp;

  Pin(int slot, long stamp) {
    this.slot = slot;
    this.stamp = stamp;
  }
}
