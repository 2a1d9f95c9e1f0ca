package org.memoryjpa.conformance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product tag, in a tree through its optional parent. */
@Entity
@Table(name = "cf_tag")
public class Tag {

  @Id
  Long id;

  String label;

  @ManyToOne
  Tag parent;

  public Tag() {}

  Tag(Long id, String label, Tag parent) {
    this.id = id;
    this.label = label;
    this.parent = parent;
  }

  public Long getId() {
    return id;
  }
}
