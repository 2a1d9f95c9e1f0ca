package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistence context of one entity manager: an identity map from entity key to entry (so there
 * is one instance per id), the reverse map from instance to entry, and the lazy references handed out
 * for ids not loaded yet. Insertion order is kept so that flush writes in the order the application
 * acted. Mutable; confined to one thread, like its entity manager.
 */
final class PersistenceContext {

  private final Map<EntityKey, EntityEntry> byKey = new HashMap<>();
  private final Map<Object, EntityEntry> byInstance = new IdentityHashMap<>();
  private final Map<EntityKey, Object> proxies = new HashMap<>();
  private final Map<Object, EntityEntry> pendingInserts = new LinkedHashMap<>();

  EntityEntry entry(Object instance) {
    return byInstance.get(instance);
  }

  EntityEntry entry(EntityKey key) {
    return byKey.get(key);
  }

  /** Registers an instance under its key (new instances may have no key yet). */
  void add(EntityEntry entry) {
    byInstance.put(entry.instance, entry);
    if (entry.key != null) {
      byKey.put(entry.entityKey(), entry);
    }
    if (!entry.existsInStore) {
      pendingInserts.put(entry.instance, entry);
    }
  }

  /** Records the key an instance got after it was added (assigned or generated id). */
  void keyAssigned(EntityEntry entry) {
    byKey.put(entry.entityKey(), entry);
  }

  void inserted(EntityEntry entry) {
    entry.existsInStore = true;
    pendingInserts.remove(entry.instance);
  }

  /** Forgets an instance (detach, or deleted at flush). */
  void remove(EntityEntry entry) {
    byInstance.remove(entry.instance);
    pendingInserts.remove(entry.instance);
    if (entry.key != null) {
      EntityKey key = entry.entityKey();
      if (byKey.get(key) == entry) {
        byKey.remove(key);
      }
      proxies.remove(key);
    }
  }

  Object proxy(EntityKey key) {
    return proxies.get(key);
  }

  void addProxy(EntityKey key, Object proxy) {
    proxies.put(key, proxy);
  }

  void removeProxy(EntityKey key) {
    proxies.remove(key);
  }

  /** A snapshot of the entries, so flush may add and remove while it walks them. */
  List<EntityEntry> entries() {
    return new ArrayList<>(byInstance.values());
  }

  /** Entries whose insert is still pending, in the order they were persisted. */
  List<EntityEntry> pendingInserts() {
    return new ArrayList<>(pendingInserts.values());
  }

  boolean hasPendingInserts() {
    return !pendingInserts.isEmpty();
  }

  int size() {
    return byInstance.size();
  }

  void clear() {
    byKey.clear();
    byInstance.clear();
    proxies.clear();
    pendingInserts.clear();
  }
}
