package org.memoryjpa.internal.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EmbeddedMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.RowLayout;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.ToOneMapping;
import org.memoryjpa.internal.proxy.PersistentCollection;
import org.memoryjpa.internal.proxy.PersistentList;
import org.memoryjpa.internal.proxy.PersistentMap;
import org.memoryjpa.internal.proxy.PersistentSet;

/**
 * Translates between an entity instance and its stored row values for one entity type: dehydration
 * reads every attribute into the stored form (converted values, keys for references, immutable
 * copies of collections), hydration writes a row back into a fresh instance (embeddables built,
 * references resolved through {@link References}, collections wrapped for lazy loading). Immutable
 * and thread-safe; one per entity type per factory.
 */
final class EntityCodec {

  private final EntityModel entity;
  private final RowLayout layout;
  private final List<Slot> slots;
  // the slots as arrays, for dehydration's loop: no list or record accessor call per slot and row
  private final Slot[] slotArray;
  private final int[] slotIndexes;
  private final AttributeMapping[] leaves;
  private final boolean[] onEntity; // a slot of an attribute of the entity itself, not inside an embeddable
  private final ElementCodec elements;
  private volatile HydrationPlan hydration;
  private final List<AttributeMapping> orphanAttributes;
  // what each flush of a loaded entity walks, sorted out once: most types have no such slot, and
  // their flush then skips the walk over every slot or attribute
  private final List<Slot> ownedOrphanSlots;
  private final List<PluralMapping> plurals;
  private final List<PluralMapping> inversePlurals;
  private final List<ToOneMapping> mapsIdAttributes;
  private final List<AttributeMapping> persistCascades;
  private final int typeTag;
  private final int versionSlot;
  private final boolean[] keepsStoredValue;
  private final ColumnRules columnRules;
  private int uses; // counted without synchronisation: a lost count only delays generation
  private volatile boolean accessorsGenerated;

  EntityCodec(EntityModel entity) {
    this.entity = entity;
    this.orphanAttributes = orphanAttributesOf(entity);
    this.mapsIdAttributes = mapsIdAttributesOf(entity);
    this.persistCascades = persistCascadesOf(entity);
    this.typeTag = StoreSchemas.typeTag(entity);
    this.layout = entity.layout();
    this.slots = layout.slotsOf(entity);
    this.slotArray = slots.toArray(new Slot[0]);
    this.slotIndexes = new int[slotArray.length];
    this.leaves = new AttributeMapping[slotArray.length];
    this.onEntity = new boolean[slotArray.length];
    for (int i = 0; i < slotArray.length; i++) {
      slotIndexes[i] = slotArray[i].index();
      leaves[i] = slotArray[i].leaf();
      onEntity[i] = slotArray[i].mappings().size() == 1;
    }
    this.elements = new ElementCodec();
    this.versionSlot = entity.version() == null ? -1 : layout.findSlot(entity, entity.version().name()).index();
    this.keepsStoredValue = new boolean[layout.width()];
    this.columnRules = new ColumnRules(entity);
    this.ownedOrphanSlots = ownedOrphanSlots(slots);
    List<PluralMapping> allPlurals = new ArrayList<>();
    List<PluralMapping> inverse = new ArrayList<>();
    for (AttributeMapping attribute : entity.attributes()) {
      if (attribute instanceof PluralMapping plural) {
        allPlurals.add(plural);
        if (!plural.isOwning()) {
          inverse.add(plural);
        }
      }
    }
    this.plurals = List.copyOf(allPlurals);
    this.inversePlurals = List.copyOf(inverse);
    for (Slot slot : layout.slots()) {
      // updatable = false: an update writes the stored value again, whatever the attribute holds
      keepsStoredValue[slot.index()] = slot.leaf() instanceof BasicMapping basic && !basic.column().updatable()
          && slot.mappings().size() == 1;
    }
  }

  /** Attributes of {@code entity} with orphan removal that flush tracks (none for most types). */
  static List<AttributeMapping> orphanAttributesOf(EntityModel entity) {
    // a loop, not a stream: runs at bootstrap, where each lambda met first costs a bootstrap at cold start
    List<AttributeMapping> found = new ArrayList<>();
    for (AttributeMapping a : entity.attributes()) {
      if (a instanceof PluralMapping p ? p.isOrphanRemoval()
          : a instanceof ToOneMapping t && !t.isOwning() && t.isOrphanRemoval()) {
        found.add(a);
      }
    }
    return List.copyOf(found);
  }

