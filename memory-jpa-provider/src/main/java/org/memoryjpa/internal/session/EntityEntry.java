package org.memoryjpa.internal.session;

import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EntityModel;

/**
 * What a persistence context knows about one instance: its entity type, key, status, the stored
 * state it was loaded or last flushed with (for snapshot dirty checking), its version and lock mode,
 * and the elements of orphan-removal collections at the last flush. Mutable; confined to the
 * context's thread.
 */
final class EntityEntry {

  final Object instance;
  final EntityModel entity;
  Object key;
  EntityStatus status = EntityStatus.MANAGED;
  /** Stored values at load or last flush; null while the insert is still pending. */
  Object[] loadedState;
  /** Whether the row exists in the transaction's view of the store. */
  boolean existsInStore;
  /** Whether the persistence context holds this entry (false once detached or deleted). */
  boolean attached;
  /** The number of the flush that inserted the row, or 0: that flush need not compare it again. */
  int insertedByFlush;
  /** The lazy reference handed out for this entry's key, if any (see PersistenceContext). */
  Object proxy;
  /** This type's codec, looked up once per entry instead of per flush pass. */
  private EntityCodec codec;
  LockModeType lockMode = LockModeType.NONE;
  boolean forceIncrement;
  boolean verifyVersion;
  /** Orphan-removal collections and one-to-ones: their elements at load or last flush, by attribute path. */
  Map<String, List<Object>> orphanSnapshots = Map.of();
  /**
   * Orphan-removal collections: the collection object the entity held at load or last flush, by
   * attribute mapping; replacing it is an error, as in Hibernate.
   */
  Map<AttributeMapping, Object> orphanCollections = Map.of();

  // Most entities have no orphan-removal associations: their entries allocate no maps; most of the
  // others have one, held in an immutable one-entry map until a second comes.
  void snapshotOrphans(String attribute, List<Object> elements) {
    orphanSnapshots = with(orphanSnapshots, attribute, elements);
  }

  void holdOrphanCollection(AttributeMapping attribute, Object collection) {
    orphanCollections = with(orphanCollections, attribute, collection);
  }

  private static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
    if (value != null && (map.isEmpty() || map.size() == 1 && map.containsKey(key))) {
      return Map.of(key, value);
    }
    Map<K, V> copy = map instanceof HashMap<K, V> ? map : new HashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  EntityEntry(Object instance, EntityModel entity, Object key) {
    this.instance = instance;
    this.entity = entity;
    this.key = key;
  }

  void useCodec(EntityCodec codec) {
    this.codec = codec;
  }

  EntityCodec codec(MemoryEntityManagerFactory factory) {
    EntityCodec known = codec;
    if (known == null) {
      known = factory.codec(entity);
      codec = known;
    }
    return known;
  }

  EntityKey entityKey() {
    return EntityKey.of(entity, key);
  }

  boolean isManaged() {
    return status == EntityStatus.MANAGED;
  }

  /** The version value as loaded, from the loaded state, or null for unversioned entities. */
  Object loadedVersion(int versionSlot) {
    return versionSlot < 0 || loadedState == null ? null : loadedState[versionSlot];
  }

  @Override
  public String toString() {
    return entity.name() + "#" + key + " " + status;
  }
}
