package org.memoryjpa.conformance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A one-to-one sharing its person's primary key. */
@Entity
@Table(name = "cf_person_detail")
public class PersonDetail {

  @Id
  Long id;

  @OneToOne
  @MapsId
  Person person;

  String bio;
  LocalDateTime lastLogin;

  public PersonDetail() {}
}