  private static List<Slot> ownedOrphanSlots(List<Slot> slots) {
    List<Slot> found = new ArrayList<>();
    for (Slot slot : slots) {
      AttributeMapping leaf = slot.leaf();
      boolean orphanRemoval = leaf instanceof PluralMapping p ? p.isOrphanRemoval()
          : leaf instanceof ToOneMapping t && t.isOrphanRemoval();
      // an inverse list's orphans are found from what it held, see Flusher.collectInverseOrphans
      if (orphanRemoval && slot.mappings().size() == 1 && slot.kind() != Slot.Kind.ELEMENT_ORDER) {
        found.add(slot);
      }
    }
    return List.copyOf(found);
  }

  /** Slots of owning collections and to-ones with orphan removal, directly on the entity. */
  List<Slot> ownedOrphanSlots() {
    return ownedOrphanSlots;
  }

  /** The collection and map attributes of the entity. */
  List<PluralMapping> plurals() {
    return plurals;
  }

  /** The inverse ({@code mappedBy}) collection and map attributes of the entity. */
  List<PluralMapping> inversePlurals() {
    return inversePlurals;
  }

  private static List<ToOneMapping> mapsIdAttributesOf(EntityModel entity) {
    List<ToOneMapping> found = new ArrayList<>();
    for (AttributeMapping a : entity.attributes()) {
      if (a instanceof ToOneMapping toOne && toOne.mapsId() != null) {
        found.add(toOne);
      }
    }
    return List.copyOf(found);
  }

  private static List<AttributeMapping> persistCascadesOf(EntityModel entity) {
    List<AttributeMapping> found = new ArrayList<>();
    for (AttributeMapping attribute : entity.attributes()) {
      if (cascadesPersist(attribute)) {
        found.add(attribute);
      }
    }
    return List.copyOf(found);
  }

  private static boolean cascadesPersist(AttributeMapping attribute) {
    if (attribute instanceof EmbeddedMapping embedded) {
      for (AttributeMapping inner : embedded.embeddable().attributes()) {
        if (cascadesPersist(inner)) {
          return true;
        }
      }
      return false;
    }
    return attribute instanceof ToOneMapping toOne ? toOne.cascades(CascadeType.PERSIST)
        : attribute instanceof PluralMapping plural && plural.isAssociation() && plural.cascades(CascadeType.PERSIST);
  }

  /** The type's tag in the rows of its hierarchy's table (see {@link StoreSchemas#typeTag}). */
  int typeTag() {
    return typeTag;
  }

  /** Whether any association of the type (also inside embeddables) cascades PERSIST. */
  boolean cascadesPersist() {
    return !persistCascades.isEmpty();
  }

  /**
   * The attributes a PERSIST cascade walks: associations that cascade it, and embeddables holding
   * one; the others would be read for nothing.
   */
  List<AttributeMapping> persistCascades() {
    return persistCascades;
  }

  /** The insertable and length rules a write of this type obeys. */
  ColumnRules columnRules() {
    return columnRules;
  }

  /** The slot of the version attribute, or -1 for an unversioned type. */
  int versionSlot() {
    return versionSlot;
  }

  /** Whether an update keeps the stored value of slot {@code index} ({@code updatable = false}). */
  boolean keepsStoredValue(int index) {
    return keepsStoredValue[index];
  }

  EntityModel entity() {
    return entity;
  }

  /** The to-one attributes with {@code @MapsId}, whose targets' ids persist copies (none for most types). */
  List<ToOneMapping> mapsIdAttributes() {
    return mapsIdAttributes;
  }

  /** Attributes whose contents at the last flush orphan removal needs to remember. */
  List<AttributeMapping> orphanAttributes() {
    return orphanAttributes;
  }

  /** The stored values of {@code instance}, one per slot of the hierarchy (others null). */
  Object[] dehydrate(Object instance, References references) {
    countUse();
    Object[] values = new Object[layout.width()];
    for (int i = 0; i < slotArray.length; i++) {
      Object owner = onEntity[i] ? instance : embeddableOf(instance, slotArray[i]);
      if (owner != null) { // else the slot is inside a null embeddable: null
        values[slotIndexes[i]] = stored(slotArray[i], leaves[i], leaves[i].get(owner), references);
      }
    }
    return values;
  }

  /** The embeddable holding a slot's attribute, or null when it or one on the way is null. */
  private static Object embeddableOf(Object instance, Slot slot) {
    List<AttributeMapping> path = slot.mappings();
    Object current = instance;
    for (int i = 0; i < path.size() - 1 && current != null; i++) {
      current = path.get(i).get(current);
    }
    return current;
  }

  /** The stored form of {@code value}, the slot's attribute as read. */
  private Object stored(Slot slot, AttributeMapping leaf, Object value, References references) {
    return switch (slot.kind()) {
      case VALUE -> ((BasicMapping) leaf).conversion().toStored(value);
      case REFERENCE -> value == null
          ? null
          : references.keyOfReferenced(slot.target(), value, slot.path(), entity);
      case REFERENCE_LIST -> referenceKeys((PluralMapping) leaf, value, slot, references);
      case COLLECTION -> elements.toStored((PluralMapping) leaf, value);
      case ELEMENT_ORDER -> elementOrder(value, slot);
    };
  }

