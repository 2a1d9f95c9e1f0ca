package org.memoryjpa.internal.metadata;

import java.util.List;

/**
 * A unique constraint over one or more columns, from {@code @Table(uniqueConstraints)} or
 * {@code @Column(unique = true)}; column names as the mapping spells them.
 *
 * @param name the declared name, or null when the mapping gives none
 * @param columnNames the column names, in order
 */
public record UniqueConstraintModel(String name, List<String> columnNames) {

  public UniqueConstraintModel {
    columnNames = List.copyOf(columnNames);
  }
}
