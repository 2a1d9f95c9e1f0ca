package org.memoryjpa;

import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Thrown when a flush or commit would break a constraint the mapping declares: a primary key, a
 * unique column or unique constraint, a not-null column, or a reference to an entity that does not
 * exist. It plays the part of Hibernate's {@code org.hibernate.exception.ConstraintViolationException}:
 * a {@link PersistenceException} that names the constraint, the entity, the attributes and the value.
 * At commit it arrives as the cause of a {@link jakarta.persistence.RollbackException}. Immutable.
 */
public class ConstraintViolationException extends PersistenceException {

  private static final long serialVersionUID = 1L;

  /** The kinds of constraint a store checks. */
  public enum Kind {
    PRIMARY_KEY,
    UNIQUE,
    NOT_NULL,
    FOREIGN_KEY
  }

  private final Kind kind;
  private final String constraintName;
  private final String entityName;
  private final List<String> columns;

  public ConstraintViolationException(
      String message, Kind kind, String constraintName, String entityName, List<String> columns) {
    super(message);
    this.kind = kind;
    this.constraintName = constraintName;
    this.entityName = entityName;
    this.columns = List.copyOf(columns);
  }

  /** Which kind of constraint was violated. */
  public Kind getKind() {
    return kind;
  }

  /** The constraint's name: the declared one, or one derived from table and columns. */
  public String getConstraintName() {
    return constraintName;
  }

  /** The entity (or table) the violating row belongs to. */
  public String getEntityName() {
    return entityName;
  }

  /** The columns (attribute paths) the constraint covers. */
  public List<String> getColumns() {
    return columns;
  }
}
