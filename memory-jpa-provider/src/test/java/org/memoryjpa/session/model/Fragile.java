package org.memoryjpa.session.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** An entity whose @PreUpdate callback fails for one value, to test failed commits. */
@Entity
public class Fragile {
  @Id private long id;

  private String name;

  @Version private int version;

  protected Fragile() {}

  public Fragile(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getVersion() {
    return version;
  }

  @PreUpdate
  void refuseBoom() {
    if ("boom".equals(name)) {
      throw new IllegalStateException("refusing to store 'boom'");
    }
  }
}
