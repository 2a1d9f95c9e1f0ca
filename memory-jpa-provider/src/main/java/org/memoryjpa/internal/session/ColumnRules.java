package org.memoryjpa.internal.session;

import jakarta.persistence.EnumType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import org.memoryjpa.internal.metadata.BasicMapping;
import org.memoryjpa.internal.metadata.EntityModel;
import org.memoryjpa.internal.metadata.Slot;

/**
 * The column rules a write of one entity type obeys, sorted out once per type so that a flush looks
 * only at the slots they concern: which columns an insert leaves null ({@code insertable = false})
 * and which values have a length to check. Immutable and thread-safe; one per entity type per
 * factory, held by its {@link EntityCodec}.
 */
final class ColumnRules {

  private final EntityModel entity;
  private final int[] notInsertable;
  private final Slot[] lengthChecked;

  ColumnRules(EntityModel entity) {
    this.entity = entity;
    List<Slot> skipped = new ArrayList<>();
    List<Slot> checked = new ArrayList<>();
    for (Slot slot : entity.layout().slotsOf(entity)) {
      if (slot.leaf() instanceof BasicMapping basic) {
        if (!basic.column().insertable()) {
          skipped.add(slot);
        }
        if (slot.kind() == Slot.Kind.VALUE && !basic.isLob() && mayHoldLengthChecked(basic)) {
          checked.add(slot);
        }
      }
    }
    // loops, not lambdas: built at bootstrap, where each lambda met first costs a bootstrap at cold start
    this.notInsertable = new int[skipped.size()];
    for (int i = 0; i < notInsertable.length; i++) {
      notInsertable[i] = skipped.get(i).index();
    }
    this.lengthChecked = checked.toArray(new Slot[0]);
  }

  /**
   * Whether the slot's stored values may be strings or byte arrays, the values with a length: a
   * number, date or ordinal is not looked at per write.
   */
  private static boolean mayHoldLengthChecked(BasicMapping basic) {
    Class<?> stored = basic.conversion().storedType();
    return stored.isAssignableFrom(String.class) || stored.isAssignableFrom(byte[].class);
  }

  /** The values an insert writes: {@code @Column(insertable = false)} columns stay null. */
  Object[] insertable(Object[] values) {
    Object[] row = values;
    for (int index : notInsertable) {
      if (values[index] != null) {
        if (row == values) {
          row = values.clone();
        }
        row[index] = null;
      }
    }
    return row;
  }

  /**
   * H2 rejects a string or byte array longer than its column; so do we, at flush, as a
   * PersistenceException. An enum stored by name is exempt: Hibernate gives it H2's ENUM type, which
   * has no length.
   */
  void checkLengths(Object[] values) {
    checkChangedLengths(values, null);
  }

  /**
   * As {@link #checkLengths}, for an update: a value that is the very object the row was loaded or
   * last written with passed this check then (or came from a column that held it), so it is not
   * looked at again; reading a string's length is a cache miss per attribute on a cold row.
   */
  void checkChangedLengths(Object[] values, Object[] stored) {
    for (Slot slot : lengthChecked) {
      Object value = values[slot.index()];
      if (stored != null && value == stored[slot.index()]) {
        continue;
      }
      BasicMapping basic = (BasicMapping) slot.leaf();
      if (value instanceof byte[] bytes && bytes.length > basic.column().length()) {
        throw tooLong(slot, basic, bytes.length + " bytes");
      }
      if (value instanceof String s && basic.enumType() != EnumType.STRING && s.length() > basic.column().length()) {
        throw tooLong(slot, basic, s.length() + " characters");
      }
    }
  }

  private PersistenceException tooLong(Slot slot, BasicMapping basic, String size) {
    return new PersistenceException(
        "Value too long for column '" + slot.columnName() + "' of entity '" + entity.name() + "' (attribute '"
            + slot.path() + "'): " + size + ", the column holds " + basic.column().length()
            + "; raise @Column(length) or use @Lob");
  }
}
