package org.memoryjpa.internal.store.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An index for equality lookups: values compare by {@code equals}, so the caller must look up a value
 * of the same class as the stored one ({@code 1L}, not {@code 1}). Thread-safe for one writer and many
 * readers (see {@link KeyIndex}).
 */
public final class HashIndex extends KeyIndex {

  private final ConcurrentHashMap<Object, Object> buckets = new ConcurrentHashMap<>();

  @Override
  Map<Object, Object> buckets() {
    return buckets;
  }
}
