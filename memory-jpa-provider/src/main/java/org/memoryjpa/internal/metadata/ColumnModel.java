package org.memoryjpa.internal.metadata;

/**
 * The column of a basic attribute, from {@code @Column} (or its defaults) after attribute overrides.
 *
 * @param name the column name
 * @param nullable whether NULL is allowed
 * @param unique whether the column alone is unique
 * @param insertable whether inserts write it
 * @param updatable whether updates write it
 * @param length the maximum length of a string column
 * @param precision the precision of a decimal column (0: unspecified)
 * @param scale the scale of a decimal column
 */
public record ColumnModel(
    String name,
    boolean nullable,
    boolean unique,
    boolean insertable,
    boolean updatable,
    int length,
    int precision,
    int scale) {

  /** The defaults of {@code @Column} for an attribute of that name. */
  public static ColumnModel defaultFor(String name) {
    return new ColumnModel(name, true, false, true, true, 255, 0, 0);
  }
}
