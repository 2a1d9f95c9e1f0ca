package org.memoryjpa.internal.session;

import java.util.Collection;
import java.util.Map;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.PluralMapping;
import org.memoryjpa.internal.metadata.ToOneMapping;

/**
 * What the row codec needs from the session to turn references into keys and keys back into
 * instances: the entity manager implements it. Kept narrow so the codec stays a pure translation.
 */
interface References {

  /**
   * The store key of a referenced instance, for writing a foreign key.
   *
   * @throws IllegalStateException when the instance is new and not being persisted
   */
  Object keyOfReferenced(EntityModel target, Object instance, String attributePath, EntityModel owner);

  /** The instance (managed, or a lazy reference) for a foreign key read from a row. */
  Object referenced(EntityModel target, Object key, boolean lazy);

  /** The inverse side of a one-to-one: the instance whose owning attribute points at {@code ownerKey}. */
  Object inverseOne(ToOneMapping mapping, Object ownerKey);

  /** Loads the elements of an association collection (for its lazy wrapper), in order. */
  Collection<Object> loadElements(Object owner, PluralMapping mapping, Object ownerKey, Object storedValue);

  /** Loads the entries of an association map (for its lazy wrapper). */
  Map<Object, Object> loadEntries(Object owner, PluralMapping mapping, Object ownerKey, Object storedValue);

  /** Fails when lazy state is touched after the entity manager closed (unless configured to load). */
  void checkOpenFor(String role);
}
