package org.memoryjpa.conformance.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** An element of a project's ordered milestone list: an embeddable with an enum and a date. */
@Embeddable
public class Milestone {

  String title;

  @Enumerated(EnumType.STRING)
  Phase phase;

  LocalDate due;

  public Milestone() {}

  Milestone(String title, Phase phase, LocalDate due) {
    this.title = title;
    this.phase = phase;
    this.due = due;
  }

  public String getTitle() {
    return title;
  }
}
