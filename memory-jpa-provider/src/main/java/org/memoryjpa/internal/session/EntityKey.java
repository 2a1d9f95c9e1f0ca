package org.memoryjpa.internal.session;

import org.memoryjpa.internal.metadata.EntityModel;

/**
 * The identity of an entity within a persistence context: the root of its hierarchy and its stored
 * key, so that {@code find(Animal.class, 1)} and {@code find(Dog.class, 1)} meet the same instance.
 *
 * @param root the hierarchy root
 * @param key the stored key (a simple value or a composite key)
 */
record EntityKey(EntityModel root, Object key) {

  static EntityKey of(EntityModel entity, Object key) {
    return new EntityKey(entity.root(), key);
  }

  @Override
  public String toString() {
    return root.name() + "#" + key;
  }
}
