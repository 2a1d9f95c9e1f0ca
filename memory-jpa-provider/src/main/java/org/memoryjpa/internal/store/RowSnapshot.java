package org.memoryjpa.internal.store;

import java.util.Objects;
import org.memoryjpa.internal.store.index.RowHint;

/**
 * One immutable state of a row: its key (the entity id: a simple immutable value such as a {@code
 * Long}, {@code String} or {@code UUID}, or a {@link CompositeKey}), its type tag (which concrete
 * entity of the hierarchy the row is), and its values by slot as the table's {@link TableSchema}
 * describes them.
 *
 * <p>The values array is not copied: whoever creates a snapshot hands the array over and must never
 * change it afterwards, and nobody may change the array of a snapshot the store returns. That saves a
 * copy on every write and every read; the store relies on it for its indexes and its isolation.
 *
 * <p>A committed snapshot doubles as a node of its row's version chain (a commit stamp and the older
 * version), so a row with one version costs this object and its array, nothing more. A chain node
 * without values marks a deletion and never leaves the store. Thread-safe: immutable except for the
 * link to the older version, which only the committer clears once no reader can need it.
 */
public final class RowSnapshot implements RowHint {

  private final Object key;
  private final int typeTag;
  private final Object[] values;
  // the commit that made this version visible; 0 while the snapshot is part of no commit
  final long stamp;
  // the next older version of the same row, or null; cleared by VersionPruner
  RowSnapshot older;
  // set by the committer once a newer version of the row is installed, before that commit is
  // published: a reader pinned at or after this version's stamp that sees it unset knows this is the
  // version it sees, without looking the row up (see ReadView's index walks). Not volatile, like
  // `older`: the volatile publish of the commit's stamp, which the reader's pin reads, orders it, and
  // a reader that misses a later commit's write is pinned before that commit, so its answer holds
  private boolean superseded;

  /**
   * A row state to hand to {@link StoreTransaction#insert} or {@link StoreTransaction#update}. The
   * array is taken over, not copied; the caller must not change it afterwards.
   */
  public RowSnapshot(Object key, int typeTag, Object[] values) {
    this(
        Objects.requireNonNull(key, "key"),
        typeTag,
        Objects.requireNonNull(values, "values"),
        0L,
        null);
  }

  private RowSnapshot(Object key, int typeTag, Object[] values, long stamp, RowSnapshot older) {
    this.key = key;
    this.typeTag = typeTag;
    this.values = values;
    this.stamp = stamp;
    this.older = older;
  }

  /** This state as the version committed at {@code stamp}, on top of {@code older}. */
  RowSnapshot committed(long commitStamp, RowSnapshot olderVersion) {
    supersede(olderVersion);
    return new RowSnapshot(key, typeTag, values, commitStamp, olderVersion);
  }

  /** The version that records the deletion of the row {@code key} at {@code stamp}. */
  static RowSnapshot deletion(Object key, long commitStamp, RowSnapshot olderVersion) {
    supersede(olderVersion);
    return new RowSnapshot(key, -1, null, commitStamp, olderVersion);
  }

  private static void supersede(RowSnapshot olderVersion) {
    if (olderVersion != null) {
      olderVersion.superseded = true;
    }
  }

  /**
   * Whether a reader pinned at {@code pinStamp} sees exactly this committed live version: it is
   * committed at or before the pin, and no newer version of the row was installed before the pin
   * (the committer marks this one superseded before publishing the newer one).
   */
  boolean isLatestAt(long pinStamp) {
    return stamp != 0 && stamp <= pinStamp && values != null && !superseded;
  }

  /** Whether this version records a deletion. */
  boolean isDeletion() {
    return values == null;
  }

  /** The row's key: the entity id. */
  @Override
  public Object key() {
    return key;
  }

  /** Which concrete entity type of the hierarchy the row is. */
  public int typeTag() {
    return typeTag;
  }

  /** The value of {@code slot}. */
  public Object value(int slot) {
    return values[slot];
  }

  /** The number of slots. */
  public int size() {
    return values.length;
  }

  /**
   * The row's own value array, without a copy: for readers that only read it, such as the session's
   * snapshot of what it loaded. Never change it; the row is shared by every reader of the store.
   */
  public Object[] sharedValues() {
    return values;
  }

  /** A private copy of the values, to build the next state of the row from. */
  public Object[] copyValues() {
    return values.clone();
  }

  /** The array itself, for the store's own use; never changed. */
  Object[] values() {
    return values;
  }

  @Override
  public String toString() {
    if (values == null) {
      return "RowSnapshot[" + ValueText.of(key) + " deleted]";
    }
    StringBuilder text = new StringBuilder("RowSnapshot[").append(ValueText.of(key));
    text.append(" type ").append(typeTag);
    for (Object value : values) {
      text.append(", ").append(ValueText.of(value));
    }
    return text.append(']').toString();
  }
}
