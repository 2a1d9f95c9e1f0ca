package org.memoryjpa.internal.metadata;

/**
 * A foreign-key column of an association, from {@code @JoinColumn} or its defaults
 * ({@code <attribute>_<referenced column>}).
 *
 * @param name the column name
 * @param referencedColumnName the referenced column of the target, or "" for its id
 * @param nullable whether NULL is allowed
 * @param unique whether the column alone is unique
 * @param insertable whether inserts write it
 * @param updatable whether updates write it
 */
public record JoinColumnModel(
    String name,
    String referencedColumnName,
    boolean nullable,
    boolean unique,
    boolean insertable,
    boolean updatable) {}
