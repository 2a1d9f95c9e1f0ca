package org.memoryjpa.conformance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The root of a TABLE_PER_CLASS hierarchy; itself concrete. */
@Entity
@Table(name = "cf_document")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Document {

  @Id
  Long id;

  String title;
  LocalDateTime created;
  Integer pages;

  public Document() {}

  Document(Long id, String title) {
    this.id = id;
    this.title = title;
  }
}
