package org.memoryjpa.graph;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The root of a product hierarchy, for treated subgraphs. */
@Entity
public class Product {

  @Id Long id;

  String title;
}
