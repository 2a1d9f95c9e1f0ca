package org.memoryjpa.internal.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.memoryjpa.internal.diagnostics.MappingErrors;
import org.memoryjpa.internal.metadata.DomainModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.IndexModel;
import org.memoryjpa.internal.metadata.RowLayout;
import org.memoryjpa.internal.metadata.Slot;
import org.memoryjpa.internal.metadata.UniqueConstraintModel;
import org.memoryjpa.internal.store.ColumnSchema;
import org.memoryjpa.internal.store.IndexKind;
import org.memoryjpa.internal.store.TableSchema;

/**
 * Derives the store's table schemas from the mapping: one table per entity hierarchy, a column per
 * slot of its row layout, NOT NULL where the mapping says so (only for the rows of the entities that
 * have the attribute: JPA 2.12.1 requires subclass columns of a single table to be nullable, and
 * Hibernate checks {@code optional = false} per discriminator; it makes an explicit
 * {@code @Column(nullable = false)} NOT NULL for every row, which we do not), unique keys from
 * {@code @Column(unique)}, one-to-one foreign keys, one-to-many join tables and {@code @Table}
 * constraints, and sorted indexes from {@code @Index}. Stateless.
 */
final class StoreSchemas {

  private StoreSchemas() {}

  /** Schemas of every hierarchy of the model, keyed by root entity. */
  static Map<EntityModel, TableSchema> of(DomainModel model) {
    Map<EntityModel, TableSchema> schemas = new LinkedHashMap<>();
    for (EntityModel entity : model.entities()) {
      if (entity.isRoot()) {
        schemas.put(entity, of(entity));
      }
    }
    return schemas;
  }

  /** The name of a hierarchy's table in the store: the root's entity name, unique per unit. */
  static String tableName(EntityModel entity) {
    return entity.root().name();
  }

  /** The type tag of an entity within its hierarchy's table. */
  static int typeTag(EntityModel entity) {
    return entity.root().selfAndSubtypes().indexOf(entity);
  }

  private static TableSchema of(EntityModel root) {
    RowLayout layout = root.layout();
    List<EntityModel> types = root.selfAndSubtypes();
    TableSchema.Builder table = TableSchema.builder(tableName(root));
    // loops, not streams, on the bootstrap path: each lambda met first costs a bootstrap at cold start
    String[] typeNames = new String[types.size()];
    for (int i = 0; i < typeNames.length; i++) {
      typeNames[i] = types.get(i).name();
    }
    table.typeNames(typeNames);
    java.util.Set<String> columnNames = new java.util.HashSet<>();
    for (Slot slot : layout.slots()) {
      // sibling subclasses may each declare an attribute of one name: qualify the second by its entity
      String name = columnNames.add(slot.path()) ? slot.path() : slot.owner().name() + "." + slot.path();
      columnNames.add(name);
      table.column(column(slot, name, layout, types));
    }
    if (root.version() != null) {
      table.version(layout.findSlot(root, root.version().name()).index());
    }
    List<String> idColumns = new ArrayList<>();
    for (Slot slot : layout.slots()) {
      if (slot.mappings().get(0).isId()) {
        idColumns.add(slot.columnName());
      }
    }
    table.primaryKey("PK_" + root.tableName(), idColumns.toArray(new String[0]));
    for (Slot slot : layout.slots()) {
      if (slot.unique() && !slot.mappings().get(0).isId()) {
        table.unique("UK_" + root.tableName() + "_" + slot.columnName(), slot.index());
      }
    }
    for (EntityModel entity : types) {
      for (UniqueConstraintModel constraint : entity.uniqueConstraints()) {
        int[] slots = slotsOf(entity, layout, constraint.columnNames());
        String name = constraint.name() != null ? constraint.name()
            : "UK_" + entity.tableName() + "_" + String.join("_", constraint.columnNames());
        table.unique(name, slots);
      }
      for (IndexModel index : entity.indexes()) {
        int[] slots = slotsOf(entity, layout, index.columnNames());
        String name = index.name() != null ? index.name()
            : "IDX_" + entity.tableName() + "_" + String.join("_", index.columnNames());
        if (index.unique()) {
          table.unique(name, slots);
        } else {
          table.index(name, IndexKind.SORTED, slots);
        }
      }
    }
    return table.build();
  }

  private static ColumnSchema column(Slot slot, String name, RowLayout layout, List<EntityModel> types) {
    String target = slot.target() == null ? null : tableName(slot.target());
    ColumnSchema column = switch (slot.kind()) {
      case VALUE -> ColumnSchema.value(name);
      case REFERENCE -> ColumnSchema.reference(name, target);
      case REFERENCE_LIST -> exclusive(slot)
          ? ColumnSchema.referenceList(name, target).exclusiveElements()
          : ColumnSchema.referenceList(name, target);
      case COLLECTION, ELEMENT_ORDER -> ColumnSchema.collection(name);
    };
    if (!slot.nullable() && slot.kind() != Slot.Kind.COLLECTION && slot.kind() != Slot.Kind.ELEMENT_ORDER
        && slot.kind() != Slot.Kind.REFERENCE_LIST) {
      int[] tags = new int[types.size()];
      int count = 0;
      for (int i = 0; i < types.size(); i++) {
        if (holds(layout.slotsOf(types.get(i)), slot)) {
          tags[count++] = i;
        }
      }
      column = column.notNullFor(java.util.Arrays.copyOf(tags, count));
    }
    return column;
  }

  /**
   * Whether an entity's slots include this one. By identity: a layout hands out its own instances, and
   * {@code List.contains} would call the record's generated {@code equals}, whose first call in a JVM
   * spins dozens of method-handle classes on the bootstrap path.
   */
  private static boolean holds(List<Slot> slots, Slot slot) {
    for (Slot candidate : slots) {
      if (candidate == slot) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a to-many slot is a unidirectional one-to-many through a join table, whose element
   * column Hibernate makes unique: a target belongs to one owner, once.
   */
  private static boolean exclusive(Slot slot) {
    return slot.leaf() instanceof org.memoryjpa.internal.metadata.PluralMapping plural
        && plural.persistentAttributeType() == jakarta.persistence.metamodel.Attribute.PersistentAttributeType.ONE_TO_MANY
        && plural.joinColumns().isEmpty();
  }

  /** Resolves column names as the mapping spells them (or in snake case) to slots of the layout. */
  private static int[] slotsOf(EntityModel entity, RowLayout layout, List<String> columnNames) {
    int[] slots = new int[columnNames.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = slotOf(entity, layout, columnNames.get(i));
    }
    return slots;
  }

  private static int slotOf(EntityModel entity, RowLayout layout, String columnName) {
    String wanted = normalize(columnName);
    for (Slot slot : layout.slotsOf(entity)) {
      if (normalize(slot.columnName()).equals(wanted) || normalize(slot.path()).equals(wanted)) {
        return slot.index();
      }
    }
    throw MappingErrors.onClass(
        entity.javaType(), "a constraint or index names column '" + columnName
            + "', which no attribute of entity '" + entity.name() + "' maps to");
  }

  private static String normalize(String name) {
    return name.replace("_", "").replace(".", "").toLowerCase(Locale.ROOT);
  }
}
