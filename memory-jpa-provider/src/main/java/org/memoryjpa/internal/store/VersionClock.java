package org.memoryjpa.internal.store;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A database's commit counter, the lock that serialises commits, the pins of open readers and the
 * queue of superseded versions waiting to be pruned.
 *
 * <p>Publishing protocol: a committer holds the lock, installs every new version stamped {@code
 * lastCommitted + 1}, then writes the new counter (a volatile write). A reader reads the counter once
 * (its pin) and ignores versions stamped later, so it sees all of a commit or none of it. A reader
 * that walks version chains registers its pin first and re-reads the counter until it is unchanged;
 * the pruner reads the pins only after publishing, so it either sees the pin or the reader sees the
 * newer counter and moves its pin there. Pruning runs at the end of each commit and, without waiting
 * for the lock, when a reader lets go of its pin.
 */
final class VersionClock {

  private final ReentrantLock commitLock = new ReentrantLock();
  private volatile long lastCommitted;
  private final PinRegistry pins = new PinRegistry();
  // guarded by commitLock
  private final ArrayDeque<SupersededVersions> superseded = new ArrayDeque<>();
  private volatile boolean prunable;

  /** The stamp of the newest published commit; 0 before the first. */
  long lastCommitted() {
    return lastCommitted;
  }

  void lock() {
    commitLock.lock();
  }

  void unlock() {
    commitLock.unlock();
  }

  /** Makes every version stamped up to {@code stamp} visible; caller holds the lock. */
  void publish(long stamp) {
    lastCommitted = stamp;
  }

  /** Pins the current commit point; the caller must {@link #unpin} it. */
  Pin pin() {
    long stamp = lastCommitted;
    Pin pin = pins.register(stamp);
    long now;
    while ((now = lastCommitted) != stamp) {
      stamp = now;
      pins.move(pin, stamp);
    }
    return pin;
  }

  /** Releases a pin, pruning what it held back if no commit is running. */
  void unpin(Pin pin) {
    pins.release(pin);
    // never prune from inside a commit of this thread: it may be between install and publish
    if (prunable && !commitLock.isHeldByCurrentThread() && commitLock.tryLock()) {
      try {
        prune();
      } finally {
        commitLock.unlock();
      }
    }
  }

  /** The oldest commit point any reader may still read at. */
  long oldestPin() {
    return pins.oldest(lastCommitted);
  }

  int pinCount() {
    return pins.count();
  }

  /** Queues the versions a commit superseded; caller holds the lock, after publishing. */
  void supersede(SupersededVersions versions) {
    if (!versions.isEmpty()) {
      superseded.addLast(versions);
      prunable = true;
    }
  }

  /** Prunes every queued commit that all readers have moved past; caller holds the lock. */
  void prune() {
    long oldest = oldestPin();
    while (!superseded.isEmpty() && superseded.peekFirst().stamp <= oldest) {
      superseded.pollFirst().prune(oldest);
    }
    prunable = !superseded.isEmpty();
  }

  /** Whether every superseded version has been pruned; caller holds the lock. */
  boolean isSettled() {
    return superseded.isEmpty();
  }
}
