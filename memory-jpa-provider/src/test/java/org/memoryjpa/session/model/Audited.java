package org.memoryjpa.session.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** An entity that records its lifecycle callbacks (its own and its listener's) in a shared log. */
@Entity
@EntityListeners(AuditListener.class)
public class Audited {
  public static final List<String> LOG = new ArrayList<>();

  @Id @GeneratedValue private Long id;

  @NotNull
  @Size(max = 10)
  private String label;

  protected Audited() {}

  public Audited(String label) {
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  @PrePersist
  void prePersist() {
    LOG.add("PrePersist id=" + (id == null ? "null" : "set"));
  }

  @PostPersist
  void postPersist() {
    LOG.add("PostPersist id=" + (id == null ? "null" : "set"));
  }

  @PreUpdate
  void preUpdate() {
    LOG.add("PreUpdate");
  }

  @PostUpdate
  void postUpdate() {
    LOG.add("PostUpdate");
  }

  @PreRemove
  void preRemove() {
    LOG.add("PreRemove");
  }

  @PostRemove
  void postRemove() {
    LOG.add("PostRemove");
  }

  @PostLoad
  void postLoad() {
    LOG.add("PostLoad");
  }
}
