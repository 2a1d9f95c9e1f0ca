package org.memoryjpa.internal.session;

import jakarta.persistence.metamodel.PluralAttribute;
import java.util.function.Supplier;
import org.memoryjpa.internal.metadata.PluralMapping;

/**
 * What a lazy collection or map of one loaded entity runs on first use: its elements (or entries),
 * read from the owner's row or, for associations, through the entity manager's loader. A plain
 * class rather than a lambda: one is made per loaded collection, and the JIT allocates a lambda
 * from a large method through a call into the runtime. Immutable; the loading itself runs on the
 * entity manager's thread.
 */
final class CollectionLoader implements Supplier<Object> {

  private final ElementCodec elements;
  private final PluralMapping plural;
  private final String role;
  private final Object owner;
  private final Object key;
  private final Object stored;
  private final References refs;

  CollectionLoader(ElementCodec elements, PluralMapping plural, String role, Object owner, Object key, Object stored,
      References refs) {
    this.elements = elements;
    this.plural = plural;
    this.role = role;
    this.owner = owner;
    this.key = key;
    this.stored = stored;
    this.refs = refs;
  }

  @Override
  public Object get() {
    refs.checkOpenFor(role);
    if (plural.collectionType() == PluralAttribute.CollectionType.MAP) {
      return plural.isAssociation() ? refs.loadEntries(owner, plural, key, stored) : elements.toJavaMap(plural, stored);
    }
    return plural.isAssociation()
        ? refs.loadElements(owner, plural, key, stored)
        : elements.toJavaElements(plural, stored);
  }
}
