package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code KEY(v)}, {@code VALUE(v)} or {@code ENTRY(v)} of a variable joined over a map. Immutable.
 *
 * @param qualifier KEY, VALUE or ENTRY
 * @param variable the identification variable
 * @param position where the qualifier was written
 */
public record QualifiedIdentificationVariable(
    Qualifier qualifier, Identifier variable, Position position) implements PathRoot {

  /** The map qualifiers. */
  public enum Qualifier {
    KEY,
    VALUE,
    ENTRY
  }

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
