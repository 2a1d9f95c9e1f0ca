package org.memoryjpa.conformance.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The root of a JOINED hierarchy ({@link Employee}, {@link Contractor}), versioned through {@link
 * Audited}: basics of every wrapper kind, a converted attribute, a nested embeddable, element
 * collections, a self reference, both kinds of one-to-one and a many-to-many.
 */
@Entity
@Table(name = "cf_person")
@Inheritance(strategy = InheritanceType.JOINED)
public class Person extends Audited {

  @Id
  Long id;

  String name;
  Integer age;
  LocalDate birthDate;
  Double height;
  short rating;
  Boolean active;

  @Convert(converter = YesNoConverter.class)
  Boolean newsletter;

  @Embedded
  Address address;

  @ElementCollection
  @CollectionTable(name = "cf_person_nickname")
  Set<String> nicknames = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "cf_person_skill")
  @MapKeyColumn(name = "skill")
  @Column(name = "skill_level")
  Map<String, Integer> skills = new HashMap<>();

  @ManyToOne
  Person mentor;

  @OneToMany(mappedBy = "mentor")
  Set<Person> mentees = new HashSet<>();

  @OneToOne
  Passport passport;

  @OneToOne(mappedBy = "person")
  PersonDetail detail;

  @ManyToMany
  @JoinTable(name = "cf_person_project")
  Set<Project> projects = new HashSet<>();

  public Person() {}

  Person(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Set<String> getNicknames() {
    return nicknames;
  }

  public Map<String, Integer> getSkills() {
    return skills;
  }

  public Set<Person> getMentees() {
    return mentees;
  }

  public Set<Project> getProjects() {
    return projects;
  }
}
