package org.memoryjpa.internal.metadata;

import jakarta.persistence.LockModeType;
import java.util.Map;

/**
 * A {@code @NamedQuery} as declared: its name, JPQL text, lock mode, hints and result class.
 *
 * @param name the unit-wide name
 * @param query the JPQL text
 * @param lockMode the declared lock mode
 * @param hints the declared hints
 * @param resultClass the declared result class, or null
 * @param declaringClass the class that declared it, for messages
 */
public record NamedQueryModel(
    String name,
    String query,
    LockModeType lockMode,
    Map<String, Object> hints,
    Class<?> resultClass,
    Class<?> declaringClass) {

  public NamedQueryModel {
    hints = Map.copyOf(hints);
  }
}
