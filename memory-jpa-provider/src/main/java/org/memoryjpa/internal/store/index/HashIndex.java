package org.memoryjpa.internal.store.index;

/**
 * An index for equality lookups: values compare by {@code equals}, so the caller must look up a value
 * of the same class as the stored one ({@code 1L}, not {@code 1}). The buckets live in a {@link
 * BucketTable}, which a unique lookup reaches with fewer dependent cache misses than a {@code
 * ConcurrentHashMap}. Thread-safe for one writer and many readers (see {@link KeyIndex}).
 */
public final class HashIndex extends KeyIndex {

  public HashIndex() {
    super(new BucketTable());
  }
}