  /** The keys of an inverse ordered list's elements, in order; elements without an id yet are left out. */
  private static Object elementOrder(Object value, Slot slot) {
    if (value instanceof PersistentCollection lazy && !lazy.isInitialized()) {
      return UNCHANGED;
    }
    if (value == null) {
      return List.of();
    }
    List<Object> keys = new ArrayList<>();
    for (Object element : (Collection<?>) value) {
      Object key = element == null ? null : EntityIds.keyOfEntity(slot.target(), element);
      if (key != null) {
        keys.add(key);
      }
    }
    return Collections.unmodifiableList(keys);
  }

  private Object referenceKeys(PluralMapping mapping, Object value, Slot slot, References references) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof PersistentCollection lazy && !lazy.isInitialized()) {
      return UNCHANGED;
    }
    Collection<?> elements = value instanceof Map<?, ?> map ? map.values() : (Collection<?>) value;
    List<Object> keys = new ArrayList<>(elements.size());
    for (Object element : elements) {
      if (element != null) {
        keys.add(references.keyOfReferenced(slot.target(), element, slot.path(), entity));
      }
    }
    if (value instanceof Map<?, ?> map && mapping.mapKey() == null) {
      // a map keyed by a basic value: keep the keys with the targets
      Map<Object, Object> entries = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getValue() != null) {
          entries.put(mapping.keyConversion().toStored(entry.getKey()), keys.get(i++));
        }
      }
      return KeyedReferences.of(entries);
    }
    return Collections.unmodifiableList(keys);
  }

  /**
   * A stored value meaning "an uninitialized lazy collection: keep what the row has"; the flush
   * replaces it with the loaded state's value before comparing or writing.
   */
  static final Object UNCHANGED = new Object() {
    @Override
    public String toString() {
      return "UNCHANGED";
    }
  };

  /** Fills a fresh instance from a row's values. */
  void hydrate(Object instance, Object key, Object[] values, References references) {
    countUse();
    hydration().hydrate(instance, key, values, references);
  }

  /** The embeddable at {@code path} of a row, built as hydration builds it (null when all its slots are). */
  Object embedded(String path, Object key, Object[] values, References refs) {
    return hydration().embedded(path, key, values, refs);
  }

  private void countUse() {
    if (!accessorsGenerated && ++uses >= DirectAccessors.USES_BEFORE_GENERATION) {
      generateAccessors();
    }
  }

  private synchronized void generateAccessors() {
    if (!accessorsGenerated) {
      accessorsGenerated = true;
      DirectAccessors.install(entity);
    }
  }

  private HydrationPlan hydration() {
    // built on first use: building it at construction would recurse through codec creation
    HydrationPlan plan = hydration;
    if (plan == null) {
      plan = new HydrationPlan(entity, this);
      hydration = plan;
    }
    return plan;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  Object collectionValue(Object owner, PluralMapping plural, String role, Object key, Object stored, References refs) {
    boolean eager = plural.fetch() == FetchType.EAGER;
    boolean map = plural.collectionType() == jakarta.persistence.metamodel.PluralAttribute.CollectionType.MAP;
    CollectionLoader loader = new CollectionLoader(elements, plural, role, owner, key, stored, refs);
    Supplier lazy = loader;
    if (map) {
      return eager ? new PersistentMap(owner, role, (Map) loader.get()) : new PersistentMap(owner, role, lazy);
    }
    if (plural.collectionType() == jakarta.persistence.metamodel.PluralAttribute.CollectionType.SET) {
      return eager ? new PersistentSet(owner, role, (Collection) loader.get()) : new PersistentSet(owner, role, lazy);
    }
    return eager ? new PersistentList(owner, role, (Collection) loader.get()) : new PersistentList(owner, role, lazy);
  }

  /** Whether two stored values of a slot are equal for dirty checking. */
  static boolean sameStoredValue(Slot slot, Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (slot.kind() == Slot.Kind.REFERENCE_LIST && slot.leaf() instanceof PluralMapping plural
        && plural.orderColumn() == null && !(a instanceof KeyedReferences) && a instanceof List<?> x
        && b instanceof List<?> y) {
      // a bag or set: the order of elements is not stored, so a new order is no change
      return x.size() == y.size() && multiset(x).equals(multiset(y));
    }
    return a.equals(b);
  }

  private static Map<Object, Integer> multiset(List<?> list) {
    Map<Object, Integer> counts = new java.util.HashMap<>();
    for (Object o : list) {
      counts.merge(o, 1, Integer::sum);
    }
    return counts;
  }
}
