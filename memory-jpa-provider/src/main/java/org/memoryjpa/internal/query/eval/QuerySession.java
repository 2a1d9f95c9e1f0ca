package org.memoryjpa.internal.query.eval;

import java.util.List;
import org.memoryjpa.internal.metadata.EmbeddableModel;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.store.RowSnapshot;
import org.memoryjpa.internal.store.StoreTransaction;

/**
 * What a query needs from the persistence context it runs for; the session implements it, so that
 * the query engine never imports the session. Confined to the entity manager's thread.
 */
public interface QuerySession {

  /**
   * The managed instance for a row: the one the persistence context holds for its key, else a new one
   * hydrated from the row. Never a second instance of an entity the context holds.
   */
  Object entity(EntityModel declared, RowSnapshot row);

  /**
   * The store key of an entity instance given as a parameter.
   *
   * @throws IllegalArgumentException when the instance is transient and has no id
   */
  Object keyOf(EntityModel entity, Object instance);

  /** An embeddable value of a row, built as loading the entity would build it. */
  Object embedded(EntityModel owner, RowSnapshot row, String path);

  /** An embeddable element of an element collection, from its stored component values. */
  Object element(EmbeddableModel embeddable, List<?> stored);

  /** Loads the association {@code path} of a managed instance: what a fetch join promises. */
  void fetch(EntityModel entity, Object instance, String path);

  /**
   * The stored map key kept at {@code position} of an owned association map's stored value (the list
   * of its targets' keys), or null when the value keeps none.
   */
  Object storedMapKey(List<?> storedKeys, int position);

  /** The run's query timeout in milliseconds ({@code jakarta.persistence.query.timeout}); 0 for none. */
  default long timeoutMillis() {
    return 0;
  }

  /** The transaction that bulk statements write through. */
  StoreTransaction transaction();
}
