package org.memoryjpa.bootstrap.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A note: the entity the test persistence.xml lists. */
@Entity
public class Note {
  @Id private Long id;

  private String text;

  protected Note() {}

  public Note(long id, String text) {
    this.id = id;
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public String getText() {
    return text;
  }
}
