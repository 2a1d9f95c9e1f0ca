package org.memoryjpa.internal.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A named sequence of a {@link Database}: hands out consecutive values from its initial value, each
 * exactly once, to every thread and every factory sharing the database. Values are not transactional:
 * a rollback does not give them back, as with a database sequence. The allocation size is recorded
 * for callers that pool values; the sequence itself hands them out one by one, so there are no gaps.
 * The first declaration of a name wins; later ones get the same sequence. Thread-safe, lock-free.
 */
public final class Sequence {

  private final String name;
  private final long initialValue;
  private final int allocationSize;
  private final AtomicLong next;

  Sequence(String name, long initialValue, int allocationSize) {
    this.name = name;
    this.initialValue = initialValue;
    this.allocationSize = allocationSize;
    this.next = new AtomicLong(initialValue);
  }

  /** The sequence's name. */
  public String name() {
    return name;
  }

  /** The first value it hands out. */
  public long initialValue() {
    return initialValue;
  }

  /** The allocation size it was declared with. */
  public int allocationSize() {
    return allocationSize;
  }

  /** The next value; never the same twice until {@link Database#clear()} resets the sequence. */
  public long next() {
    return next.getAndIncrement();
  }

  void reset() {
    next.set(initialValue);
  }
}
