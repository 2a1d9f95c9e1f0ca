package org.memoryjpa.conformance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A department: the inverse side of employees' many-to-one, entity maps keyed by an attribute of the
 * target ({@code @MapKey}) and by a column of the join table ({@code @MapKeyColumn}), and a parent.
 */
@Entity
@Table(name = "cf_department")
public class Department {

  @Id
  Long id;

  String name;

  @Column(precision = 12, scale = 2)
  BigDecimal budget;

  @ManyToOne
  Department parent;

  @OneToMany(mappedBy = "department")
  @OrderBy("name")
  List<Employee> employees = new ArrayList<>();

  @OneToMany
  @JoinTable(name = "cf_department_project")
  @MapKey(name = "code")
  Map<String, Project> projectsByCode = new HashMap<>();

  @OneToMany
  @JoinTable(name = "cf_department_desk")
  @MapKeyColumn(name = "desk")
  Map<String, Employee> desks = new HashMap<>();

  public Department() {}

  Department(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  public List<Employee> getEmployees() {
    return employees;
  }

  public Map<String, Project> getProjectsByCode() {
    return projectsByCode;
  }

  public Map<String, Employee> getDesks() {
    return desks;
  }
}
