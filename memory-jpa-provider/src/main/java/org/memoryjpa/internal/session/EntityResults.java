package org.memoryjpa.internal.session;

import java.util.List;
import org.memoryjpa.internal.graph.MemoryEntityGraph;
import org.memoryjpa.internal.proxy.EntityProxies;

/**
 * What a query does to its entity results after the run: applies its lock mode (a pessimistic one
 * locks each entity's row until the transaction ends; optimistic ones schedule the version check or
 * increment) and loads what its entity graph hint names. Stateless.
 */
final class EntityResults {

  private EntityResults() {}

  static void lock(MemoryEntityManager session, List<Object[]> rows, LockRequest lock) {
    for (Object[] row : rows) {
      for (Object value : row) {
        if (value == null) {
          continue;
        }
        EntityEntry entry = session.context().entry(EntityProxies.unproxy(value));
        if (entry != null && entry.isManaged()) {
          if (lock.isPessimistic()) {
            session.locks().lockRow(entry.entity, entry.key, lock);
          }
          session.locks().apply(entry, lock, false);
        }
      }
    }
  }

  static void applyGraph(List<Object[]> rows, MemoryEntityGraph<?> graph) {
    if (graph == null) {
      return;
    }
    GraphFetch fetch = new GraphFetch();
    for (Object[] row : rows) {
      for (Object value : row) {
        fetch.apply(value, graph);
      }
    }
  }
}
