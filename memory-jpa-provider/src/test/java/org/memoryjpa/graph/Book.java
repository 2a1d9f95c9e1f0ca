package org.memoryjpa.graph;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;

/** A product subtype with a named graph of its own. */
@Entity
@NamedEntityGraph(name = "Book.author", attributeNodes = @NamedAttributeNode("author"))
public class Book extends Product {

  String author;
}
