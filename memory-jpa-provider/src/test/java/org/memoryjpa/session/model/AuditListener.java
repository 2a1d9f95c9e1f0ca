package org.memoryjpa.session.model;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** An entity listener whose callbacks run before the entity's own. */
public class AuditListener {
  @PrePersist
  void prePersist(Object entity) {
    Audited.LOG.add("Listener.PrePersist");
  }

  @PreUpdate
  void preUpdate(Object entity) {
    Audited.LOG.add("Listener.PreUpdate");
  }
}
