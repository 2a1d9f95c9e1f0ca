package org.memoryjpa.internal.store;

import java.util.Objects;
import org.memoryjpa.internal.store.index.RowHint;

/**
 * One immutable state of a row: its key (the entity id: a simple immutable value such as a {@code
 * Long}, {@code String} or {@code UUID}, or a {@link CompositeKey}), its type tag (which concrete
 * entity of the hierarchy the row is), and its values by slot as the table's {@link TableSchema}
 * describes them.
 *
 * <p>A row of up to {@value #INLINE} slots keeps its values in fields of this object, a wider one in
 * the array it was given. Most entities have few columns, and a stored row then costs one object
 * instead of two: every young collection copies each new row, so the object count per row is what a
 * large persist pays for (see {@code examples/benchmarks/PROFILE.md}). A wide row's array is taken
 * over, not copied: whoever creates a snapshot hands the array over and must never change it
 * afterwards, and nobody may change an array a snapshot returns from {@link #sharedValues}.
 *
 * <p>A committed snapshot doubles as a node of its row's version chain (a commit stamp and the older
 * version). A chain node without values marks a deletion and never leaves the store. Thread-safe:
 * immutable except for the link to the older version, which only the committer clears once no
 * reader can need it.
 */
public final class RowSnapshot implements RowHint {

  /** The most slots a row keeps in fields; a wider row keeps an array. */
  static final int INLINE = 8;

  private static final int DELETED = -1;

  private final Object key;
  // an entity hierarchy has far fewer than 32,768 types, a table far fewer slots: shorts keep the
  // object at 72 bytes with eight inline slots
  private final short typeTag;
  // the number of slots, or DELETED
  private final short size;
  // every value of a row wider than INLINE slots; null otherwise
  private final Object[] wide;
  private final Object v0;
  private final Object v1;
  private final Object v2;
  private final Object v3;
  private final Object v4;
  private final Object v5;
  private final Object v6;
  private final Object v7;
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
   * A row state to hand to {@link StoreTransaction#insert} or {@link StoreTransaction#update}. A row
   * of more than {@value #INLINE} slots takes the array over, not copied; the caller must not change
   * it afterwards.
   */
  public RowSnapshot(Object key, int typeTag, Object[] values) {
    this(Objects.requireNonNull(key, "key"), typeTag, Objects.requireNonNull(values, "values"), 0L, null);
  }

  private RowSnapshot(Object key, int typeTag, Object[] values, long stamp, RowSnapshot older) {
    if (typeTag > Short.MAX_VALUE || typeTag < DELETED || values != null && values.length > Short.MAX_VALUE) {
      throw new IllegalArgumentException("Type tag " + typeTag + " or row width out of range");
    }
    this.key = key;
    this.typeTag = (short) typeTag;
    this.stamp = stamp;
    this.older = older;
    int width = values == null ? DELETED : values.length;
    this.size = (short) width;
    if (width > INLINE) {
      this.wide = values;
      this.v0 = this.v1 = this.v2 = this.v3 = this.v4 = this.v5 = this.v6 = this.v7 = null;
    } else {
      this.wide = null;
      this.v0 = width > 0 ? values[0] : null;
      this.v1 = width > 1 ? values[1] : null;
      this.v2 = width > 2 ? values[2] : null;
      this.v3 = width > 3 ? values[3] : null;
      this.v4 = width > 4 ? values[4] : null;
      this.v5 = width > 5 ? values[5] : null;
      this.v6 = width > 6 ? values[6] : null;
      this.v7 = width > 7 ? values[7] : null;
    }
  }

  // the same state as `source`, as another version
  private RowSnapshot(RowSnapshot source, long stamp, RowSnapshot older) {
    this.key = source.key;
    this.typeTag = source.typeTag;
    this.size = source.size;
    this.wide = source.wide;
    this.v0 = source.v0;
    this.v1 = source.v1;
    this.v2 = source.v2;
    this.v3 = source.v3;
    this.v4 = source.v4;
    this.v5 = source.v5;
    this.v6 = source.v6;
    this.v7 = source.v7;
    this.stamp = stamp;
    this.older = older;
  }

  /** This state as the version committed at {@code stamp}, on top of {@code older}. */
  RowSnapshot committed(long commitStamp, RowSnapshot olderVersion) {
    supersede(olderVersion);
    return new RowSnapshot(this, commitStamp, olderVersion);
  }

  /** The version that records the deletion of the row {@code key} at {@code stamp}. */
  static RowSnapshot deletion(Object key, long commitStamp, RowSnapshot olderVersion) {
    supersede(olderVersion);
    return new RowSnapshot(key, DELETED, null, commitStamp, olderVersion);
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
    return stamp != 0 && stamp <= pinStamp && size != DELETED && !superseded;
  }

  /** Whether this version records a deletion. */
  boolean isDeletion() {
    return size == DELETED;
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
    Object[] all = wide;
    if (all != null) {
      return all[slot];
    }
    if (slot >= size) {
      throw new ArrayIndexOutOfBoundsException("Slot " + slot + " of a row of " + size + " slots");
    }
    switch (slot) {
      case 0: return v0;
      case 1: return v1;
      case 2: return v2;
      case 3: return v3;
      case 4: return v4;
      case 5: return v5;
      case 6: return v6;
      case 7: return v7;
      default: throw new ArrayIndexOutOfBoundsException("Slot " + slot);
    }
  }

  /** The number of slots. */
  public int size() {
    return size;
  }

  /**
   * The values as an array, for readers that only read it, such as the session's snapshot of what it
   * loaded: a wide row's own array, otherwise a new one. Never change it; a wide row's array is shared
   * by every reader of the store.
   */
  public Object[] sharedValues() {
    Object[] all = wide;
    return all != null ? all : inlineValues();
  }

  /** A private copy of the values, to build the next state of the row from. */
  public Object[] copyValues() {
    Object[] all = wide;
    return all != null ? all.clone() : inlineValues();
  }

  private Object[] inlineValues() {
    Object[] values = new Object[size];
    switch (size) {
      case 8: values[7] = v7; // fall through
      case 7: values[6] = v6; // fall through
      case 6: values[5] = v5; // fall through
      case 5: values[4] = v4; // fall through
      case 4: values[3] = v3; // fall through
      case 3: values[2] = v2; // fall through
      case 2: values[1] = v1; // fall through
      case 1: values[0] = v0; // fall through
      default: break;
    }
    return values;
  }

  @Override
  public String toString() {
    if (isDeletion()) {
      return "RowSnapshot[" + ValueText.of(key) + " deleted]";
    }
    StringBuilder text = new StringBuilder("RowSnapshot[").append(ValueText.of(key));
    text.append(" type ").append(typeTag);
    for (int slot = 0; slot < size; slot++) {
      text.append(", ").append(ValueText.of(value(slot)));
    }
    return text.append(']').toString();
  }
}
