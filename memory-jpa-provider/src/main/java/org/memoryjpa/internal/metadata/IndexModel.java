package org.memoryjpa.internal.metadata;

import java.util.List;

/**
 * An index from {@code @Table(indexes)}: a hint to build a lookup structure, unique or not.
 *
 * @param name the declared name, or null
 * @param columnNames the column names from {@code columnList}, without ASC/DESC
 * @param unique whether the index also enforces uniqueness
 */
public record IndexModel(String name, List<String> columnNames, boolean unique) {

  public IndexModel {
    columnNames = List.copyOf(columnNames);
  }
}
