package org.memoryjpa.internal.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.memoryjpa.internal.store.index.BucketCursor;
import org.memoryjpa.internal.store.index.KeyIndex;
import org.memoryjpa.internal.store.index.SortedIndex;
import org.memoryjpa.internal.store.index.ValueOrder;

/**
 * A statement's consistent view: pinned at one commit point for its whole life, it sees every row as
 * of that commit, overlaid with its transaction's writes (as they are when each method is called).
 * Index lookups re-check each hit against the version the view sees, so stale index entries never
 * show. Type tags are not filtered: callers that want one entity type of a hierarchy filter by {@link
 * RowSnapshot#typeTag}.
 *
 * <p>Streams are lazy and must be consumed before the view is closed; afterwards they throw. Do not
 * write through the transaction while consuming a stream of its view. Threading: one thread, like its
 * transaction. Lifecycle: {@link #close} releases the pin, so that old versions can be pruned; ending
 * the transaction closes it too.
 */
public final class ReadView implements AutoCloseable {

  private final Database database;
  private final StoreTransaction transaction;
  private final WriteSet writes;
  private final VersionClock clock;
  private final Pin pin;
  private final long stamp;
  private boolean open = true;

  /** {@code transaction} is null for a committed view ({@link Database#readView}): it has no writes. */
  ReadView(Database database, StoreTransaction transaction, WriteSet writes, VersionClock clock) {
    this.database = database;
    this.transaction = transaction;
    this.writes = writes;
    this.clock = clock;
    this.pin = clock.pin();
    this.stamp = pin.stamp;
  }

  /** The commit point the view is pinned at. */
  long stamp() {
    return stamp;
  }

  /** The row {@code key} as this view sees it, or null. */
  public RowSnapshot read(Table table, Object key) {
    requireUsable(table);
    Write write = writes.find(table, key);
    return write != null ? write.row : table.at(key, stamp);
  }

  /** Every row of {@code table} this view sees, in no particular order. */
  public Stream<RowSnapshot> scan(Table table) {
    requireUsable(table);
    Map<Object, Write> pending = pending(table);
    Iterator<RowSnapshot> heads = table.rows.values().iterator();
    RowCursor committed =
        new RowCursor(this) {
          @Override
          RowSnapshot advance() {
            while (heads.hasNext()) {
              RowSnapshot head = heads.next();
              RowSnapshot row = Table.visible(head, stamp);
              if (row != null && !pending.containsKey(row.key())) {
                return row;
              }
            }
            return null;
          }
        };
    return Stream.concat(committed.stream(), liveRows(pending).stream());
  }

  /**
   * The rows whose index key equals {@code keyValues}, one value per slot of the index; a null value
   * matches nothing, as in SQL. Hash indexes compare by {@code equals}, so pass values of the stored
   * class; sorted indexes compare in {@link ValueOrder}.
   */
  public Stream<RowSnapshot> lookup(Table table, IndexDefinition index, Object... keyValues) {
    requireUsable(table);
    RowIndex rowIndex = table.runtimeIndex(index);
    Object indexKey = rowIndex.keyOf(keyValues);
    if (indexKey == null) {
      return Stream.empty();
    }
    return hits(table, rowIndex, indexKey);
  }

  /**
   * The rows of {@link #lookup} with one value, as a lazy iterator: a query's lookup of one value pulls
   * a row or two, and the stream pipeline around the cursor cost more than the lookup itself. With
   * writes of its own to the table the view merges them as {@code lookup} does.
   */
  public Iterator<RowSnapshot> lookupRows(Table table, IndexDefinition index, Object value) {
    requireUsable(table);
    if (!writes.of(table).isEmpty()) {
      return lookup(table, index, value).iterator();
    }
    RowIndex rowIndex = table.runtimeIndex(index);
    Object indexKey = rowIndex.keyOf(new Object[] {value});
    if (indexKey == null) {
      return Collections.emptyIterator();
    }
    Iterator<Object> keys = rowIndex.entries.rowKeys(indexKey);
    return new RowCursor(this) {
      @Override
      RowSnapshot advance() {
        while (keys.hasNext()) {
          RowSnapshot row = table.at(keys.next(), stamp);
          if (row != null && rowIndex.holds(row, indexKey)) {
            return row;
          }
        }
        return null;
      }
    };
  }

  /**
   * The rows whose {@code slot}, a REFERENCE or REFERENCE_LIST, points at {@code targetKey}: the
   * inverse side of a to-one or to-many association.
   */
  public Stream<RowSnapshot> findByReference(Table table, int slot, Object targetKey) {
    requireUsable(table);
    if (targetKey == null) {
      return Stream.empty();
    }
    return hits(table, table.usableReferenceIndex(slot), targetKey);
  }

