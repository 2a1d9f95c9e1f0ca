package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistence context of one entity manager: an identity map from entity key to entry (so there
 * is one instance per id), the reverse map from instance to entry, and the lazy references handed out
 * for ids not loaded yet. Insertion order is kept so that flush writes in the order the application
 * acted. Mutable; confined to one thread, like its entity manager. Each map is created on first use:
 * a context of one entity builds none, one that only finds never builds the proxy or pending-insert
 * maps, and one that is closed unused has nothing to clear.
 */
final class PersistenceContext {

  // The first entry lives in a field until a second arrives, then both move into the maps: a find
  // in a fresh entity manager, the common case, builds no map and hashes nothing.
  private EntityEntry only;
  private Map<EntityKey, EntityEntry> byKey;
  private Map<Object, EntityEntry> byInstance;
  private Map<EntityKey, Object> proxies;
  private Map<Object, EntityEntry> pendingInserts;
  // set once any entry holds an orphan-removal collection: until then a flush has none to check,
  // and a context of freshly persisted entities never walks its entries for them
  private boolean holdsOrphanCollections;

  boolean holdsOrphanCollections() {
    return holdsOrphanCollections;
  }

  void orphanCollectionHeld() {
    holdsOrphanCollections = true;
  }

  EntityEntry entry(Object instance) {
    if (byInstance != null) {
      return byInstance.get(instance);
    }
    EntityEntry entry = only;
    return entry != null && entry.instance == instance ? entry : null;
  }

  EntityEntry entry(EntityKey key) {
    if (byKey != null) {
      return byKey.get(key);
    }
    EntityEntry entry = only;
    return entry != null && entry.key != null && entry.entity.root() == key.root() && entry.key.equals(key.key())
        ? entry
        : null;
  }

  /** Registers an instance under its key (new instances may have no key yet). */
  void add(EntityEntry entry) {
    if (byInstance == null && only == null) {
      only = entry;
    } else {
      if (byInstance == null) {
        byInstance = new IdentityHashMap<>(4); // the default table takes 64 slots: most contexts hold a few
        byKey = new HashMap<>(4);
        index(only);
        only = null;
      }
      index(entry);
    }
    if (!entry.existsInStore) {
      if (pendingInserts == null) {
        pendingInserts = new LinkedHashMap<>();
      }
      pendingInserts.put(entry.instance, entry);
    }
  }

  private void index(EntityEntry entry) {
    byInstance.put(entry.instance, entry);
    if (entry.key != null) {
      byKey.put(entry.entityKey(), entry);
    }
  }

  void inserted(EntityEntry entry) {
    entry.existsInStore = true;
    if (pendingInserts != null) {
      pendingInserts.remove(entry.instance);
    }
  }

  /** Forgets an instance (detach, or deleted at flush). */
  void remove(EntityEntry entry) {
    if (byInstance == null) {
      if (only == null || only.instance != entry.instance) {
        return;
      }
      only = null;
    } else {
      byInstance.remove(entry.instance);
    }
    if (pendingInserts != null) {
      pendingInserts.remove(entry.instance);
    }
    if (entry.key != null) {
      EntityKey key = entry.entityKey();
      if (byKey != null && byKey.get(key) == entry) {
        byKey.remove(key);
      }
      removeProxy(key);
    }
  }

  Object proxy(EntityKey key) {
    return proxies == null ? null : proxies.get(key);
  }

  /** The reference handed out for {@code entry}'s key, or null; builds no key when there is none. */
  Object proxyOf(EntityEntry entry) {
    return proxies == null || entry.key == null ? null : proxies.get(entry.entityKey());
  }

  void addProxy(EntityKey key, Object proxy) {
    if (proxies == null) {
      proxies = new HashMap<>();
    }
    proxies.put(key, proxy);
  }

  void removeProxy(EntityKey key) {
    if (proxies != null) {
      proxies.remove(key);
    }
  }

  /** A snapshot of the entries, so flush may add and remove while it walks them. */
  List<EntityEntry> entries() {
    if (byInstance == null) {
      List<EntityEntry> entries = new ArrayList<>(1);
      if (only != null) {
        entries.add(only);
      }
      return entries;
    }
    return new ArrayList<>(byInstance.values());
  }

  /**
   * The entries as they are, for walks that neither add nor remove entries (use {@link #entries()}
   * for those that may).
   */
  Collection<EntityEntry> liveEntries() {
    if (byInstance == null) {
      return only == null ? List.of() : List.of(only);
    }
    return byInstance.values();
  }

  /** Entries whose insert is still pending, in the order they were persisted. */
  List<EntityEntry> pendingInserts() {
    return pendingInserts == null || pendingInserts.isEmpty() ? List.of() : new ArrayList<>(pendingInserts.values());
  }

  boolean hasPendingInserts() {
    return pendingInserts != null && !pendingInserts.isEmpty();
  }

  int size() {
    if (byInstance == null) {
      return only == null ? 0 : 1;
    }
    return byInstance.size();
  }

  void clear() {
    only = null;
    byKey = null;
    byInstance = null;
    proxies = null;
    pendingInserts = null;
  }
}
