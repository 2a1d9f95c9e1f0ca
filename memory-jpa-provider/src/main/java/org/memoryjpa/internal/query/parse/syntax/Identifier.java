package org.memoryjpa.internal.query.parse.syntax;

/**
 * A name as written: an identification variable, attribute, entity, class, result variable, function
 * or type name. Entity and class names may be qualified ({@code com.acme.Customer}, {@code
 * pkg.Outer$Dto}); in a subquery's FROM clause a dotted entity name may also be a derived path ({@code
 * o.lineItems}), which the binder tells apart. Immutable.
 *
 * @param text the name exactly as written
 * @param position where it was written
 */
public record Identifier(String text, Position position) implements PathRoot {

  @Override
  public String toString() {
    return text;
  }
}
