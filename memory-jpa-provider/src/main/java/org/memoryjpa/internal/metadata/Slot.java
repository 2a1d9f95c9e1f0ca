package org.memoryjpa.internal.metadata;

import java.util.List;

/**
 * One position in the stored rows of an entity hierarchy: a basic value (possibly inside embeddables),
 * the key of a referenced entity, the keys of an owned to-many association, or an element collection.
 * Immutable.
 *
 * @param index the position in the row's value array
 * @param path the attribute path from the entity, e.g. {@code "address.city"}
 * @param mappings the attributes along the path, the leaf last
 * @param kind what the slot holds
 * @param owner the first entity of the hierarchy whose rows use the slot (an attribute of a mapped
 *     superclass below the root is shared by every entity inheriting it); rows of entities that do not
 *     have the attribute leave the slot null, see {@link RowLayout#slotsOf}
 * @param columnName the column name (for constraints and messages)
 * @param nullable whether the mapping allows NULL here
 * @param unique whether the column alone is unique
 * @param target the referenced entity for REFERENCE, REFERENCE_LIST and ELEMENT_ORDER slots, else null
 */
public record Slot(
    int index,
    String path,
    List<AttributeMapping> mappings,
    Kind kind,
    EntityModel owner,
    String columnName,
    boolean nullable,
    boolean unique,
    EntityModel target) {

  /** What a slot holds. */
  public enum Kind {
    /** A basic value in its stored form. */
    VALUE,
    /** The key of a referenced entity (owning to-one). */
    REFERENCE,
    /** An immutable list of keys of referenced entities (owning to-many). */
    REFERENCE_LIST,
    /** An immutable element collection (list, set or map of stored values). */
    COLLECTION,
    /**
     * The keys of the elements of an inverse ({@code mappedBy}) list with {@code @OrderColumn}, in list
     * order: only the order, where Hibernate keeps it in the elements' order column; the elements'
     * own references decide which belong to the list. Never checked by the store.
     */
    ELEMENT_ORDER
  }

  public Slot {
    mappings = List.copyOf(mappings);
  }

  /** The attribute at the end of the path. */
  public AttributeMapping leaf() {
    return mappings.get(mappings.size() - 1);
  }
}
