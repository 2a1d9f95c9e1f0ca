package org.memoryjpa.graph;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer of the graph tests' shop: basic, embedded, to-one, to-many and element collections.
 */
@Entity
@NamedEntityGraph(
    name = "Customer.purchases",
    attributeNodes = {
      @NamedAttributeNode("name"),
      @NamedAttributeNode(value = "purchases", subgraph = "purchase")
    },
    subgraphs = {
      @NamedSubgraph(
          name = "purchase",
          attributeNodes = {
            @NamedAttributeNode(value = "lines", subgraph = "line"),
            @NamedAttributeNode(value = "quantities", keySubgraph = "product")
          }),
      @NamedSubgraph(
          name = "line",
          attributeNodes = @NamedAttributeNode(value = "product", subgraph = "book")),
      @NamedSubgraph(
          name = "book",
          type = Book.class,
          attributeNodes = @NamedAttributeNode("author")),
      @NamedSubgraph(
          name = "product",
          type = Product.class,
          attributeNodes = @NamedAttributeNode("title"))
    },
    subclassSubgraphs =
        @NamedSubgraph(
            name = "vip",
            type = VipCustomer.class,
            attributeNodes = @NamedAttributeNode("manager")))
@NamedEntityGraph(name = "Customer.all", includeAllAttributes = true)
@NamedEntityGraph(
    name = "Customer.address",
    attributeNodes = @NamedAttributeNode(value = "address", subgraph = "address"),
    subgraphs = @NamedSubgraph(name = "address", attributeNodes = @NamedAttributeNode("city")))
public class Customer {

  @Id Long id;

  String name;

  @Embedded Address address;

  @OneToMany(mappedBy = "customer")
  List<Purchase> purchases = new ArrayList<>();

  @ElementCollection Set<String> tags = new HashSet<>();

  @ElementCollection List<Address> previousAddresses = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  Customer referrer;

  @ManyToMany List<Product> wishlist = new ArrayList<>();
}
