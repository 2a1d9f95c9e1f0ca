package org.memoryjpa.internal.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the entities of one hierarchy are laid out in stored rows: one slot per basic value (embeddables
 * flattened), per owned reference, per element collection and per inverse list with an order column,
 * for every entity of the hierarchy, so
 * that one table holds them all (single-table storage whatever the declared strategy: the strategy
 * changes SQL, not what a JPA program observes). The session, the query engine and the store all use
 * it. Immutable and thread-safe.
 */
public final class RowLayout {

  private final EntityModel root;
  private final List<Slot> slots;
  private final Map<String, Slot> byPath;
  private final Map<EntityModel, List<Slot>> byEntity;
  private final Map<EntityModel, Map<String, Slot>> byEntityPath;

  private RowLayout(EntityModel root, List<Slot> slots, Map<EntityModel, List<Slot>> byEntity) {
    this.root = root;
    this.slots = List.copyOf(slots);
    Map<String, Slot> paths = new LinkedHashMap<>();
    for (Slot slot : slots) {
      paths.putIfAbsent(slot.path(), slot);
    }
    this.byPath = paths;
    this.byEntity = byEntity;
    this.byEntityPath = new LinkedHashMap<>();
    // loops, not lambdas, on the bootstrap path: each lambda met first costs a bootstrap at cold start
    for (var entry : byEntity.entrySet()) {
      Map<String, Slot> own = new LinkedHashMap<>();
      for (Slot slot : entry.getValue()) {
        own.put(slot.path(), slot);
      }
      byEntityPath.put(entry.getKey(), own);
    }
  }

  /** Lays out the hierarchy of a root entity. */
  static RowLayout of(EntityModel root) {
    List<Slot> slots = new ArrayList<>();
    Map<EntityModel, List<Slot>> byEntity = new LinkedHashMap<>();
    java.util.Set<AttributeMapping> laidOut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (EntityModel entity : root.selfAndSubtypes()) {
      for (AttributeMapping attribute : ownAttributes(entity)) {
        // an attribute of a mapped superclass below the root is inherited by several entities:
        // they share its slot, as they share its column in a single table
        if (laidOut.add(attribute)) {
          add(slots, entity, List.of(attribute), attribute.name(), Map.of(), true);
        }
      }
    }
    for (EntityModel entity : root.selfAndSubtypes()) {
      java.util.Set<AttributeMapping> attributes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      attributes.addAll(entity.attributes());
      List<Slot> visible = new ArrayList<>();
      for (Slot slot : slots) {
        if (attributes.contains(slot.mappings().get(0))) {
          visible.add(slot);
        }
      }
      byEntity.put(entity, List.copyOf(visible));
    }
    return new RowLayout(root, slots, byEntity);
  }

  /** Attributes an entity adds to its super entity: its own and those of mapped superclasses between. */
  private static List<AttributeMapping> ownAttributes(EntityModel entity) {
    List<ManagedTypeModel> chain = new ArrayList<>();
    for (IdentifiableTypeModel t = entity; t != null; t = t.superType) {
      if (t != entity && t instanceof EntityModel) {
        break;
      }
      chain.add(0, t);
    }
    List<AttributeMapping> attributes = new ArrayList<>();
    for (ManagedTypeModel type : chain) {
      attributes.addAll(type.declaredAttributes.values());
    }
    return attributes;
  }

  private static void add(
      List<Slot> slots,
      EntityModel owner,
      List<AttributeMapping> path,
      String pathName,
      Map<String, ColumnModel> overrides,
      boolean optionalSoFar) {
    AttributeMapping leaf = path.get(path.size() - 1);
    // a primitive is never null itself, but its column may be (when the embedded value holding it is
    // null, or the column is not insertable), so only its column's nullability counts, as in
    // Hibernate's DDL
    boolean primitive = leaf instanceof BasicMapping && leaf.javaType().isPrimitive() && !leaf.isId();
    boolean optional = optionalSoFar && (leaf.isOptional() || primitive);
    if (leaf instanceof BasicMapping basic) {
      ColumnModel column = overrides.getOrDefault(relative(path), basic.column());
      slots.add(new Slot(slots.size(), pathName, path, Slot.Kind.VALUE, owner, column.name(),
          column.nullable() && optional, column.unique(), null));
    } else if (leaf instanceof EmbeddedMapping embedded) {
      Map<String, ColumnModel> nested = new LinkedHashMap<>(overrides);
      for (var override : embedded.columnOverrides().entrySet()) {
        nested.putIfAbsent(prefix(path) + override.getKey(), override.getValue());
      }
      for (AttributeMapping inner : embedded.embeddable().attributes()) {
        List<AttributeMapping> longer = new ArrayList<>(path);
        longer.add(inner);
        // columns of an embedded value are nullable unless the embedded is an id
        add(slots, owner, longer, pathName + "." + inner.name(), nested, optional || embedded.isId());
      }
    } else if (leaf instanceof ToOneMapping toOne) {
      if (toOne.isOwning()) {
        JoinColumnModel join = toOne.joinColumns().isEmpty() ? null : toOne.joinColumns().get(0);
        boolean unique = toOne.persistentAttributeType()
                == jakarta.persistence.metamodel.Attribute.PersistentAttributeType.ONE_TO_ONE
            && toOne.mapsId() == null;
        slots.add(new Slot(slots.size(), pathName, path, Slot.Kind.REFERENCE, owner,
            join == null ? pathName + "_id" : join.name(),
            optional && (join == null || join.nullable()),
            unique || (join != null && join.unique()), toOne.target()));
      }
    } else if (leaf instanceof PluralMapping plural) {
      if (!plural.isAssociation()) {
        slots.add(new Slot(slots.size(), pathName, path, Slot.Kind.COLLECTION, owner, pathName, true, false, null));
      } else if (plural.isOwning()) {
        slots.add(new Slot(slots.size(), pathName, path, Slot.Kind.REFERENCE_LIST, owner, pathName, true, false,
            plural.targetEntity()));
      } else if (plural.orderColumn() != null) {
        slots.add(new Slot(slots.size(), pathName, path, Slot.Kind.ELEMENT_ORDER, owner, plural.orderColumn(), true,
            false, plural.targetEntity()));
      }
    }
  }

  private static String relative(List<AttributeMapping> path) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < path.size(); i++) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(path.get(i).name());
    }
    return b.toString();
  }

  private static String prefix(List<AttributeMapping> path) {
    String relative = relative(path);
    return relative.isEmpty() ? "" : relative + ".";
  }

  /** The root entity of the hierarchy. */
  public EntityModel root() {
    return root;
  }

  /** Every slot, in row order. */
  public List<Slot> slots() {
    return slots;
  }

  /** How many values a row holds. */
  public int width() {
    return slots.size();
  }

  /**
   * The slot for an attribute path such as {@code "address.city"}, or null. Sibling subclasses may
   * each declare an attribute of one name; this finds the first one laid out, so use
   * {@link #findSlot(EntityModel, String)} where the entity is known.
   */
  public Slot findSlot(String path) {
    return byPath.get(path);
  }

  /** The slot an entity's rows use for an attribute path, or null when the entity has no such attribute. */
  public Slot findSlot(EntityModel entity, String path) {
    Map<String, Slot> own = byEntityPath.get(entity);
    return own == null ? null : own.get(path);
  }

  /** The slots rows of an entity use (for its own and its inherited attributes). */
  public List<Slot> slotsOf(EntityModel entity) {
    List<Slot> list = byEntity.get(entity);
    return list == null ? Collections.emptyList() : list;
  }
}
