package org.memoryjpa.session.mapping.base;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A mapped superclass in another package than its entities, with private fields only, for
 * {@code DirectAccessorTest}: its accessors must reach fields the entity's package cannot see.
 */
@MappedSuperclass
public abstract class AuditedBase {
  @Id private Long id;
  private String createdBy;
  private int revision;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public int getRevision() {
    return revision;
  }

  public void setRevision(int revision) {
    this.revision = revision;
  }
}
