package org.memoryjpa.internal.session;

import java.util.Arrays;
import java.util.List;
import org.memoryjpa.internal.graph.MemoryEntityGraph;
import org.memoryjpa.internal.proxy.EntityProxies;
import org.memoryjpa.internal.store.RowSnapshot;

/**
 * What a query does to its entity results after the run: applies its lock mode (a pessimistic one
 * locks each entity's row until the transaction ends; optimistic ones schedule the version check or
 * increment) and loads what its entity graph hint names. Stateless.
 */
final class EntityResults {

  private EntityResults() {}

  static void lock(MemoryEntityManager session, QueryBridge bridge, List<Object[]> rows, LockRequest lock) {
    for (Object[] row : rows) {
      for (Object value : row) {
        if (value == null) {
          continue;
        }
        EntityEntry entry = session.context().entry(EntityProxies.unproxy(value));
        if (entry != null && entry.isManaged()) {
          if (lock.isPessimistic()) {
            session.locks().lockRow(entry.entity, entry.key, lock);
            if (bridge.loaded(entry.instance)) {
              reloadIfChanged(session, entry);
            }
          }
          session.locks().apply(entry, lock, false);
        }
      }
    }
  }

  /**
   * The query read the row before locking it: another transaction may have committed in between. Now
   * that the row is locked, its latest state is final for this transaction; an instance this run loaded
   * from an older state gets the latest one, as a database's SELECT ... FOR UPDATE would have returned
   * it. Instances the context held before keep their state, as in Hibernate.
   */
  private static void reloadIfChanged(MemoryEntityManager session, EntityEntry entry) {
    if (entry.loadedState == null || !entry.existsInStore) {
      return;
    }
    RowSnapshot latest = session.readRow(entry.entity, entry.key);
    if (latest != null && !Arrays.deepEquals(latest.copyValues(), entry.loadedState)) {
      session.loader().reload(entry);
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
