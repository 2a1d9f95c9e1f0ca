package org.memoryjpa.internal.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.CallbackType;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.PersistentCollection;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;
import org.memoryjpa.internal.store.Table;

/**
 * Writes a persistence context's pending changes into the store transaction: cascades PERSIST to
 * newly reachable entities, inserts new entities, updates dirty ones (snapshot comparison of stored
 * values; {@code @PreUpdate}, version increment, {@code @PostUpdate}), removes orphans, deletes
 * removed entities, then asks the store to check constraints. Single use per flush; confined to its
 * entity manager's thread.
 */
final class Flusher {

  private final MemoryEntityManager session;
  private final StoreTransaction tx;
  private final List<Object> orphans = new ArrayList<>();
  // marks the entries this flush inserts (EntityEntry.insertedByFlush), so the update pass skips them
  private final int number;

  Flusher(MemoryEntityManager session, StoreTransaction tx, int number) {
    this.session = session;
    this.tx = tx;
    this.number = number;
  }

  void flush() {
    PersistenceContext context = session.context();
    boolean orphanRemoval = session.factory().hasOrphanRemoval();
    if (orphanRemoval && context.holdsOrphanCollections()) {
      requireOrphanCollectionsKept();
    }
    cascadePersist();
    List<EntityEntry> pending = context.pendingInserts();
    // every pending entry is in the context: when they are all it holds, and inserting them added
    // none, the update pass below would find nothing to compare
    boolean onlyNew = pending.size() == context.size();
    int additions = context.additions();
    for (EntityEntry entry : pending) {
      if (entry.isManaged()) {
        insert(entry);
        entry.insertedByFlush = number;
      }
    }
    if (!onlyNew || context.additions() != additions) {
      // the one copy of the entries per flush: an update may load an orphan, adding an entry
      for (EntityEntry entry : context.entries()) {
        // an entity inserted by this very flush was written with its current state already
        if (entry.isManaged() && entry.existsInStore && entry.insertedByFlush != number) {
          update(entry);
        }
      }
    }
    if (orphanRemoval) {
      collectInverseOrphans();
    }
    for (Object orphan : orphans) {
      EntityEntry entry = context.entry(orphan);
      if (entry != null && entry.isManaged()) {
        session.removeManaged(entry);
      }
    }
    if (context.mayHoldRemoved()) {
      deleteRemoved(context);
    }
    if (orphanRemoval) {
      snapshotOrphanAssociations();
    }
    tx.validate();
  }

  private void deleteRemoved(PersistenceContext context) {
    List<EntityEntry> removed = List.of();
    for (EntityEntry entry : context.liveEntries()) {
      if (entry.status == EntityStatus.REMOVED) {
        if (removed.isEmpty()) {
          removed = new ArrayList<>();
        }
        removed.add(entry);
      }
    }
    for (EntityEntry entry : removed) {
      delete(entry);
    }
  }

  /**
   * Persists what became reachable through cascade-PERSIST associations of managed entities since
   * they were persisted or loaded. One pass is enough: persisting an entity cascades from it at
   * once, so whatever the new ones reach is persisted with them.
   */
  private void cascadePersist() {
    List<EntityEntry> cascading = new ArrayList<>();
    for (EntityEntry entry : session.context().liveEntries()) {
      if (entry.isManaged() && codec(entry).cascadesPersist()) {
        cascading.add(entry);
      }
    }
    for (EntityEntry entry : cascading) {
      if (entry.isManaged()) {
        Cascades.forEachTarget(codec(entry).persistCascades(), entry.instance, CascadeType.PERSIST, session.persistCascade());
      }
    }
  }

  private void insert(EntityEntry entry) {
    // Bean Validation runs when the row is written, as Hibernate's pre-insert listener does
    session.factory().validator().validate(entry.instance, CallbackType.PRE_PERSIST);
    EntityCodec codec = codec(entry);
    Object[] values = codec.dehydrate(entry.instance, session.loader());
    for (int i = 0; i < values.length; i++) {
      if (values[i] == EntityCodec.UNCHANGED) {
        values[i] = null;
      }
    }
    ColumnRules rules = codec.columnRules();
    rules.checkLengths(values);
    tx.insert(table(entry), RowSnapshot.of(entry.key, codec.typeTag(), rules.insertable(values)));
    // as Hibernate's snapshot: what the entity held, so a non-insertable value is not written later
    // unless it changes
    entry.loadedState = values;
    session.context().inserted(entry);
    clearCollectionFlags(entry);
    entry.entity.callbacks().invoke(CallbackType.POST_PERSIST, entry.instance);
  }

