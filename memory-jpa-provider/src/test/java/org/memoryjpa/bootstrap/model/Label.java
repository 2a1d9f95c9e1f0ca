package org.memoryjpa.bootstrap.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A label: an entity the test persistence.xml does not list, found only by scanning. */
@Entity
public class Label {
  @Id private Long id;

  private String caption;

  protected Label() {}

  public Label(long id, String caption) {
    this.id = id;
    this.caption = caption;
  }

  public Long getId() {
    return id;
  }

  public String getCaption() {
    return caption;
  }
}
