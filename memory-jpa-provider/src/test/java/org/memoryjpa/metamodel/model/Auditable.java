package org.memoryjpa.metamodel.model;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A mapped superclass without an id: the entity below declares it. */
@MappedSuperclass
public abstract class Auditable {

  private Instant lastModified;

  private String modifiedBy;
}