  private void update(EntityEntry entry) {
    Object[] values = dehydrate(entry);
    boolean dirty = !sameState(entry, values);
    boolean collectionsDirty = inverseCollectionsDirty(entry);
    if (!dirty && !collectionsDirty && !entry.forceIncrement && !entry.verifyVersion) {
      return;
    }
    if (dirty && (entry.entity.callbacks().has(CallbackType.PRE_UPDATE) || session.factory().validates())) {
      // a callback may change the entity again, and Bean Validation checks what will be written
      entry.entity.callbacks().invoke(CallbackType.PRE_UPDATE, entry.instance);
      session.factory().validator().validate(entry.instance, CallbackType.PRE_UPDATE);
      values = dehydrate(entry);
      dirty = !sameState(entry, values);
    }
    collectOwnedOrphans(entry, values);
    int versionSlot = versionSlot(entry);
    Object expectedVersion = versionSlot < 0 ? StoreTransaction.NO_VERSION_CHECK : entry.loadedVersion(versionSlot);
    boolean incremented = versionSlot >= 0 && (dirty || collectionsDirty || entry.forceIncrement);
    if (incremented) {
      BasicMapping version = (BasicMapping) entry.entity.version();
      Object next = Versions.next(version, version.get(entry.instance));
      version.set(entry.instance, next);
      values[versionSlot] = version.conversion().toStored(next);
    }
    if (!dirty && !incremented && !entry.verifyVersion) {
      clearCollectionFlags(entry);
      return;
    }
    codec(entry).columnRules().checkChangedLengths(values, entry.loadedState);
    tx.update(table(entry), RowSnapshot.of(entry.key, codec(entry).typeTag(), values), expectedVersion);
    entry.loadedState = values;
    entry.forceIncrement = false;
    entry.verifyVersion = false;
    clearCollectionFlags(entry);
    if (dirty) {
      entry.entity.callbacks().invoke(CallbackType.POST_UPDATE, entry.instance);
    }
  }

  private Object[] dehydrate(EntityEntry entry) {
    EntityCodec codec = codec(entry);
    Object[] values = codec.dehydrate(entry.instance, session.loader());
    for (int i = 0; i < values.length; i++) {
      if (values[i] == EntityCodec.UNCHANGED || codec.keepsStoredValue(i)) {
        values[i] = entry.loadedState[i];
      }
    }
    return values;
  }

  private boolean sameState(EntityEntry entry, Object[] values) {
    List<Slot> slots = entry.entity.layout().slots();
    int versionSlot = versionSlot(entry);
    for (int i = 0; i < values.length; i++) {
      if (i != versionSlot && !EntityCodec.sameStoredValue(slots.get(i), entry.loadedState[i], values[i])) {
        return false;
      }
    }
    return true;
  }

  private int versionSlot(EntityEntry entry) {
    return codec(entry).versionSlot();
  }

  /** Changes to inverse ({@code mappedBy}) collections increment the owner's version, as in Hibernate. */
  private boolean inverseCollectionsDirty(EntityEntry entry) {
    if (entry.entity.version() == null) {
      return false;
    }
    for (PluralMapping plural : codec(entry).inversePlurals()) {
      if (plural.get(entry.instance) instanceof PersistentCollection collection && collection.isDirty()) {
        return true;
      }
    }
    return false;
  }

  private void clearCollectionFlags(EntityEntry entry) {
    List<PluralMapping> plurals = codec(entry).plurals();
    for (int i = 0; i < plurals.size(); i++) { // indexed: an iterator per entity would escape
      if (plurals.get(i).get(entry.instance) instanceof PersistentCollection c) {
        c.clearDirty();
      }
    }
  }

  /** Owning collections and to-ones with orphan removal: keys dropped since the last flush. */
  private void collectOwnedOrphans(EntityEntry entry, Object[] values) {
    for (Slot slot : session.codec(entry.entity).ownedOrphanSlots()) {
      Set<Object> now = keys(values[slot.index()]);
      for (Object oldKey : keys(entry.loadedState[slot.index()])) {
        if (!now.contains(oldKey)) {
          EntityEntry orphan = session.context().entry(EntityKey.of(slot.target(), oldKey));
          Object instance = orphan != null ? orphan.instance : session.loader().referenced(slot.target(), oldKey, false);
          orphans.add(instance);
        }
      }
    }
  }

  private static Set<Object> keys(Object stored) {
    Set<Object> keys = new HashSet<>();
    if (stored instanceof java.util.Collection<?> c) {
      keys.addAll(c);
    } else if (stored instanceof java.util.Map<?, ?> m) {
      keys.addAll(m.values());
    } else if (stored != null) {
      keys.add(stored);
    }
    return keys;
  }

