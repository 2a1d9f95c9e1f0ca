package org.memoryjpa.criteria.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** The id and version every entity of the Criteria test model inherits. */
@MappedSuperclass
public abstract class BaseEntity {

  @Id @GeneratedValue private Long id;

  @Version private int version;

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }
}
