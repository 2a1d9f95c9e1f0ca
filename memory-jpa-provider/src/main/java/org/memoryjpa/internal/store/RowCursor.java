package org.memoryjpa.internal.store;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy iterator over the rows a {@link ReadView} sees, computing one row ahead. Every step checks
 * that the view is still open: a closed view no longer holds its pin, so the versions it would read
 * may be gone. Single-threaded.
 */
abstract class RowCursor implements Iterator<RowSnapshot> {

  private final ReadView view;
  private RowSnapshot next;

  RowCursor(ReadView view) {
    this.view = view;
  }

  /** The next row, or null at the end. */
  abstract RowSnapshot advance();

  @Override
  public final boolean hasNext() {
    view.requireOpen();
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final RowSnapshot next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RowSnapshot row = next;
    next = null;
    return row;
  }

  Stream<RowSnapshot> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The rows of two cursors sorted by {@code order}, merged into one sorted cursor. */
  static RowCursor merge(
      ReadView view, Iterator<RowSnapshot> first, Iterator<RowSnapshot> second,
      Comparator<RowSnapshot> order) {
    return new RowCursor(view) {
      private RowSnapshot a = first.hasNext() ? first.next() : null;
      private RowSnapshot b = second.hasNext() ? second.next() : null;

      @Override
      RowSnapshot advance() {
        RowSnapshot row;
        if (a != null && (b == null || order.compare(a, b) <= 0)) {
          row = a;
          a = first.hasNext() ? first.next() : null;
        } else {
          row = b;
          b = b != null && second.hasNext() ? second.next() : null;
        }
        return row;
      }
    };
  }
}
