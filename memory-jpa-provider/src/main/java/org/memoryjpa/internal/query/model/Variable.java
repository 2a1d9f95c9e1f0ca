package org.memoryjpa.internal.query.model;

import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;

/**
 * An identification variable: a position in the evaluation frame that holds, while rows are joined,
 * one row of an entity (a {@code RowSnapshot}), one element of an element collection (its stored
 * form), or one entry of a map-valued (or {@code @OrderColumn} list) element collection ({@code Map.Entry}
 * of stored forms). Implicit
 * joins get variables too, named after their path. Immutable; compared by identity.
 */
public final class Variable {

  /** What the frame position holds. */
  public enum Kind {
    /** A row of {@link #entity()}'s table (null after an outer join found nothing). */
    ENTITY,
    /** An element of an element collection, in its stored form. */
    ELEMENT,
    /**
     * A {@code Map.Entry} of a map-valued element collection, or of an {@code @OrderColumn} element
     * list (its index to the element, so that INDEX() can read it).
     */
    MAP_ENTRY
  }

  private final int index;
  private final String name;
  private final Kind kind;
  private final EntityModel entity;
  private final PluralMapping collection;

  Variable(int index, String name, Kind kind, EntityModel entity, PluralMapping collection) {
    this.index = index;
    this.name = name;
    this.kind = kind;
    this.entity = entity;
    this.collection = collection;
  }

  /** The position in the frame. */
  public int index() {
    return index;
  }

  /** The identification variable as written, or a name made from the implicit join's path. */
  public String name() {
    return name;
  }

  /** What the frame position holds. */
  public Kind kind() {
    return kind;
  }

  /** The entity of an ENTITY variable (a TREAT's subtype where treated); for a map entry whose values are entities, their entity; else null. */
  public EntityModel entity() {
    return entity;
  }

  /** The collection an ELEMENT or MAP_ENTRY variable ranges over, else null. */
  public PluralMapping collection() {
    return collection;
  }

  @Override
  public String toString() {
    return name;
  }
}
