package org.memoryjpa.internal.store;

import java.util.Objects;
import org.memoryjpa.internal.store.index.RowHint;

/**
 * One immutable state of a row: its key (the entity id: a simple immutable value such as a {@code
 * Long}, {@code String} or {@code UUID}, or a {@link CompositeKey}), its type tag (which concrete
 * entity of the hierarchy the row is), and its values by slot as the table's {@link TableSchema}
 * describes them.
 *
 * <p>A row of up to {@value #INLINE} slots keeps its values in fields of the snapshot ({@link
 * Inline}), a wider one in the array it was given ({@link Spread}). Most entities have few columns,
 * and a stored row of one then costs a single object instead of two: every young collection copies
 * each new row, so the objects per row are what a large persist pays for (see {@code
 * examples/benchmarks/PROFILE.md}); a wide row costs what it did. A wide row's array is taken over,
 * not copied: whoever creates a snapshot hands the array over and must never change it afterwards,
 * and nobody may change an array a snapshot returns from {@link #sharedValues}.
 *
 * <p>A committed snapshot doubles as a node of its row's version chain (a commit stamp and the older
 * version). A chain node without values marks a deletion and never leaves the store. Thread-safe:
 * immutable except for the link to the older version, which only the committer clears once no
 * reader can need it.
 */
public abstract sealed class RowSnapshot implements RowHint permits RowSnapshot.Inline, RowSnapshot.Spread {

  /** The most slots a row keeps in fields of its snapshot; a wider row keeps an array. */
  static final int INLINE = 10;

  private static final int DELETED = -1;

  private final Object key;
  // an entity hierarchy has far fewer than 32,768 types, a table far fewer slots: shorts keep a
  // snapshot with an array at 40 bytes and one with ten inline slots at 80
  private final short typeTag;
  // the number of slots, or DELETED
  final short size;
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

  private RowSnapshot(Object key, int typeTag, int size, long stamp, RowSnapshot older) {
    if (typeTag > Short.MAX_VALUE || typeTag < DELETED || size > Short.MAX_VALUE) {
      throw new IllegalArgumentException("Type tag " + typeTag + " or row width " + size + " out of range");
    }
    this.key = key;
    this.typeTag = (short) typeTag;
    this.size = (short) size;
    this.stamp = stamp;
    this.older = older;
  }

  /**
   * A row state to hand to {@link StoreTransaction#insert} or {@link StoreTransaction#update}. A row
   * of more than {@value #INLINE} slots takes the array over, not copied; the caller must not change
   * it afterwards.
   */
  public static RowSnapshot of(Object key, int typeTag, Object[] values) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(values, "values");
    return values.length > INLINE
        ? new Spread(key, typeTag, values, 0L, null)
        : new Inline(key, typeTag, values, 0L, null);
  }

  /** This state as the version committed at {@code stamp}, on top of {@code older}. */
  RowSnapshot committed(long commitStamp, RowSnapshot olderVersion) {
    supersede(olderVersion);
    return at(commitStamp, olderVersion);
  }

  /** The same state as another version. */
  abstract RowSnapshot at(long commitStamp, RowSnapshot olderVersion);

  /** The version that records the deletion of the row {@code key} at {@code stamp}. */
  static RowSnapshot deletion(Object key, long commitStamp, RowSnapshot olderVersion) {
    supersede(olderVersion);
    return new Spread(key, DELETED, null, commitStamp, olderVersion);
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
  public abstract Object value(int slot);

  /** The number of slots. */
  public int size() {
    return size;
  }

  /**
   * The values as an array, for readers that only read it, such as the session's snapshot of what it
   * loaded: a wide row's own array, otherwise a new one. Never change it; a wide row's array is shared
   * by every reader of the store.
   */
  public abstract Object[] sharedValues();

  /** A private copy of the values, to build the next state of the row from. */
  public abstract Object[] copyValues();

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

  /** A row of at most {@value #INLINE} slots, its values in fields. */
  static final class Inline extends RowSnapshot {
    private final Object v0;
    private final Object v1;
    private final Object v2;
    private final Object v3;
    private final Object v4;
    private final Object v5;
    private final Object v6;
    private final Object v7;
    private final Object v8;
    private final Object v9;

    private Inline(Object key, int typeTag, Object[] values, long stamp, RowSnapshot older) {
      super(key, typeTag, values.length, stamp, older);
      int width = values.length;
      v0 = width > 0 ? values[0] : null;
      v1 = width > 1 ? values[1] : null;
      v2 = width > 2 ? values[2] : null;
      v3 = width > 3 ? values[3] : null;
      v4 = width > 4 ? values[4] : null;
      v5 = width > 5 ? values[5] : null;
      v6 = width > 6 ? values[6] : null;
      v7 = width > 7 ? values[7] : null;
      v8 = width > 8 ? values[8] : null;
      v9 = width > 9 ? values[9] : null;
    }

    private Inline(Inline source, long stamp, RowSnapshot older) {
      super(source.key(), source.typeTag(), source.size, stamp, older);
      v0 = source.v0;
      v1 = source.v1;
      v2 = source.v2;
      v3 = source.v3;
      v4 = source.v4;
      v5 = source.v5;
      v6 = source.v6;
      v7 = source.v7;
      v8 = source.v8;
      v9 = source.v9;
    }

    @Override
    RowSnapshot at(long commitStamp, RowSnapshot olderVersion) {
      return new Inline(this, commitStamp, olderVersion);
    }

    @Override
    public Object value(int slot) {
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
        case 8: return v8;
        case 9: return v9;
        default: throw new ArrayIndexOutOfBoundsException("Slot " + slot);
      }
    }

    @Override
    public Object[] sharedValues() {
      return copyValues();
    }

    @Override
    public Object[] copyValues() {
      Object[] values = new Object[size];
      switch (size) {
        case 10: values[9] = v9; // fall through
        case 9: values[8] = v8; // fall through
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
  }

  /** A row of more than {@value #INLINE} slots, or a deletion: its values in an array. */
  static final class Spread extends RowSnapshot {
    private final Object[] values;

    private Spread(Object key, int typeTag, Object[] values, long stamp, RowSnapshot older) {
      super(key, typeTag, values == null ? DELETED : values.length, stamp, older);
      this.values = values;
    }

    @Override
    RowSnapshot at(long commitStamp, RowSnapshot olderVersion) {
      return new Spread(key(), typeTag(), values, commitStamp, olderVersion);
    }

    @Override
    public Object value(int slot) {
      return values[slot];
    }

    @Override
    public Object[] sharedValues() {
      return values;
    }

    @Override
    public Object[] copyValues() {
      return values.clone();
    }
  }
}
