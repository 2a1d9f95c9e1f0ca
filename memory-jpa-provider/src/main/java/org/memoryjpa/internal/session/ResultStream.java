package org.memoryjpa.internal.session;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.memoryjpa.internal.query.eval.ResultCursor;
import org.memoryjpa.internal.store.ReadView;

/**
 * The stream {@code getResultStream} returns for a plan that can produce its rows lazily: it holds the
 * statement's read view until it is closed or read to its end, and builds each result as it is pulled.
 * Confined to the entity manager's thread.
 */
final class ResultStream {

  private ResultStream() {}

  /**
   * A stream over {@code cursor}'s rows, shaped by {@code shape}; closing it, or reading its last row,
   * closes {@code view}.
   */
  static <X> Stream<X> of(ResultCursor cursor, ReadView view, Function<Object[], X> shape) {
    Runnable release = new Runnable() {
      private boolean released;

      @Override
      public void run() {
        if (!released) {
          released = true;
          view.close();
        }
      }
    };
    Iterator<X> results = new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more;
        try {
          more = cursor.hasNext();
        } catch (RuntimeException e) {
          release.run();
          throw e;
        }
        if (!more) {
          release.run();
        }
        return more;
      }

      @Override
      public X next() {
        hasNext();
        return shape.apply(cursor.next());
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
        .onClose(release);
  }
}
