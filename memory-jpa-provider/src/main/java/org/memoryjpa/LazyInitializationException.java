package org.memoryjpa;

import jakarta.persistence.PersistenceException;

/**
 * Thrown when an unloaded lazy association or collection is touched after the entity manager that
 * loaded its owner was closed (or the owner was detached), as Hibernate's
 * {@code org.hibernate.LazyInitializationException} is: a test that passes here must not fail in
 * production. Set {@link ConfigurationKeys#LAZY_LOAD_AFTER_CLOSE} to {@code load} to load anyway.
 */
public class LazyInitializationException extends PersistenceException {

  private static final long serialVersionUID = 1L;

  public LazyInitializationException(String message) {
    super(message);
  }
}
