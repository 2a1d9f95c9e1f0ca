package org.memoryjpa.internal.session;

import jakarta.persistence.Cache;
import jakarta.persistence.PersistenceException;

/**
 * The second-level cache of a memory-jpa factory: it holds nothing, because every entity manager
 * already reads the shared in-memory store directly; eviction is therefore a no-op, as the spec
 * allows. Stateless and thread-safe.
 */
final class MemoryCache implements Cache {

  static final MemoryCache INSTANCE = new MemoryCache();

  private MemoryCache() {}

  @Override
  public boolean contains(Class<?> cls, Object primaryKey) {
    return false;
  }

  @Override
  public void evict(Class<?> cls, Object primaryKey) {}

  @Override
  public void evict(Class<?> cls) {}

  @Override
  public void evictAll() {}

  @Override
  public <T> T unwrap(Class<T> cls) {
    if (cls != null && cls.isInstance(this)) {
      return cls.cast(this);
    }
    throw new PersistenceException("Cannot unwrap the cache to '" + (cls == null ? "null" : cls.getName()) + "'");
  }
}
