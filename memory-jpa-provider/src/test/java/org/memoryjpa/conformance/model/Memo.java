package org.memoryjpa.conformance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A document with a body and a priority stored by ordinal. */
@Entity
@Table(name = "cf_memo")
public class Memo extends Document {

  String body;
  Priority priority;

  public Memo() {}

  Memo(Long id, String title) {
    super(id, title);
  }
}