  private Stream<RowSnapshot> hits(Table table, RowIndex index, Object indexKey) {
    Map<Object, Write> pending = pending(table);
    BucketCursor bucket = index.entries.bucket(indexKey);
    RowCursor committed =
        new RowCursor(this) {
          @Override
          RowSnapshot advance() {
            while (bucket.next()) {
              RowSnapshot row = visibleHit(table, index, indexKey, bucket, pending);
              if (row != null) {
                return row;
              }
            }
            return null;
          }
        };
    List<RowSnapshot> own = new ArrayList<>();
    for (RowSnapshot row : liveRows(pending)) {
      if (index.holds(row, indexKey)) {
        own.add(row);
      }
    }
    return own.isEmpty() ? committed.stream() : Stream.concat(committed.stream(), own.stream());
  }

  /**
   * The rows whose key in the sorted {@code index} lies in {@code range}, in index order (ascending
   * unless the range is descending); the order among rows with equal keys is unspecified.
   */
  public Stream<RowSnapshot> range(Table table, IndexDefinition index, KeyRange range) {
    requireUsable(table);
    RowIndex rowIndex = table.runtimeIndex(index);
    if (!rowIndex.isSorted()) {
      throw new IllegalArgumentException(
          "Index '" + index.name() + "' of table '" + table.name() + "' is a HASH index and cannot"
              + " scan ranges; declare it SORTED");
    }
    Map<Object, Write> pending = pending(table);
    RowCursor committed = rangeCursor(table, rowIndex, range, pending);
    Comparator<RowSnapshot> order = Comparator.comparing(rowIndex::keyOf, ValueOrder.INSTANCE);
    if (range.isDescending()) {
      order = order.reversed();
    }
    List<RowSnapshot> own = new ArrayList<>();
    for (RowSnapshot row : liveRows(pending)) {
      Object key = rowIndex.keyOf(row);
      if (key != null && range.contains(key)) {
        own.add(row);
      }
    }
    if (own.isEmpty()) {
      return committed.stream();
    }
    own.sort(order);
    return RowCursor.merge(this, committed, own.iterator(), order).stream();
  }

  // the committed rows of a range: index entries in order, each re-checked against its version
  private RowCursor rangeCursor(
      Table table, RowIndex index, KeyRange range, Map<Object, Write> pending) {
    Iterator<Map.Entry<Object, Object>> entries =
        ((SortedIndex) index.entries)
            .range(
                range.lower(),
                range.lowerInclusive(),
                range.upper(),
                range.upperInclusive(),
                range.isDescending());
    return new RowCursor(this) {
      private Object indexKey;
      private BucketCursor bucket = KeyIndex.cursorOf(null);

      @Override
      RowSnapshot advance() {
        while (true) {
          while (bucket.next()) {
            RowSnapshot row = visibleHit(table, index, indexKey, bucket, pending);
            if (row != null) {
              return row;
            }
          }
          if (!entries.hasNext()) {
            return null;
          }
          Map.Entry<Object, Object> entry = entries.next();
          indexKey = entry.getKey();
          bucket = KeyIndex.cursorOf(entry.getValue());
        }
      }
    };
  }

  /**
   * The committed row of the bucket's current entry as this view sees it, if it holds {@code
   * indexKey} and the transaction did not write it; else null. The entry's hint is the version that
   * made the entry: when it is the version this view sees, it is the answer and needs neither the
   * row lookup nor the re-check; otherwise (an older or newer version, or no hint) the row is looked
   * up and re-checked.
   */
  private RowSnapshot visibleHit(
      Table table, RowIndex index, Object indexKey, BucketCursor bucket, Map<Object, Write> pending) {
    Object key = bucket.key();
    if (!pending.isEmpty() && pending.containsKey(key)) {
      return null;
    }
    Object hint = bucket.hint();
    if (hint != null && ((RowSnapshot) hint).isLatestAt(stamp)) {
      return (RowSnapshot) hint;
    }
    RowSnapshot row = table.at(key, stamp);
    return row != null && index.holds(row, indexKey) ? row : null;
  }

  /** A copy of the transaction's writes to {@code table}, so that later writes cannot disturb us. */
  private Map<Object, Write> pending(Table table) {
    Map<Object, Write> live = writes.of(table);
    return live.isEmpty() ? live : new HashMap<>(live);
  }

  private static List<RowSnapshot> liveRows(Map<Object, Write> pending) {
    if (pending.isEmpty()) {
      return List.of();
    }
    List<RowSnapshot> rows = new ArrayList<>(pending.size());
    for (Write write : pending.values()) {
      if (write.row != null) {
        rows.add(write.row);
      }
    }
    return rows;
  }

  /** Whether the view is still open. */
  public boolean isOpen() {
    return open;
  }

  void requireOpen() {
    if (!open) {
      throw new IllegalStateException(
          "Read view pinned at commit " + stamp + " is closed; consume its results before closing"
              + " it or ending its transaction");
    }
  }

  private void requireUsable(Table table) {
    requireOpen();
    database.requireOwn(table);
  }

  /** Releases the pin; a no-op when already closed. */
  @Override
  public void close() {
    if (open) {
      open = false;
      clock.unpin(pin);
      if (transaction != null) {
        transaction.forget(this);
      }
    }
  }
}
