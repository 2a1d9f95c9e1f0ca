package org.memoryjpa.internal.session;

import org.memoryjpa.internal.metadata.CallbackType;

/**
 * Validates entities at the lifecycle events Bean Validation integration names (JPA 3.7): pre-persist,
 * pre-update and pre-remove. The no-op instance is used when validation is off or Bean Validation is
 * absent. Implementations are thread-safe.
 */
interface EntityValidator {

  /**
   * Validation switched off. A class, not a lambda: every factory without Bean Validation reads it
   * during bootstrap, where a lambda's first call spins a class.
   */
  EntityValidator NONE = new EntityValidator() {
    @Override
    public void validate(Object entity, CallbackType event) {}
  };

  /**
   * Validates an entity for an event.
   *
   * @throws jakarta.validation.ConstraintViolationException (when Bean Validation is present)
   */
  void validate(Object entity, CallbackType event);
}
