package org.memoryjpa.graph;

import jakarta.persistence.Entity;

/** A second product subtype. */
@Entity
public class Album extends Product {

  String artist;
}
