package org.memoryjpa.internal.query.parse.syntax;

/**
 * {@code IN (o.lineItems) l}, or in a subquery the derived form {@code IN o.lineItems l}: a variable
 * ranging over the elements of a collection. Immutable.
 *
 * @param collection the collection-valued path
 * @param alias the identification variable, or null (the derived form may leave it out)
 * @param position where IN was written
 */
public record CollectionMemberDeclaration(Path collection, Identifier alias, Position position)
    implements FromItem {

  @Override
  public String toString() {
    return CanonicalJpql.of(this);
  }
}
