package org.memoryjpa.internal.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The commit points that open readers are pinned at, so that the pruner can find the oldest. A
 * statement pays one compare-and-set to claim a free slot and one write to give it back; slots are
 * spread a cache line apart so that readers on different cores do not contend. When all slots are
 * taken, further pins go to a concurrent set. Thread-safe.
 */
final class PinRegistry {

  private static final long FREE = Long.MAX_VALUE;
  // about two per processor (a power of two, 8 to 64): the pruner reads every slot after each
  // commit, a cache line apiece, and a pin is held only while its reader runs a statement, so more
  // slots than running readers are lines read for nothing; pins beyond them go to the overflow set
  private static final int SLOTS =
      Math.min(
          64,
          Math.max(8, Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1));
  // eight longs: one 64-byte cache line between neighbouring slots
  private static final int STRIDE = 8;

  private final AtomicLongArray slots = new AtomicLongArray(SLOTS * STRIDE);
  private final Set<Pin> overflow = ConcurrentHashMap.newKeySet();

  PinRegistry() {
    for (int i = 0; i < SLOTS; i++) {
      slots.set(i * STRIDE, FREE);
    }
  }

  /** Registers a pin at {@code stamp}. */
  Pin register(long stamp) {
    int start = (int) ((Thread.currentThread().getId() * 0x9E3779B97F4A7C15L) >>> 58);
    for (int i = 0; i < SLOTS; i++) {
      int index = ((start + i) & (SLOTS - 1)) * STRIDE;
      if (slots.get(index) == FREE && slots.compareAndSet(index, FREE, stamp)) {
        return new Pin(index, stamp);
      }
    }
    Pin pin = new Pin(-1, stamp);
    overflow.add(pin);
    return pin;
  }

  /** Moves a registered pin to a newer {@code stamp}. */
  void move(Pin pin, long stamp) {
    pin.stamp = stamp;
    if (pin.slot >= 0) {
      slots.set(pin.slot, stamp);
    }
  }

  /** Gives the pin up. */
  void release(Pin pin) {
    if (pin.slot >= 0) {
      slots.set(pin.slot, FREE);
    } else {
      overflow.remove(pin);
    }
  }

  /** The oldest registered stamp, or {@code upper} if none is older. */
  long oldest(long upper) {
    long oldest = upper;
    for (int i = 0; i < SLOTS; i++) {
      oldest = Math.min(oldest, slots.get(i * STRIDE));
    }
    if (!overflow.isEmpty()) { // no iterator per commit for an overflow set that is nearly always empty
      for (Pin pin : overflow) {
        oldest = Math.min(oldest, pin.stamp);
      }
    }
    return oldest;
  }

  /** The number of registered pins; for tests. */
  int count() {
    int count = overflow.size();
    for (int i = 0; i < SLOTS; i++) {
      if (slots.get(i * STRIDE) != FREE) {
        count++;
      }
    }
    return count;
  }
}
