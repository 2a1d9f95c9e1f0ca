package org.memoryjpa.internal.proxy;

/**
 * The state behind one lazy entity reference: which entity it stands for and how to load it. The
 * session supplies it; the proxy asks it for the real instance on first use. Not thread-safe, like
 * the persistence context it belongs to.
 */
public interface LazyInitializer {

  /** The id of the referenced entity (known without loading). */
  Object identifier();

  /** The entity class the proxy was created for. */
  Class<?> persistentClass();

  /** Whether the real instance has been loaded. */
  boolean isInitialized();

  /**
   * The real instance, loading it on first call.
   *
   * @throws jakarta.persistence.EntityNotFoundException when no entity has that id
   */
  Object implementation();
}
