package org.memoryjpa.graph;

import jakarta.persistence.Embeddable;

/** An embeddable: a managed type a subgraph may describe. */
@Embeddable
public class Address {

  String street;

  String city;
}
