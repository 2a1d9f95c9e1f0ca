package org.memoryjpa.graph;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One line of a purchase, pointing at a product of an inheritance hierarchy. */
@Entity
public class PurchaseLine {

  @Id Long id;

  String code;

  int quantity;

  @ManyToOne Purchase purchase;

  @ManyToOne Product product;
}
