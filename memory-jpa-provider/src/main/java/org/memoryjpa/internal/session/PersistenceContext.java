package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistence context of one entity manager: an identity map from entity key to entry (so there
 * is one instance per id), the reverse map from instance to entry, and the lazy references handed out
 * for ids (one map by key for both, so that {@code getReference} asks once). Insertion order is kept
 * so that flush writes in the order the application acted, and the entries are also kept in a dense
 * list in that order, which the flush's walks iterate (an identity map's table is mostly empty slots).
 * Mutable; confined to one thread, like its entity manager. Each map is created on first use: a
 * context of one entity builds none, one that only finds never builds the pending-insert list, and one
 * that is closed unused has nothing to clear. Maps that grow past {@link ContextSizeHint#ASK_AT} are
 * sized at once for what the factory's last large context held.
 */
final class PersistenceContext {

  // The first entry lives in a field until a second arrives, then both move into the maps: a find
  // in a fresh entity manager, the common case, builds no map and hashes nothing. While it does,
  // byKey holds only proxies handed out for other keys; the entry's own proxy is on the entry.
  private EntityEntry only;
  // an EntityEntry (its proxy, if one was handed out, in EntityEntry.proxy), or a proxy alone
  private Map<EntityKey, Object> byKey;
  private Map<Object, EntityEntry> byInstance;
  // made with byInstance: the entries in the order added (see Many)
  private Many many;
  // in the order persisted; entries inserted, detached or deleted since are dropped when next asked
  // for, which spares a map keyed by instance per new entity
  private List<EntityEntry> pendingInserts;
  // set once any entry holds an orphan-removal collection: until then a flush has none to check,
  // and a context of freshly persisted entities never walks its entries for them
  private boolean holdsOrphanCollections;
  private int additions; // entries ever added, so a flush can tell that its inserts added none
  // set once any entry is marked removed: until then a flush has no deletes to look for
  private boolean mayHoldRemoved;

  /**
   * What a context of more than one entry keeps beside its maps, in one object so that a context of
   * one entry (a find) is no larger: the entries in the order added, and the factory's size hint.
   */
  private static final class Many {
    final List<EntityEntry> entries = new ArrayList<>();
    final ContextSizeHint sizeHint;
    // a removed entry stays in entries until the next walk drops it, as an entry object is never
    // added twice
    boolean removedSinceWalk;

    Many(ContextSizeHint sizeHint) {
      this.sizeHint = sizeHint;
    }
  }

  boolean holdsOrphanCollections() {
    return holdsOrphanCollections;
  }

  void orphanCollectionHeld() {
    holdsOrphanCollections = true;
  }

  boolean mayHoldRemoved() {
    return mayHoldRemoved;
  }

  void removalMarked() {
    mayHoldRemoved = true;
  }

  EntityEntry entry(Object instance) {
    if (byInstance != null) {
      return byInstance.get(instance);
    }
    EntityEntry entry = only;
    return entry != null && entry.instance == instance ? entry : null;
  }

  EntityEntry entry(EntityKey key) {
    if (byInstance == null) {
      return isOnly(key) ? only : null;
    }
    return byKey.get(key) instanceof EntityEntry entry ? entry : null;
  }

  /** The instance for {@code key}: the managed entity, else a proxy handed out for it, else null. */
  Object instanceOrProxy(EntityKey key) {
    if (byInstance == null && isOnly(key)) {
      return only.instance;
    }
    Object held = byKey == null ? null : byKey.get(key);
    return held instanceof EntityEntry entry ? entry.instance : held;
  }

  private boolean isOnly(EntityKey key) {
    EntityEntry entry = only;
    // the same key object first: a query asks with the row's own key, and equals would read that
    // boxed id, a cache miss of its own on a row just loaded
    return entry != null && entry.key != null && entry.entity.root() == key.root()
        && (entry.key == key.key() || entry.key.equals(key.key()));
  }

  /**
   * Registers an instance under its key (new instances may have no key yet); {@code sizeHint} is the
   * factory's, for maps that grow large.
   */
  void add(EntityEntry entry, ContextSizeHint sizeHint) {
    entry.attached = true;
    additions++;
    if (byInstance == null && only == null) {
      only = entry;
      if (entry.key != null) {
        takeProxyAlone(entry);
      }
    } else {
      if (byInstance == null) {
        byInstance = new IdentityHashMap<>(4); // the default table takes 64 slots: most contexts hold a few
        if (byKey == null) {
          byKey = new HashMap<>(4);
        }
        many = new Many(sizeHint);
        index(only);
        only = null;
      }
      index(entry);
    }
    if (!entry.existsInStore) {
      if (pendingInserts == null) {
        pendingInserts = new ArrayList<>();
      }
      pendingInserts.add(entry);
    }
  }

  private void index(EntityEntry entry) {
    byInstance.put(entry.instance, entry);
    many.entries.add(entry);
    ContextSizeHint hint = many.sizeHint;
    if (byInstance.size() == ContextSizeHint.ASK_AT && hint.entries() > ContextSizeHint.ASK_AT) {
      Map<Object, EntityEntry> sized = new IdentityHashMap<>(hint.entries());
      sized.putAll(byInstance);
      byInstance = sized;
    }
    if (entry.key != null) {
      putByKey(entry);
    }
  }

  private Object putKey(EntityKey key, Object held) {
    Object replaced = byKey.put(key, held);
    // proxies handed out beside a single entry grow the map as usual: no hint before there are maps
    ContextSizeHint hint = many == null ? null : many.sizeHint;
    if (byKey.size() == ContextSizeHint.ASK_AT && hint != null && hint.keys() > ContextSizeHint.ASK_AT) {
      Map<EntityKey, Object> sized = new HashMap<>((int) (hint.keys() / 0.75f) + 1);
      sized.putAll(byKey);
      byKey = sized;
    }
    return replaced;
  }

  /** Records the key an instance got after it was added (assigned or generated id). */
  void keyAssigned(EntityEntry entry) {
    if (byInstance == null) {
      takeProxyAlone(entry);
    } else {
      putByKey(entry);
    }
  }

  // the single entry keeps a proxy handed out for its key before it was loaded on itself
  private void takeProxyAlone(EntityEntry entry) {
    if (byKey != null) {
      Object proxy = byKey.remove(entry.entityKey());
      if (proxy != null) {
        entry.proxy = proxy;
      }
    }
  }

  private void putByKey(EntityEntry entry) {
    Object replaced = putKey(entry.entityKey(), entry);
    if (replaced instanceof EntityEntry other) {
      entry.proxy = other.proxy;
    } else if (replaced != null) {
      entry.proxy = replaced;
    }
  }

  void inserted(EntityEntry entry) {
    entry.existsInStore = true;
  }

  /** Forgets an instance (detach, or deleted at flush). */
  void remove(EntityEntry entry) {
    if (byInstance == null) {
      if (only == null || only.instance != entry.instance) {
        return;
      }
      only = null; // its proxy, if any, goes with it
      entry.attached = false;
      return;
    }
    byInstance.remove(entry.instance);
    entry.attached = false;
    many.removedSinceWalk = true;
    if (entry.key != null) {
      EntityKey key = entry.entityKey();
      Object held = byKey.get(key);
      if (held == entry || !(held instanceof EntityEntry)) {
        byKey.remove(key); // the entry with its proxy, or a proxy alone
      } else if (held != null) {
        ((EntityEntry) held).proxy = null;
      }
    }
  }

  Object proxy(EntityKey key) {
    if (byInstance == null && isOnly(key)) {
      return only.proxy;
    }
    Object held = byKey == null ? null : byKey.get(key);
    return held instanceof EntityEntry entry ? entry.proxy : held;
  }

  void addProxy(EntityKey key, Object proxy) {
    if (byInstance == null && isOnly(key)) {
      only.proxy = proxy;
      return;
    }
    if (byKey == null) {
      byKey = new HashMap<>(4);
    }
    // one lookup where nothing or a proxy is held, the common case; an entry is put back
    Object replaced = putKey(key, proxy);
    if (replaced instanceof EntityEntry entry) {
      byKey.put(key, entry);
      entry.proxy = proxy;
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
    return new ArrayList<>(liveEntries());
  }

  /**
   * The entries as they are, for walks that neither add nor remove entries (use {@link #entries()}
   * for those that may).
   */
  List<EntityEntry> liveEntries() {
    if (byInstance == null) {
      return only == null ? List.of() : List.of(only);
    }
    if (many.removedSinceWalk) {
      many.entries.removeIf(entry -> !entry.attached);
      many.removedSinceWalk = false;
    }
    return many.entries;
  }

  /** Entries whose insert is still pending, in the order they were persisted. */
  List<EntityEntry> pendingInserts() {
    if (pendingInserts == null) {
      return List.of();
    }
    int kept = 0;
    for (EntityEntry entry : pendingInserts) {
      if (entry.attached && !entry.existsInStore) {
        pendingInserts.set(kept++, entry);
      }
    }
    pendingInserts.subList(kept, pendingInserts.size()).clear();
    return kept == 0 ? List.of() : new ArrayList<>(pendingInserts);
  }

  int additions() {
    return additions;
  }

  int size() {
    if (byInstance == null) {
      return only == null ? 0 : 1;
    }
    return byInstance.size();
  }

  void clear() {
    if (byInstance != null) {
      many.sizeHint.observed(byInstance.size(), byKey.size());
    }
    only = null;
    many = null;
    byKey = null;
    byInstance = null;
    pendingInserts = null;
  }
}
