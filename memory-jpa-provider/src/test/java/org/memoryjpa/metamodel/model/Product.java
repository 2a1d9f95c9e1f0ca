package org.memoryjpa.metamodel.model;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An entity with an embedded id, a record embeddable and a map keyed by a basic type. */
@Entity(name = "Item")
public class Product {

  @EmbeddedId
  private ProductCode code;

  private String title;

  @Lob
  private String description;

  private BigDecimal price;

  private Money listPrice;

  private Dimensions dimensions;

  @ElementCollection
  private Map<Locale, String> translations = new HashMap<>();

  @ManyToMany(mappedBy = "products")
  private Set<Category> categories = new HashSet<>();

  protected Product() {}
}
