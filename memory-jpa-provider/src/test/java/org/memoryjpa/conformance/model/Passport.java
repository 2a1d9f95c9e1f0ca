package org.memoryjpa.conformance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The target of a foreign-key one-to-one from {@link Person}, with the inverse side mapped back. */
@Entity
@Table(name = "cf_passport")
public class Passport {

  @Id
  Long id;

  String code;
  LocalDate expires;

  @OneToOne(mappedBy = "passport")
  Person holder;

  public Passport() {}

  Passport(Long id, String code, LocalDate expires) {
    this.id = id;
    this.code = code;
    this.expires = expires;
  }
}
