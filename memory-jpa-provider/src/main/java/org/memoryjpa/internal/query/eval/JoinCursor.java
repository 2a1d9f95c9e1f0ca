package org.memoryjpa.internal.query.eval;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The nested loops of a select, pulled one joined frame at a time rather than pushed into a sink: what
 * a streamed result reads lazily. Keeps one iterator per plan step; binds, matches and filters as
 * {@code CompiledSelect}'s loops do (an outer step without a match yields its null row once), then skips
 * and limits the joined frames. Confined to one thread; the iterators read the execution's view, which
 * must stay open while the cursor is used.
 */
final class JoinCursor implements Iterator<Object[]> {

  private final int[] variables;
  private final RowSource[] sources;
  private final Evaluator[][] matches;
  private final Evaluator[][] filters;
  private final boolean[] outer;
  private final Object[] frame;
  private final Execution ex;
  private final Iterator<?>[] iterators;
  private final boolean[] matched;
  private int level;
  private long skip;
  private long remaining;
  private Object[] next;

  /**
   * @param skip frames to pass over first
   * @param wanted frames to yield after them; negative for all
   */
  JoinCursor(int[] variables, RowSource[] sources, Evaluator[][] matches, Evaluator[][] filters, boolean[] outer,
      Object[] frame, Execution ex, long skip, long wanted) {
    this.variables = variables;
    this.sources = sources;
    this.matches = matches;
    this.filters = filters;
    this.outer = outer;
    this.frame = frame;
    this.ex = ex;
    this.iterators = new Iterator<?>[sources.length];
    this.matched = new boolean[sources.length];
    this.skip = skip;
    this.remaining = wanted < 0 ? Long.MAX_VALUE : wanted;
    this.level = remaining == 0 ? -1 : 0;
    if (level == 0) {
      open(0);
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && remaining > 0) {
      Object[] joined = advance();
      if (joined == null) {
        remaining = 0;
      } else if (skip > 0) {
        skip--;
      } else {
        remaining--;
        next = joined;
      }
    }
    return next != null;
  }

  @Override
  public Object[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object[] joined = next;
    next = null;
    return joined;
  }

  private void open(int step) {
    iterators[step] = sources[step].values(frame, ex);
    matched[step] = false;
  }

  /** The next joined frame (a copy), or null after the last. */
  private Object[] advance() {
    while (level >= 0) {
      int variable = variables[level];
      Iterator<?> values = iterators[level];
      if (values.hasNext()) {
        frame[variable] = values.next();
        ex.rowRead();
        if (!CompiledSelect.all(matches[level], frame, ex)) {
          continue;
        }
        matched[level] = true;
      } else if (!matched[level] && outer[level]) {
        matched[level] = true;
        frame[variable] = null;
      } else {
        frame[variable] = null;
        level--;
        continue;
      }
      if (!CompiledSelect.all(filters[level], frame, ex)) {
        continue;
      }
      if (level == sources.length - 1) {
        return frame.clone();
      }
      level++;
      open(level);
    }
    return null;
  }
}
