package org.memoryjpa.metamodel.model;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** A generic mapped superclass: the id type is bound by each entity below it. */
@MappedSuperclass
public abstract class BaseEntity<ID> {

  @Id
  private ID id;

  @Version
  private long version;

  private Instant createdAt;

  public ID getId() {
    return id;
  }

  public void setId(ID id) {
    this.id = id;
  }
}
