package org.memoryjpa.graph;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A purchase: a list of entities, a map keyed by entities and a map of entities by a basic key. */
@Entity
public class Purchase {

  @Id Long id;

  @ManyToOne Customer customer;

  @OneToMany(mappedBy = "purchase")
  List<PurchaseLine> lines = new ArrayList<>();

  @ElementCollection
  @MapKeyJoinColumn(name = "product_id")
  Map<Product, Integer> quantities = new HashMap<>();

  @OneToMany(mappedBy = "purchase")
  @MapKey(name = "code")
  Map<String, PurchaseLine> linesByCode = new HashMap<>();
}
