package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code TREAT(path AS Subtype)}: a path downcast to a subtype (the BNF's treated_subpath). Immutable.
 *
 * @param path the path treated
 * @param subtype the entity name of the subtype as written
 * @param position where TREAT was written
 */
public record TreatedPath(Path path, Identifier subtype, Position position) implements PathRoot {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
