package org.memoryjpa.graph;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;

/** A customer subtype, for subclass subgraphs and type filtering of named graphs. */
@Entity
@NamedEntityGraph(name = "VipCustomer.manager", attributeNodes = @NamedAttributeNode("manager"))
public class VipCustomer extends Customer {

  String level;

  @ManyToOne Customer manager;
}
