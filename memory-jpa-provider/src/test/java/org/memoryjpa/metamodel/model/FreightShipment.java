package org.memoryjpa.metamodel.model;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;

/** A JOINED subclass with an element collection of a primitive wrapper. */
@Entity
public class FreightShipment extends Shipment {

  private double weightTons;

  @ElementCollection
  private List<Integer> containerNumbers = new ArrayList<>();
}
