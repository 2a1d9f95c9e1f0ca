package org.memoryjpa.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** An entity whose named query names an attribute it lacks: bootstrap must fail, naming the query. */
@Entity
@NamedQuery(name = "BadQueryHolder.broken", query = "select b from BadQueryHolder b where b.nmae = 'x'")
public class BadQueryHolder {

  @Id
  private Long id;

  private String name;
}
