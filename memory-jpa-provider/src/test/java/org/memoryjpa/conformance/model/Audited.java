package org.memoryjpa.conformance.model;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A mapped superclass: the version and an optional author, inherited by persons and products. */
@MappedSuperclass
public abstract class Audited {

  @Version
  Integer version;

  String createdBy;

  public Integer getVersion() {
    return version;
  }
}
