package org.memoryjpa.internal.query.eval;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.memoryjpa.internal.store.RowSnapshot;

/**
 * The result rows of a streamed select, built as they are pulled: each joined frame projected (entities
 * through the session), its fetch joins applied, and, when the only item is an entity, an instance
 * already returned skipped, as the list result does. Counts the rows read so far. Confined to the
 * entity manager's thread; the read view must stay open while it is used.
 */
public final class ResultCursor implements Iterator<Object[]> {

  private final Iterator<Object[]> frames;
  private final Execution ex;
  private final Projection[] projections;
  private final List<CompiledSelect.Fetch> fetches;
  private final List<Set<Object>> fetched;
  private final Set<Object> returned;
  private Object[] next;

  ResultCursor(Iterator<Object[]> frames, Execution ex, Projection[] projections, List<CompiledSelect.Fetch> fetches,
      boolean onceEach) {
    this.frames = frames;
    this.ex = ex;
    this.projections = projections;
    this.fetches = fetches;
    this.fetched = fetches.stream().map(fetch -> identitySet()).toList();
    this.returned = onceEach ? identitySet() : null;
  }

  private static Set<Object> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** How many rows and elements the run has read so far. */
  public long rowsRead() {
    return ex.rowsRead();
  }

  @Override
  public boolean hasNext() {
    while (next == null && frames.hasNext()) {
      Object[] frame = frames.next();
      Object[] row = new Object[projections.length];
      for (int i = 0; i < row.length; i++) {
        row[i] = projections[i].result(frame, ex);
      }
      fetch(frame);
      if (returned == null || row[0] == null || returned.add(row[0])) {
        next = row;
      }
    }
    return next != null;
  }

  @Override
  public Object[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object[] row = next;
    next = null;
    return row;
  }

  private void fetch(Object[] frame) {
    for (int i = 0; i < fetches.size(); i++) {
      CompiledSelect.Fetch fetch = fetches.get(i);
      RowSnapshot row = (RowSnapshot) frame[fetch.owner()];
      if (row != null) {
        Object owner = ex.session().entity(fetch.entity(), row);
        if (fetched.get(i).add(owner)) {
          ex.session().fetch(fetch.entity(), owner, fetch.path());
        }
      }
    }
  }
}
