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

  // equals and hashCode written out, with the values the generated ones give: the first call of a
  // record's generated method in a JVM spins dozens of method-handle classes, and every first unit of
  // work hashes a key (cold start, issue 6)
  @Override
  public boolean equals(Object other) {
    return other instanceof EntityKey that && java.util.Objects.equals(root, that.root)
        && java.util.Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(root) * 31 + java.util.Objects.hashCode(key);
  }

  @Override
  public String toString() {
    return root.name() + "#" + key;
  }
}
