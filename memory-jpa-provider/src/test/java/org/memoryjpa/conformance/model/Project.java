package org.memoryjpa.conformance.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project: an ordered element collection of embeddables, a map keyed by an enum, a many-to-many map
 * keyed by a join-table column, and the inverse side of persons' projects.
 */
@Entity
@Table(name = "cf_project")
public class Project {

  @Id
  Long id;

  String code;
  String title;

  @Enumerated(EnumType.STRING)
  Phase phase;

  LocalDate started;

  @Column(precision = 12, scale = 2)
  BigDecimal cost;

  @ElementCollection
  @CollectionTable(name = "cf_project_milestone")
  @OrderColumn(name = "pos")
  List<Milestone> milestones = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "cf_project_note")
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "phase_key")
  @Column(name = "note")
  Map<Phase, String> notes = new HashMap<>();

  @ManyToMany
  @JoinTable(name = "cf_project_role")
  @MapKeyColumn(name = "role_name")
  Map<String, Person> roles = new HashMap<>();

  @ManyToMany(mappedBy = "projects")
  Set<Person> members = new HashSet<>();

  public Project() {}

  Project(Long id, String code, String title) {
    this.id = id;
    this.code = code;
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public List<Milestone> getMilestones() {
    return milestones;
  }

  public Map<Phase, String> getNotes() {
    return notes;
  }

  public Map<String, Person> getRoles() {
    return roles;
  }
}
