package org.memoryjpa.internal.session;

/**
 * The sizes the last large persistence context of a factory reached: entries, and keys (entries and
 * lazy references). A context that grows past a few dozen entries sizes its maps for that many in one
 * step instead of doubling from small, which rehashes every entry (an identity map rehash reads each
 * instance's header: a cache miss apiece). Small contexts, the common case, never look. Thread-safe:
 * the last writer wins, and a stale or torn pair only sizes a map less well.
 */
final class ContextSizeHint {

  /** A context's maps hold this many before they ask for the hint. */
  static final int ASK_AT = 64;
  // a hint never sizes a map beyond this: one huge context must not make later ones allocate as much
  private static final int CAP = 1 << 16;

  private volatile int entries;
  private volatile int keys;

  /** Entries the last large context held, or 0. */
  int entries() {
    return entries;
  }

  /** Keys (entries and lazy references) the last large context held, or 0. */
  int keys() {
    return keys;
  }

  /** Remembers what a context held when it was cleared, if it was large. */
  void observed(int entryCount, int keyCount) {
    if (entryCount > ASK_AT || keyCount > ASK_AT) {
      entries = Math.min(entryCount, CAP);
      keys = Math.min(keyCount, CAP);
    }
  }
}
