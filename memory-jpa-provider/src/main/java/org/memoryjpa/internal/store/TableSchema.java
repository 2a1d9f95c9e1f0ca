package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The description of one table (one entity hierarchy) that the store works from: the table's name in
 * messages (the root entity's name), its columns by slot, the slot holding the {@code @Version} if
 * any, the names of the row types (by type tag), the primary key's name and columns, unique keys and
 * secondary indexes. The session layer builds it from the mapping metadata; the store never sees the
 * metadata itself. Immutable; build one with {@link #builder}.
 */
public final class TableSchema {

  private final String name;
  private final List<ColumnSchema> columns;
  private final int versionSlot;
  private final List<String> typeNames;
  private final String primaryKeyName;
  private final List<String> keyColumns;
  private final List<UniqueKey> uniqueKeys;
  private final List<IndexDefinition> indexes;

  private TableSchema(Builder builder) {
    this.name = builder.name;
    this.columns = List.copyOf(builder.columns);
    this.versionSlot = builder.versionSlot;
    this.typeNames = List.copyOf(builder.typeNames);
    this.primaryKeyName =
        builder.primaryKeyName != null ? builder.primaryKeyName : "PK_" + builder.name;
    this.keyColumns = List.copyOf(builder.keyColumns);
    this.uniqueKeys = List.copyOf(builder.uniqueKeys);
    this.indexes = List.copyOf(builder.indexes);
  }

  /** Starts a schema for the table named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The table's name in messages, e.g. the root entity's name. */
  public String name() {
    return name;
  }

  /** The columns, indexed by slot. */
  public List<ColumnSchema> columns() {
    return columns;
  }

  /** The column of {@code slot}. */
  public ColumnSchema column(int slot) {
    return columns.get(slot);
  }

  /** The number of slots every row of the table has. */
  public int slotCount() {
    return columns.size();
  }

  /** The slot of the column named {@code columnName}, or -1. */
  public int slotOf(String columnName) {
    for (int slot = 0; slot < columns.size(); slot++) {
      if (columns.get(slot).name().equals(columnName)) {
        return slot;
      }
    }
    return -1;
  }

  /** The slot holding the optimistic version, or -1 when the table is not versioned. */
  public int versionSlot() {
    return versionSlot;
  }

  /** The row type names by type tag; empty when every row has tag 0 and the table's name. */
  public List<String> typeNames() {
    return typeNames;
  }

  /** The name of the row type {@code typeTag}, falling back to the table's name. */
  public String typeName(int typeTag) {
    return typeTag >= 0 && typeTag < typeNames.size() ? typeNames.get(typeTag) : name;
  }

  /** The primary key constraint's name in messages; {@code PK_<table>} unless declared. */
  public String primaryKeyName() {
    return primaryKeyName;
  }

  /** The names of the key's columns in messages; {@code [id]} unless declared. */
  public List<String> keyColumns() {
    return keyColumns;
  }

  /** The unique keys. */
  public List<UniqueKey> uniqueKeys() {
    return uniqueKeys;
  }

  /** The declared secondary indexes. */
  public List<IndexDefinition> indexes() {
    return indexes;
  }

  /** The declared index named {@code indexName}. */
  public Optional<IndexDefinition> findIndex(String indexName) {
    return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
  }

  /** The column names of {@code slots}, for messages. */
  public List<String> columnNames(List<Integer> slots) {
    List<String> names = new ArrayList<>(slots.size());
    for (int slot : slots) {
      names.add(columns.get(slot).name());
    }
    return names;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TableSchema)) {
      return false;
    }
    TableSchema that = (TableSchema) other;
    return versionSlot == that.versionSlot
        && name.equals(that.name)
        && columns.equals(that.columns)
        && typeNames.equals(that.typeNames)
        && primaryKeyName.equals(that.primaryKeyName)
        && keyColumns.equals(that.keyColumns)
        && uniqueKeys.equals(that.uniqueKeys)
        && indexes.equals(that.indexes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, versionSlot, typeNames, uniqueKeys, indexes);
  }

  @Override
  public String toString() {
    return "TableSchema[" + name + " " + columns + "]";
  }

  /** Collects a {@link TableSchema}; columns take slots in the order they are added. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final List<ColumnSchema> columns = new ArrayList<>();
    private int versionSlot = -1;
    private final List<String> typeNames = new ArrayList<>();
    private String primaryKeyName;
    private List<String> keyColumns = List.of("id");
    private final List<UniqueKey> uniqueKeys = new ArrayList<>();
    private final List<IndexDefinition> indexes = new ArrayList<>();

    private Builder(String name) {
      SchemaChecks.requireName(name, "table");
      this.name = name;
    }

    /** Adds a column at the next slot. */
    public Builder column(ColumnSchema column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /** Marks {@code slot}, a {@link SlotKind#VALUE} column, as the optimistic version. */
    public Builder version(int slot) {
      this.versionSlot = slot;
      return this;
    }

    /** Names the row types: tag 0 is the first name, tag 1 the second, and so on. */
    public Builder typeNames(String... names) {
      typeNames.clear();
      typeNames.addAll(List.of(names));
      return this;
    }

    /** Names the primary key constraint and its columns for messages. */
    public Builder primaryKey(String constraintName, String... columnNames) {
      SchemaChecks.requireName(constraintName, "primary key");
      this.primaryKeyName = constraintName;
      this.keyColumns = List.of(columnNames);
      return this;
    }

    /** Adds a unique key. */
    public Builder unique(UniqueKey uniqueKey) {
      uniqueKeys.add(Objects.requireNonNull(uniqueKey, "uniqueKey"));
      return this;
    }

    /** Adds a unique key over {@code slots}. */
    public Builder unique(String constraintName, int... slots) {
      return unique(UniqueKey.of(constraintName, slots));
    }

    /** Adds a secondary index. */
    public Builder index(IndexDefinition index) {
      indexes.add(Objects.requireNonNull(index, "index"));
      return this;
    }

    /** Adds a secondary index of {@code kind} over {@code slots}. */
    public Builder index(String indexName, IndexKind kind, int... slots) {
      return index(IndexDefinition.of(indexName, kind, slots));
    }

    /** Checks the slots and names and builds the schema. */
    public TableSchema build() {
      if (versionSlot != -1) {
        requireSlot(versionSlot, "version");
        if (columns.get(versionSlot).kind() != SlotKind.VALUE) {
          throw new IllegalArgumentException(
              "Version column '" + columns.get(versionSlot).name() + "' of table '" + name
                  + "' must hold a VALUE, not a " + columns.get(versionSlot).kind());
        }
      }
      Set<String> names = new HashSet<>();
      for (UniqueKey key : uniqueKeys) {
        requireIndexable(key.name(), key.slots(), names);
      }
      for (IndexDefinition index : indexes) {
        requireIndexable(index.name(), index.slots(), names);
      }
      Set<String> columnNames = new HashSet<>();
      for (ColumnSchema column : columns) {
        if (!columnNames.add(column.name())) {
          throw new IllegalArgumentException(
              "Table '" + name + "' declares column '" + column.name() + "' twice");
        }
      }
      return new TableSchema(this);
    }

    private void requireIndexable(String indexName, List<Integer> slots, Set<String> names) {
      if (!names.add(indexName)) {
        throw new IllegalArgumentException(
            "Table '" + name + "' declares index or unique key '" + indexName
                + "' twice; give each a distinct name");
      }
      for (int slot : slots) {
        requireSlot(slot, "index '" + indexName + "'");
        SlotKind kind = columns.get(slot).kind();
        if (kind == SlotKind.REFERENCE_LIST || kind == SlotKind.COLLECTION) {
          throw new IllegalArgumentException(
              "Index '" + indexName + "' of table '" + name + "' covers column '"
                  + columns.get(slot).name() + "', a " + kind
                  + "; only VALUE and REFERENCE columns can be indexed or unique");
        }
      }
    }

    private void requireSlot(int slot, String user) {
      if (slot < 0 || slot >= columns.size()) {
        throw new IllegalArgumentException(
            "The " + user + " of table '" + name + "' names slot " + slot
                + ", but the table has slots 0.." + (columns.size() - 1));
      }
    }
  }
}