  /**
   * Inverse collections with orphan removal: elements held at the last flush (or when the collection
   * was loaded) and held no more, as Hibernate tracks them, whatever their foreign key says now.
   */
  private void collectInverseOrphans() {
    for (EntityEntry entry : session.context().liveEntries()) {
      if (!entry.isManaged() || !entry.existsInStore) {
        continue;
      }
      List<AttributeMapping> orphanAttributes = codec(entry).orphanAttributes();
      for (int i = 0; i < orphanAttributes.size(); i++) {
        AttributeMapping attribute = orphanAttributes.get(i);
        if (attribute instanceof PluralMapping plural && plural.isAssociation() && !plural.isOwning()
            && plural.isOrphanRemoval()) {
          Object value = attribute.get(entry.instance);
          List<Object> before = snapshot(entry, plural, value);
          if (before.isEmpty()) {
            continue; // nothing held before (an entity this flush inserted): nothing orphaned
          }
          Set<Object> held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          held.addAll(Cascades.elements(value, CascadeType.PERSIST));
          for (Object previous : before) {
            if (!held.contains(previous)) {
              orphans.add(previous);
            }
          }
        } else if (attribute instanceof ToOneMapping toOne && !toOne.isOwning() && toOne.isOrphanRemoval()) {
          List<Object> previous = entry.orphanSnapshots.get(attribute.name());
          Object now = attribute.get(entry.instance);
          if (previous != null && !previous.isEmpty() && previous.get(0) != now) {
            orphans.add(previous.get(0));
          }
        }
      }
    }
  }

  private static List<Object> snapshot(EntityEntry entry, PluralMapping plural, Object value) {
    List<Object> previous = entry.orphanSnapshots.get(plural.name());
    if (previous != null) {
      return previous;
    }
    if (value instanceof PersistentCollection lazy && lazy.isInitialized()) {
      return new ArrayList<>(lazy.loadedElements());
    }
    return List.of();
  }

  /** Remembers what orphan-removal associations hold now, for the next flush. */
  private void snapshotOrphanAssociations() {
    for (EntityEntry entry : session.context().liveEntries()) {
      if (entry.isManaged()) {
        snapshotOrphans(session.context(), entry, codec(entry));
      }
    }
  }

  /**
   * Fails, as Hibernate does, when a managed entity no longer holds the orphan-removal collection it
   * held at load or at the last flush (the field was given a new collection, or null): the orphans
   * of the old one could not be told. Change the collection in place instead.
   */
  private void requireOrphanCollectionsKept() {
    for (EntityEntry entry : session.context().liveEntries()) {
      if (!entry.isManaged()) {
        continue;
      }
      entry.orphanCollections.forEach((attribute, held) -> {
        if (held != null && attribute.get(entry.instance) != held) {
          String name = attribute.name();
          throw new PersistenceException(
              "A collection with orphan removal was no longer referenced by the owning entity instance: '"
                  + entry.entity.name() + "." + name + "' of '" + entry.entity.name() + "#"
                  + EntityIds.idOfKey(entry.entity, entry.key) + "' was given a new collection; clear() and"
                  + " addAll() the one it holds instead");
        }
      });
    }
  }

  /** Remembers what one entity's orphan-removal associations hold now. */
  static void snapshotOrphans(PersistenceContext context, EntityEntry entry, EntityCodec codec) {
    {
      List<AttributeMapping> orphanAttributes = codec.orphanAttributes();
      for (int i = 0; i < orphanAttributes.size(); i++) {
        AttributeMapping attribute = orphanAttributes.get(i);
        if (attribute instanceof PluralMapping plural && plural.isOrphanRemoval()) {
          entry.holdOrphanCollection(plural, attribute.get(entry.instance));
          context.orphanCollectionHeld();
        }
        if (attribute instanceof PluralMapping plural && plural.isAssociation() && !plural.isOwning()
            && plural.isOrphanRemoval()) {
          Object value = attribute.get(entry.instance);
          if (!(value instanceof PersistentCollection lazy) || lazy.isInitialized()) {
            entry.snapshotOrphans(plural.name(), Cascades.elements(value, CascadeType.PERSIST));
          }
        } else if (attribute instanceof ToOneMapping toOne && !toOne.isOwning() && toOne.isOrphanRemoval()) {
          Object now = attribute.get(entry.instance);
          entry.snapshotOrphans(attribute.name(), now == null ? List.of() : List.of(now));
        }
      }
    }
  }

  private void delete(EntityEntry entry) {
    if (entry.existsInStore) {
      session.factory().validator().validate(entry.instance, CallbackType.PRE_REMOVE);
      int versionSlot = versionSlot(entry);
      Object expected = versionSlot < 0 ? StoreTransaction.NO_VERSION_CHECK : entry.loadedVersion(versionSlot);
      tx.delete(table(entry), entry.key, expected);
    }
    entry.status = EntityStatus.DELETED;
    session.context().remove(entry);
    entry.entity.callbacks().invoke(CallbackType.POST_REMOVE, entry.instance);
  }

  private EntityCodec codec(EntityEntry entry) {
    return entry.codec(session.factory());
  }

  private Table table(EntityEntry entry) {
    return session.factory().table(entry.entity);
  }

  static EntityModel rootOf(EntityEntry entry) {
    return entry.entity.root();
  }
}
