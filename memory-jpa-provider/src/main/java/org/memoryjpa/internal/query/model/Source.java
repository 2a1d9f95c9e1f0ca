package org.memoryjpa.internal.query.model;

import org.memoryjpa.internal.metadata.AttributeMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.Slot;

/** Where the values of a variable come from, given the variables declared before it. */
public sealed interface Source {

  /** The rows of an entity's table, of that entity and its subtypes: a root, or an entity join. */
  record EntityRows(EntityModel entity) implements Source {
    @Override
    public Variable parent() {
      return null;
    }
  }

  /** The row a foreign key of the parent's row points at: an owning to-one. */
  record ForeignKey(Variable parent, Slot slot, EntityModel target, AttributeMapping attribute)
      implements Source {}

  /**
   * The rows of {@code target} whose {@code targetSlot} (a reference or a list of references) holds
   * the parent's key: the inverse side of an association ({@code mappedBy}).
   */
  record Inverse(Variable parent, EntityModel target, Slot targetSlot, AttributeMapping attribute)
      implements Source {}

  /** The rows whose keys the parent's list slot holds: an owning to-many. */
  record KeyList(Variable parent, Slot slot, EntityModel target, AttributeMapping attribute)
      implements Source {}

  /** The elements (or map entries) of an element collection slot of the parent's row. */
  record Elements(Variable parent, Slot slot, PluralMapping attribute) implements Source {}

  /** The variable the source depends on, or null for entity rows. */
  Variable parent();
}
